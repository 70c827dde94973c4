// The virtualizer the editors' lists share is provided by the host: remotes ship no copy of their own, since editors
// asking for it at once each fetched theirs. A build provides a shared library only where some module asks for it.
// This module asks at start, beside React, before any remote is registered: its chunk comes with the host's first
// ones instead of after the editors' code, and asking later would make the federation runtime fetch every remote
// first (and fail with one that is down).
import { useVirtualizer } from '@tanstack/react-virtual';

export const providedVirtualizer = useVirtualizer;
