import { createContext, useContext } from 'react';
import type { ProjectSession } from './ProjectSession.js';

/** The open project's session, for the components of the shell and the preview. */
export const SessionContext = createContext<ProjectSession | null>(null);

export function useSession(): ProjectSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}
