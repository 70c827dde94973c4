import { createContext, useContext } from 'react';
import type { Revisions } from './Revisions.js';
import type { Trash } from './Trash.js';
import type { VersionsView } from './VersionsView.js';

/** The open project's versions, the trash, and what the workspace shows of them. */
export interface Versions {
  revisions: Revisions;
  trash: Trash;
  view: VersionsView;
}

export const VersionsContext = createContext<Versions | null>(null);

export function useVersions(): Versions {
  const versions = useContext(VersionsContext);
  if (!versions) throw new Error('useVersions needs a VersionsContext provider');
  return versions;
}
