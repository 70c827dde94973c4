import { useMemo, useSyncExternalStore } from 'react';
import { useStore } from 'react-redux';
import type { ProjectSession } from '../document/ProjectSession.js';
import { useSession } from '../document/SessionContext.js';
import type { HostStore } from '../store/createHostStore.js';

/**
 * Whether the open document has unsaved changes, as the person is shown it: worked out again once the browser has
 * painted a change. The comparison with the saved document walks every section that changed (every node of a page
 * after a key press), and a key press in a large project need not wait for the words "Unsaved changes".
 */
export function useDirty(): boolean {
  const session = useSession();
  const store = useStore() as HostStore;
  const view = useMemo(() => dirtyView(session, store), [session, store]);
  return useSyncExternalStore(view.subscribe, view.get);
}

/** The session's dirtiness as an external store that catches up with the host store after each paint. */
export function dirtyView(session: Pick<ProjectSession, 'isDirty'>, store: Pick<HostStore, 'getState' | 'subscribe'>) {
  const listeners = new Set<() => void>();
  let dirty = session.isDirty(store.getState());
  let due = false;
  let unsubscribe: (() => void) | undefined;
  const catchUp = () => {
    due = false;
    const now = session.isDirty(store.getState());
    if (now === dirty) return;
    dirty = now;
    for (const listener of listeners) listener();
  };
  const changed = () => {
    if (due) return;
    due = true;
    afterPaint(catchUp);
  };
  return {
    get: () => dirty,
    subscribe(listener: () => void) {
      if (listeners.size === 0) {
        unsubscribe = store.subscribe(changed);
        dirty = session.isDirty(store.getState());
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) unsubscribe?.();
      };
    },
  };
}

/** Runs `run` once the next frame has been painted (at once in a page that paints no frames). */
function afterPaint(run: () => void) {
  if (typeof requestAnimationFrame === 'undefined' || document.visibilityState === 'hidden') setTimeout(run, 0);
  else requestAnimationFrame(() => setTimeout(run, 0));
}
