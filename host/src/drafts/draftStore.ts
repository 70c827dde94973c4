import type { KeptDraft } from '../document/baseline.js';
import type { DraftStore } from '../document/ProjectSession.js';

// The changes kept in this browser, one IndexedDB record per project id, through idb-keyval. The library is
// fetched in a chunk of its own as the editor starts, beside the project: it is not part of the host's first download.

type Keyval = typeof import('idb-keyval');

/** A read that takes longer than this answers "nothing kept": a stuck database must not hold up opening a project. */
const READ_TIMEOUT_MS = 2000;

/**
 * The drafts in `idb-keyval`'s store `drafts` of the database `psb-drafts`. Operations run one after another in
 * the order they were asked for, so a removal asked after a write is never overtaken by it. Reads and removals never
 * throw (a draft that stays is offered again, or found equal and removed then); `put` throws what the browser said
 * (no IndexedDB, a full quota), for the writer to tell.
 */
export function idbDraftStore(load: () => Promise<Keyval> = () => import('idb-keyval')): DraftStore {
  let opened: Promise<{ keyval: Keyval; store: ReturnType<Keyval['createStore']> }> | undefined;
  const open = () => {
    opened ??= load().then((keyval) => ({ keyval, store: keyval.createStore('psb-drafts', 'drafts') }));
    // A failed start is tried again next time (a browser that refused IndexedDB once may allow it later).
    opened.catch(() => {
      opened = undefined;
    });
    return opened;
  };
  // Fetched now, beside the project: a write must not need the server (it may be down by then).
  open().catch(() => {});
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = queue.then(run);
    queue = result.catch(() => {});
    return result;
  };
  const read = <T>(run: () => Promise<T | undefined>): Promise<T | undefined> =>
    Promise.race([inTurn(run).catch(() => undefined), new Promise<undefined>((resolve) => setTimeout(resolve, READ_TIMEOUT_MS))]);

  return {
    get: (id) =>
      read(async () => {
        const { keyval, store } = await open();
        return keyval.get<KeptDraft>(id, store);
      }),
    latest: () =>
      read(async () => {
        const { keyval, store } = await open();
        const drafts = await keyval.values<KeptDraft>(store);
        return drafts.reduce<KeptDraft | undefined>((last, d) => (!last || d.keptAt > last.keptAt ? d : last), undefined);
      }),
    put: (id, draft) =>
      inTurn(async () => {
        const { keyval, store } = await open();
        await keyval.set(id, draft, store);
      }),
    remove: (id) =>
      inTurn(async () => {
        const { keyval, store } = await open();
        await keyval.del(id, store);
      }).catch(() => {}),
  };
}
