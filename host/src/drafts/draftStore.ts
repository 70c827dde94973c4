import { ENVELOPE_KEYS, type Snapshot, sectionsOf } from '@psb/contracts';
import { nanoid } from '@reduxjs/toolkit';
import type { KeptDraft } from '../document/baseline.js';
import type { DraftStore } from '../document/ProjectSession.js';

// The changes kept in this browser, in IndexedDB through idb-keyval: per project, a head under its id (the envelope,
// the ETag, when) and each section under [id, key], so a write clones only the sections that changed since this
// page's last write (a variable renamed does not copy a tree of 10,000 components again). The library is
// fetched in a chunk of its own as the editor starts, beside the project: it is not part of the host's first download.

type Keyval = typeof import('idb-keyval');
type Store = ReturnType<Keyval['createStore']>;

/** A draft's record under its project's id; its sections are records of their own. */
interface Head {
  envelope: Record<string, unknown>;
  sections: string[];
  etag: string;
  keptAt: string;
  /** The page that wrote it: a section another tab wrote since is not this page's to skip. */
  page: string;
}

/** A read that takes longer than this answers "nothing kept": a stuck database must not hold up opening a project. */
const READ_TIMEOUT_MS = 2000;

/**
 * The drafts in `idb-keyval`'s store `drafts` of the database `psb-drafts`. Operations run one after another in
 * the order they were asked for, so a removal asked after a write is never overtaken by it. Reads and removals never
 * throw (a draft that stays is offered again, or found equal and removed then); `put` throws what the browser said
 * (no IndexedDB, a full quota), for the writer to tell.
 */
export function idbDraftStore(load: () => Promise<Keyval> = () => import('idb-keyval')): DraftStore {
  let opened: Promise<{ keyval: Keyval; store: Store }> | undefined;
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

  // The section objects this page last wrote, by project: assembling shares each domain's own section, so one
  // that is the same object is the same value, and stays as it is stored.
  const written = new Map<string, Record<string, unknown>>();
  const page = nanoid(); // crypto.randomUUID needs a secure context; an editor may be served over plain http

  async function getDraft(keyval: Keyval, store: Store, id: string): Promise<KeptDraft | undefined> {
    const head = await keyval.get<Head>(id, store);
    if (!head?.sections) return undefined;
    const sections = await keyval.getMany(
      head.sections.map((key) => [id, key]),
      store,
    );
    if (sections.some((section) => section === undefined)) return undefined;
    const snapshot = { ...head.envelope, ...Object.fromEntries(head.sections.map((key, i) => [key, sections[i]])) };
    return { snapshot: snapshot as Snapshot, etag: head.etag, keptAt: head.keptAt };
  }

  return {
    get: (id) =>
      read(async () => {
        const { keyval, store } = await open();
        return getDraft(keyval, store, id);
      }),
    latest: () =>
      read(async () => {
        const { keyval, store } = await open();
        const ids = (await keyval.keys(store)).filter((key): key is string => typeof key === 'string');
        const heads = await keyval.getMany<Head | undefined>(ids, store);
        const newest = heads.reduce<number>((best, head, i) => (head && head.keptAt > (heads[best]?.keptAt ?? '') ? i : best), 0);
        const id = ids[newest];
        return id === undefined ? undefined : getDraft(keyval, store, id);
      }),
    put: (id, { snapshot, etag, keptAt }) =>
      inTurn(async () => {
        const { keyval, store } = await open();
        const sections = sectionsOf(snapshot);
        const before = (await keyval.get<Head>(id, store))?.page === page ? (written.get(id) ?? {}) : {};
        const changed = Object.entries(sections).filter(([key, section]) => before[key] !== section);
        const envelope = Object.fromEntries(Object.entries(snapshot).filter(([key]) => ENVELOPE_KEYS.has(key)));
        const head: Head = { envelope, sections: Object.keys(sections), etag, keptAt, page };
        // One transaction: the head and the sections it names are written together, or not at all.
        await keyval.setMany(
          [[id, head], ...changed.map(([key, section]): [IDBValidKey, unknown] => [[id, key], section])],
          store,
        );
        written.set(id, sections);
      }),
    remove: (id) =>
      inTurn(async () => {
        const { keyval, store } = await open();
        written.delete(id);
        const head = await keyval.get<Head>(id, store);
        await keyval.delMany([id, ...(head?.sections ?? []).map((key) => [id, key])], store);
      }).catch(() => {}),
  };
}
