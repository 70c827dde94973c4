import { createContext, useContext } from 'react';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useHostSelector } from './hooks.js';

export const SessionContext = createContext<ProjectSession | null>(null);

export function useSession(): ProjectSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionContext provider');
  return session;
}

/** What the top bar's status says about the open document. */
export function useDocumentStatus(): string {
  const session = useSession();
  const dirty = useHostSelector((state) => session.isDirty(state));
  const { status, save } = useHostSelector((state) => state.document);
  if (status === 'opening' || status === 'none') return 'Opening…';
  if (status === 'failed') return 'No project open';
  if (save === 'saving') return 'Saving…';
  if (save === 'offline' && dirty) return 'Offline — changes not saved';
  return dirty ? 'Unsaved changes' : 'Saved';
}
