// Every stored version of a project, the current one included, is a hard link in `{dir}/.history/{id}/{rev}.json`
// of the file written as `{dir}/{id}.json`: keeping a version costs a directory entry, not a copy. A write goes
// temp → fsync → rename over the current file → link the current file as the next rev → fsync both folders, and
// is acknowledged only then. A crash between the rename and the link leaves a current file that is not the newest
// revision: the first touch of the project after a start (load) links it as the next rev. The same covers projects
// stored before history was kept. `rev` is the newest on disk plus one; the newest is never pruned, so no number
// is ever used twice. What each revision is (etag, name, date, size) is kept in memory for the projects last used:
// from the writes, and read from the files once for the others.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { RevisionSummary } from '@psb/contracts';
import { LRUCache } from 'lru-cache';
import { etagOf } from './etag.js';
import type { StoreFs } from './FileStore.js';
import type { StoredProject } from './ProjectStore.js';
import { readProjectFile } from './projectFile.js';
import { storedMeta } from './storedMeta.js';
import { type SyncedFolder, syncFolderOnce } from './syncedFolder.js';

export const HISTORY_FOLDER = '.history';
/** Where a history removed for good goes first, in one rename, before it is deleted file by file. */
export const PURGE_FOLDER = '.purge';

/** A project's current file, and what it is: to link it as a revision and describe that revision without reading it. */
export interface CurrentFile {
  file: string;
  version: Omit<RevisionSummary, 'rev'>;
}

interface Revisions {
  /** The revision numbers on disk, oldest first. */
  revs: number[];
  /** What each revision is, once known: from the writes, or read from the files when the history is first listed. */
  known: Map<number, RevisionSummary>;
  /** The list as JSON, newest first, until the next change. */
  json?: Buffer;
}

/** Revisions described in memory, over all the projects kept: about 200 bytes each. */
const KEPT_REVISIONS = 100_000;
/** Files read at once when describing a history. */
const OPEN_FILES = 32;
const REVISION_NAME = /^([1-9]\d{0,15})\.json$/;

