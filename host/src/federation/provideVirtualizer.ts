// The virtualizer the editors' lists share is provided by the host: remotes ship no copy of their own, since editors
// asking for it at once each fetched theirs. A build provides a shared library only where some module asks for it;
// this module asks, and nothing calls it, as asking at run time would make the federation runtime fetch every remote
// first (and fail with one that is down).
export const provideVirtualizer = () => import('@tanstack/react-virtual');
