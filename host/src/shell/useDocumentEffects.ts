import { useEffect } from 'react';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useHostSelector } from '../store/hooks.js';
import { pathOf, projectIdFromPath } from './routes.js';
import { useDirty } from './useDirty.js';

/** Keeps the URL on the open project, follows Back and Forward, saves on Ctrl/Cmd+S, guards leaving with unsaved changes. */
export function useDocumentEffects(session: ProjectSession) {
  const id = useHostSelector((state) => state.document.id);
  const dirty = useDirty();

  useEffect(() => {
    if (id && projectIdFromPath(window.location.pathname) !== id) window.history.pushState(null, '', pathOf(id));
  }, [id]);

  useEffect(() => {
    const onPop = () => {
      const wanted = projectIdFromPath(window.location.pathname);
      if (wanted && wanted !== session.openId) void session.open(wanted);
    };
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void session.save();
      }
    };
    window.addEventListener('popstate', onPop);
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('popstate', onPop);
      window.removeEventListener('keydown', onKey);
    };
  }, [session]);

  useEffect(() => {
    if (!dirty) return;
    const guard = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty]);
}