/** Where `history(id)` reads and writes. Every method but `read` runs under the project's lock. */
export class History {
  readonly #root: string;
  readonly #purgeRoot: string;
  readonly #fs: StoreFs;
  /** Revisions kept per project (0 keeps all). */
  readonly #keep: number;
  /** The store's folder, synced when `.history` itself is made. */
  readonly #store: SyncedFolder;
  readonly #folder: SyncedFolder;
  readonly #loaded = new LRUCache<string, Revisions>({
    maxSize: KEPT_REVISIONS,
    sizeCalculation: ({ revs }) => revs.length + 1,
  });

  constructor(dir: string, fs: StoreFs, keep: number, store: SyncedFolder, folder: (dir: string) => SyncedFolder) {
    this.#root = path.join(dir, HISTORY_FOLDER);
    this.#purgeRoot = path.join(dir, PURGE_FOLDER);
    this.#fs = fs;
    this.#keep = keep;
    this.#store = store;
    this.#folder = folder(this.#root);
  }

  /** The projects that have a history folder. */
  async ids(): Promise<string[]> {
    return (await this.#readdir(this.#root)) ?? [];
  }

  /**
   * Loads the project's revisions, once, and makes the current file, if any, the newest one (see the top). Its
   * folder is fsynced when loaded: a link made just before the process was killed may still be only in memory.
   * Revisions beyond the number kept are dropped.
   */
  async prepare(id: string, current?: CurrentFile): Promise<Revisions> {
    const loaded = this.#loaded.get(id);
    if (loaded) return loaded;
    const names = await this.#readdir(this.#folderOf(id));
    const revisions: Revisions = { revs: revisionNumbers(names ?? []), known: new Map() };
    if (names) await syncFolderOnce(this.#fs, this.#folderOf(id));
    if (current) {
      const newest = revisions.revs.at(-1);
      // The newest revision is the current file: described by what the index knows, without reading it.
      if (newest !== undefined && (await this.#isSameFile(current.file, this.#fileOf(id, newest)))) {
        revisions.known.set(newest, { rev: newest, ...current.version });
      } else await this.#link(id, revisions, current);
    }
    // Beyond the number kept when the process was killed before pruning, or when REVISIONS_KEEP was lowered.
    await this.#prune(id, revisions);
    this.#loaded.set(id, revisions);
    return revisions;
  }

  /** Keeps the current file, just written, as the next revision; then drops the oldest beyond the number kept. */
  async add(id: string, current: CurrentFile): Promise<void> {
    const revisions = this.#loaded.get(id) ?? (await this.prepare(id));
    await this.#link(id, revisions, current);
    await this.#prune(id, revisions);
  }

  /** The revisions, newest first, described from the files the first time they are asked for. */
  async list(id: string, current: CurrentFile): Promise<RevisionSummary[]> {
    const revisions = await this.prepare(id, current);
    const unknown = revisions.revs.filter((rev) => !revisions.known.has(rev));
    for (let i = 0; i < unknown.length; i += OPEN_FILES) {
      await Promise.all(unknown.slice(i, i + OPEN_FILES).map((rev) => this.#describe(id, rev, revisions)));
    }
    return revisions.revs
      .map((rev) => revisions.known.get(rev))
      .filter((summary) => summary !== undefined)
      .reverse();
  }

  /** The same list as JSON, kept until the project changes. */
  async listJson(id: string, current: CurrentFile): Promise<Buffer> {
    const revisions = await this.prepare(id, current);
    revisions.json ??= Buffer.from(JSON.stringify(await this.list(id, current)));
    return revisions.json;
  }

  /** One revision's bytes; undefined when there is no such file (never stored, or pruned). Files never change. */
  async read(id: string, rev: number): Promise<StoredProject | undefined> {
    const file = this.#fileOf(id, rev);
    let bytes: Buffer;
    try {
      bytes = await this.#fs.readFile(file);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    // A damaged version (a damaged current file was kept too) comes with its problem and a stand-in meta.
    return { ...(await readProjectFile(this.#fs, file, id, bytes, storedMeta)), etag: etagOf(bytes), bytes };
  }

  /** The newest revision's file and what it holds, for a project that has no current file (in the trash). */
  async newest(id: string): Promise<{ file: string; stored: StoredProject } | undefined> {
    const rev = (await this.prepare(id)).revs.at(-1);
    const stored = rev === undefined ? undefined : await this.read(id, rev);
    return rev === undefined || !stored ? undefined : { file: this.#fileOf(id, rev), stored };
  }

  /** Removes the project's history for good: first moved away in one rename, so that nothing is left half-removed. */
  async purge(id: string): Promise<void> {
    this.#loaded.delete(id);
    const doomed = path.join(this.#purgeRoot, `${id}.${randomUUID()}`);
    await this.#fs.mkdir(this.#purgeRoot, { recursive: true });
    try {
      await this.#fs.rename(this.#folderOf(id), doomed);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    await this.#folder.sync();
    await this.#fs.rm(doomed, { recursive: true, force: true });
  }

  /** Removes what purges a crash cut short (at open). */
  async sweepPurged(): Promise<void> {
    await this.#fs.rm(this.#purgeRoot, { recursive: true, force: true });
  }

  /** Drops what is known of the project: read from the disk again at its next use. */
  forget(id: string): void {
    this.#loaded.delete(id);
  }

  async close(): Promise<void> {
    await this.#folder.close();
  }

  #folderOf(id: string): string {
    return path.join(this.#root, id);
  }

  #fileOf(id: string, rev: number): string {
    return path.join(this.#root, id, `${rev}.json`);
  }

  async #isSameFile(a: string, b: string): Promise<boolean> {
    const [first, second] = await Promise.all([this.#fs.stat(a, { bigint: true }), this.#fs.stat(b, { bigint: true })]);
    return first.ino === second.ino && first.dev === second.dev;
  }

  /** Links `current` as the next revision and fsyncs the folders it changed; known in memory only once durable. */
  async #link(id: string, revisions: Revisions, current: CurrentFile): Promise<void> {
    const rev = (revisions.revs.at(-1) ?? 0) + 1;
    const folder = this.#folderOf(id);
    try {
      const made = revisions.revs.length === 0 ? await this.#fs.mkdir(folder, { recursive: true }) : undefined;
      await this.#fs.link(current.file, this.#fileOf(id, rev));
      await Promise.all([
        syncFolderOnce(this.#fs, folder),
        made && this.#folder.sync(),
        made === this.#root && this.#store.sync(),
      ]);
    } catch (error) {
      // What is on disk is not known for sure: read again at the next use.
      this.#loaded.delete(id);
      throw error;
    }
    revisions.revs.push(rev);
    revisions.known.set(rev, { rev, ...current.version });
    revisions.json = undefined;
    // Counted again: the cache weighs each history by its length.
    if (this.#loaded.has(id)) this.#loaded.set(id, revisions);
  }

  /** An unlink lost in a crash only brings back a version pruned again at the next write: no fsync. */
  async #prune(id: string, revisions: Revisions): Promise<void> {
    if (this.#keep === 0 || revisions.revs.length <= this.#keep) return;
    const dropped = revisions.revs.splice(0, revisions.revs.length - this.#keep);
    for (const rev of dropped) revisions.known.delete(rev);
    revisions.json = undefined;
    await Promise.all(dropped.map((rev) => this.#fs.unlink(this.#fileOf(id, rev)).catch(ignoreNotFound)));
  }

  async #describe(id: string, rev: number, revisions: Revisions): Promise<void> {
    let stored: StoredProject | undefined;
    try {
      stored = await this.read(id, rev);
    } catch {
      // A file that cannot be read at all: left out of the list. A damaged one is listed by its stand-in meta.
      return;
    }
    if (stored) {
      const { meta, etag, bytes } = stored;
      revisions.known.set(rev, { rev, etag, updatedAt: meta.updatedAt, name: meta.name, bytes: bytes.length });
    }
  }

  async #readdir(dir: string): Promise<string[] | undefined> {
    try {
      return await this.#fs.readdir(dir);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }
}

function revisionNumbers(names: string[]): number[] {
  const revs: number[] = [];
  for (const name of names) {
    const match = REVISION_NAME.exec(name);
    if (match) revs.push(Number(match[1]));
  }
  return revs.sort((a, b) => a - b);
}

export const isNotFound = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
const ignoreNotFound = (error: unknown) => {
  if (!isNotFound(error)) throw error;
};
