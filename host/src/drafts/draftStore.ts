import { ENVELOPE_KEYS, type Snapshot, sectionsOf } from '@psb/contracts';
import { nanoid } from '@reduxjs/toolkit';
import type { KeptDraft } from '../document/baseline.js';
import type { DraftStore } from '../document/ProjectSession.js';
import { type Chunk, joinSection, splitSection } from './sectionChunks.js';

// The changes kept in this browser, in IndexedDB through idb-keyval: per project, a head under its id (the envelope,
// the ETag, when) and each section under [id, key], so a write clones only the sections that changed since this
// page's last write (a variable renamed does not copy a tree of 10,000 components again). A section holding a large
// record keeps it in chunks under [id, key, field, i] (sectionChunks.ts): a key press rewrites one chunk. The library
// is fetched in a chunk of its own as the editor starts, beside the project: it is not part of the host's first download.

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
  /** The sections kept split, each record under [id, key] a `Split` (absent in drafts written before chunks). */
  split?: string[];
}

/** A split section's record: its chunked records' chunk counts in place of their entries. */
interface Split {
  order: string[];
  rest: Record<string, unknown>;
  chunks: Record<string, number>;
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

  // What this page last wrote, by project: the section objects (assembling shares each domain's own section, so
  // one that is the same object is the same value, and stays as it is stored), and the chunks of split sections by
  // section key and field (a chunk of the same entries is not cloned again).
  const written = new Map<string, { sections: Record<string, unknown>; chunks: Map<string, Record<string, Chunk[]>> }>();
  const page = nanoid(); // crypto.randomUUID needs a secure context; an editor may be served over plain http

  async function getDraft(keyval: Keyval, store: Store, id: string): Promise<KeptDraft | undefined> {
    const head = await keyval.get<Head>(id, store);
    if (!head?.sections) return undefined;
    const records = await keyval.getMany(
      head.sections.map((key) => [id, key]),
      store,
    );
    const split = new Set(head.split);
    const sections = await Promise.all(
      head.sections.map((key, i) => (split.has(key) ? readSplit(keyval, store, id, key, records[i] as Split) : records[i])),
    );
    if (sections.some((section) => section === undefined)) return undefined;
    const snapshot = { ...head.envelope, ...Object.fromEntries(head.sections.map((key, i) => [key, sections[i]])) };
    return { snapshot: snapshot as Snapshot, etag: head.etag, keptAt: head.keptAt };
  }

  /** A split section read back from its record and its chunks; undefined if any is missing. */
  async function readSplit(keyval: Keyval, store: Store, id: string, key: string, split: Split | undefined) {
    if (!split) return undefined;
    const fields = Object.entries(split.chunks);
    const chunks = await Promise.all(
      fields.map(([field, count]) => keyval.getMany<Chunk | undefined>(chunkKeys(id, key, field, count), store)),
    );
    if (chunks.some((list) => list.some((chunk) => chunk === undefined))) return undefined;
    const records = Object.fromEntries(fields.map(([field], i) => [field, chunks[i] as Chunk[]]));
    return joinSection({ order: split.order, rest: split.rest, records });
  }

  /** The records a write of `key`'s `section` puts, given the chunks written before (which it updates), and whether it is split. */
  function recordsOf(id: string, key: string, section: unknown, chunksBefore: Map<string, Record<string, Chunk[]>>) {
    const before = chunksBefore.get(key) ?? {};
    const split = splitSection(section as Record<string, unknown>, before);
    const fields = Object.entries(split.records);
    if (fields.length === 0) return { split: false, puts: [[[id, key], section]] as [IDBValidKey, unknown][] };
    const record: Split = { order: split.order, rest: split.rest, chunks: {} };
    const puts: [IDBValidKey, unknown][] = [[[id, key], record]];
    for (const [field, chunks] of fields) {
      record.chunks[field] = chunks.length;
      chunks.forEach((chunk, i) => {
        if (chunk !== before[field]?.[i]) puts.push([[id, key, field, i], chunk]);
      });
    }
    chunksBefore.set(key, split.records);
    return { split: true, puts };
  }

  const chunkKeys = (id: string, key: string, field: string, count: number) =>
    Array.from({ length: count }, (_, i): IDBValidKey => [id, key, field, i]);

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
        const previous = await keyval.get<Head>(id, store);
        const mine = previous?.page === page;
        const last = mine ? written.get(id) : undefined;
        const before = last?.sections ?? {};
        // A copy: what a failed write did not store must be written next time.
        const chunks = new Map(last?.chunks);
        const split = new Set(mine ? previous?.split : []);
        const puts: [IDBValidKey, unknown][] = [];
        for (const [key, section] of Object.entries(sections)) {
          if (before[key] === section) continue;
          const records = recordsOf(id, key, section, chunks);
          if (records.split) split.add(key);
          else split.delete(key);
          puts.push(...records.puts);
        }
        const envelope = Object.fromEntries(Object.entries(snapshot).filter(([key]) => ENVELOPE_KEYS.has(key)));
        const keys = Object.keys(sections);
        const head: Head = { envelope, sections: keys, etag, keptAt, page, split: keys.filter((key) => split.has(key)) };
        // One transaction: the head and the records it names are written together, or not at all.
        await keyval.setMany([[id, head], ...puts], store);
        written.set(id, { sections, chunks });
      }),
    remove: (id) =>
      inTurn(async () => {
        const { keyval, store } = await open();
        written.delete(id);
        // Every record of the project, chunks of an earlier layout included.
        const keys = (await keyval.keys(store)).filter((key) => key === id || (Array.isArray(key) && key[0] === id));
        await keyval.delMany(keys, store);
      }).catch(() => {}),
  };
}
