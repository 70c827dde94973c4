import debounce from 'lodash.debounce';
import type { ProjectSession } from '../document/ProjectSession.js';
import type { HostStore } from '../store/createHostStore.js';
import { type Hold, holds, mayAutosave, retryDelay } from './autosaveRules.js';
import type { AutosaveSetting } from './autosaveSetting.js';

// Saves by itself after a pause in editing, with the session's own save (If-Match, statuses, the conflict dialog).
// A change only restarts a timer. While the server is out of reach it retries, waiting longer each time, and at
// once when the browser says it is online again; after a conflict or a refusal it waits for the person.

export interface AutosaveOptions {
  store: HostStore;
  session: Pick<ProjectSession, 'save' | 'isDirty' | 'assemble' | 'opening'>;
  setting: AutosaveSetting;
  /** The pause in editing after which it saves. */
  delay?: number;
}

type Page = Pick<Window, 'addEventListener' | 'removeEventListener'>;

/** Starts saving by itself; returns how to stop. */
export function autosave({ store, session, setting, delay = 2000 }: AutosaveOptions, page: Page = window): () => void {
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let hold: Hold;

  const attempt = async (again: boolean) => {
    const state = store.getState();
    const doc = state.document;
    const may = mayAutosave({ enabled: setting.get(), doc, dirty: session.isDirty(state), opening: session.opening });
    if (!may || holds(hold, doc, () => session.assemble(state))) return;
    hold = undefined;
    // Already offline: the status says so, and the person was told once.
    const outcome = await session.save({ again: again || doc.save === 'offline' });
    if (outcome === 'offline') {
      retry = setTimeout(() => {
        retry = undefined;
        void attempt(true);
      }, retryDelay(failures++));
      return;
    }
    failures = 0;
    const after = store.getState().document;
    if (outcome === 'conflict') hold = { after: 'conflict', id: after.id, etag: after.etag };
    if (outcome === 'refused') hold = { after: 'refused', snapshot: session.assemble() };
  };
  const retryNow = () => {
    if (retry === undefined) return;
    clearTimeout(retry);
    retry = undefined;
    void attempt(true);
  };
  // While a retry waits, it is the one to save: edits meanwhile do not send more requests to a server that is down.
  const due = debounce(() => retry === undefined && void attempt(false), delay);

  let seen = store.getState();
  const unsubscribe = store.subscribe(() => {
    const state = store.getState();
    if (state === seen) return;
    seen = state;
    due();
  });
  const unlisten = setting.subscribe(() => {
    if (setting.get()) return due();
    due.cancel();
    if (retry !== undefined) clearTimeout(retry);
    retry = undefined;
  });
  page.addEventListener('online', retryNow);
  return () => {
    unsubscribe();
    unlisten();
    due.cancel();
    if (retry !== undefined) clearTimeout(retry);
    page.removeEventListener('online', retryNow);
  };
}
