// Over 300 lines: it is the whole ProjectStore port over files; the machinery it calls is in history.ts, trash.ts, projectFile.ts (damaged files) and storageHealth.ts.
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN, type ProjectMeta, type ProjectSummary, type RevisionSummary, type TrashedProject } from '@psb/contracts';
import { LRUCache } from 'lru-cache';
import { TEMP_SUFFIX, writeWhole } from './durableFile.js';
import { etagOf } from './etag.js';
import { type CurrentFile, History, isNotFound } from './history.js';
import { KeyedLock } from './keyedLock.js';
import {
  DamagedProjectError,
  type EtagCondition,
  NotInTrashError,
  PreconditionFailedError,
  ProjectExistsError,
  ProjectNotFoundError,
  type ProjectStore,
  RevisionNotFoundError,
  type SnapshotFile,
  type StorageHealth,
  StorageUnavailableError,
  type StoredProject,
} from './ProjectStore.js';
import { readProjectFile } from './projectFile.js';
import { folderProblem, isRefusal, probeFolder } from './storageHealth.js';
import { SyncedFolder } from './syncedFolder.js';
import { Trash } from './trash.js';

/** The file-system calls the store makes: the seam where tests inject faults such as ENOSPC. */
export type StoreFs = Pick<
  typeof nodeFs,
  'mkdir' | 'readdir' | 'readFile' | 'open' | 'rename' | 'unlink' | 'rm' | 'link' | 'stat'
>;

export interface FileStoreOptions {
  fs?: StoreFs;
  /** Told about files that cannot be read as projects; they are left where they are. */
  onSkippedFile?: (file: string, reason: string) => void;
  /** Most bytes of projects kept in memory to answer reads without the disk (64 MiB by default; 0 keeps none). */
  cacheBytes?: number;
  /** Versions kept per project, the current one included (100 by default; 0 keeps them all). */
  revisionsKeep?: number;
  /**
   * false keeps no history and deletes for good, as the store did before it kept any: only to measure what
   * keeping it costs (npm run bench).
   */
  history?: boolean;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;
export const DEFAULT_REVISIONS_KEEP = 100;

interface IndexEntry {
  meta: ProjectMeta;
  etag: string;
  /** The file's length in bytes, for the list. */
  size: number;
  /** Why the file cannot be read as a project, when it cannot (projectFile.ts); `meta` is then a stand-in. */
  problem?: string;
}

const idPattern = new RegExp(ID_PATTERN);
/** Files read at once while indexing at start. */
const OPEN_FILES = 32;

/**
 * Stores each project as `{dir}/{id}.json`, written whole (durableFile.ts), then the folder fsynced. An index in memory answers lists
 * and ETags, and the bytes of the projects last read are kept too, up to `cacheBytes` (a write drops the old
 * version's, and keeps none).
 *
 * Every version stored is also kept in the project's history, and a deleted project goes to the trash with it: see
 * history.ts and trash.ts for how, and why a crash leaves nothing half-done.
 *
 * This process is assumed to be the folder's only writer: the index, the list and the cached bytes
 * follow its own writes. A file changed on disk by anything else while it runs is not supported: its
 * old version may be served from memory, and listed, until a restart.
 */
export class FileStore implements ProjectStore {
  readonly #dir: string;
  readonly #fs: StoreFs;
  readonly #index = new Map<string, IndexEntry>();
  readonly #lock = new KeyedLock();
  /** The current version of recently used projects, least recently used out first; absent when cacheBytes is 0. */
  readonly #cache: LRUCache<string, StoredProject> | undefined;
  /** The list, newest first, and its JSON once asked for; made again after any write. */
  #listing: { summaries: ProjectSummary[]; json?: Buffer } | undefined;
  /** Writes that land together share one fsync of the folder. */
  readonly #folder: SyncedFolder;
  /** Both absent when the store keeps no history (the `history` option). */
  readonly #history: History | undefined;
  readonly #trash: Trash | undefined;
  /** Whether the folder took writes when last probed or written to; probed again when asked while it did not. */
  #health: StorageHealth = { writable: true };

  private constructor(dir: string, fs: StoreFs, cacheBytes: number, revisionsKeep: number, history: boolean) {
    this.#dir = dir;
    this.#fs = fs;
    this.#folder = new SyncedFolder(dir, fs);
    const folder = (at: string) => new SyncedFolder(at, fs);
    this.#history = history ? new History(dir, fs, revisionsKeep, this.#folder, folder) : undefined;
    this.#trash = this.#history && new Trash(dir, fs, this.#history, this.#folder, folder);
    // A project larger than the whole budget is not kept (lru-cache's maxEntrySize defaults to maxSize).
    this.#cache =
      cacheBytes > 0
        ? new LRUCache({ maxSize: cacheBytes, sizeCalculation: ({ bytes }) => Math.max(1, bytes.length) })
        : undefined;
  }

  /**
   * Opens (creating if needed) the folder, sweeps temp files a crash left behind, indexes every project, and puts
   * the trash in order (trash.ts).
   */
  static async open(dir: string, options: FileStoreOptions = {}): Promise<FileStore> {
    const store = new FileStore(
      path.resolve(dir),
      options.fs ?? nodeFs,
      options.cacheBytes ?? DEFAULT_CACHE_BYTES,
      options.revisionsKeep ?? DEFAULT_REVISIONS_KEEP,
      options.history ?? true,
    );
    try {
      const live = await store.#load(options.onSkippedFile ?? (() => {}));
      await store.#trash?.load(live);
      store.#health = await probeFolder(store.#fs, store.#dir);
    } catch (error) {
      // Putting the trash in order may have opened the folders (to fsync them): closed, as no one else can.
      await store.close().catch(() => {});
      throw error;
    }
    return store;
  }

  async health(): Promise<StorageHealth> {
    // Probed again while unwritable: once someone fixes the folder, the health says so without a restart.
    if (!this.#health.writable) this.#health = await probeFolder(this.#fs, this.#dir);
    return this.#health;
  }

  async list(): Promise<ProjectSummary[]> {
    return this.#currentListing().summaries;
  }

  async listJson(): Promise<Buffer> {
    const listing = this.#currentListing();
    listing.json ??= Buffer.from(JSON.stringify(listing.summaries));
    return listing.json;
  }

  async currentEtag(id: string): Promise<string | undefined> {
    return this.#index.get(id)?.etag;
  }

  async get(id: string): Promise<StoredProject | undefined> {
    const known = this.#index.get(id);
    if (!known) return undefined;
    const cached = this.#cache?.get(id);
    if (cached) return cached;
    const file = this.#fileOf(id);
    let bytes: Buffer;
    try {
      bytes = await this.#guard(() => this.#fs.readFile(file));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    // The tag is computed from the bytes read, so it always describes them, even mid-write.
    const etag = etagOf(bytes);
    const current = this.#index.get(id);
    if (current?.etag === etag) {
      const stored = { meta: current.meta, etag, bytes, ...(current.problem ? { problem: current.problem } : {}) };
      this.#cache?.set(id, stored);
      return stored;
    }
    // A write or a delete landed while reading: these bytes are a whole version (renames are atomic), not the current
    // one. Or, when nothing landed, something else changed the file: if it damaged it, the list says so from now on.
    const read = await readProjectFile(this.#fs, file, id, bytes, wholeFileMeta);
    const stored = { ...read, etag, bytes };
    if (read.problem && this.#index.get(id) === known) this.#remember(stored);
    return stored;
  }

  async create(file: SnapshotFile): Promise<StoredProject> {
    const { id } = file.meta;
    this.#fileOf(id);
    return this.#guard(() =>
      this.#lock.run(id, async () => {
        if (this.#index.has(id) || this.#trash?.has(id)) throw new ProjectExistsError(id);
        return this.#write(file);
      }),
    );
  }

  async replace(id: string, condition: EtagCondition, next: (current: ProjectMeta) => SnapshotFile): Promise<StoredProject> {
    return this.#guard(() =>
      this.#lock.run(id, async () => {
        const entry = this.#index.get(id);
        if (!entry) throw new ProjectNotFoundError(id);
        if (!condition(entry.etag)) throw new PreconditionFailedError(entry.etag);
        return this.#write(next(entry.meta));
      }),
    );
  }

  async remove(id: string, condition: EtagCondition): Promise<void> {
    await this.#guard(() =>
      this.#lock.run(id, async () => {
        const entry = this.#index.get(id);
        if (!entry) throw new ProjectNotFoundError(id);
        if (!condition(entry.etag)) throw new PreconditionFailedError(entry.etag);
        const file = this.#fileOf(id);
        if (this.#trash) await this.#trash.moveIn(id, currentFile(file, entry));
        else await this.#fs.unlink(file);
        this.#forget(id);
        await this.#folder.sync();
      }),
    );
  }

  async revisions(id: string): Promise<RevisionSummary[] | undefined> {
    return this.#withHistory(id, (history, current) => history.list(id, current), []);
  }

  async revisionsJson(id: string): Promise<Buffer | undefined> {
    return this.#withHistory(id, (history, current) => history.listJson(id, current), Buffer.from('[]'));
  }

  async revision(id: string, rev: number): Promise<StoredProject | undefined> {
    return this.#index.has(id) ? this.#guard(async () => this.#history?.read(id, rev)) : undefined;
  }

  async restoreRevision(
    id: string,
    rev: number,
    condition: EtagCondition,
    next: (current: ProjectMeta, revision: StoredProject) => SnapshotFile,
  ): Promise<StoredProject> {
    return this.#guard(() =>
      this.#lock.run(id, async () => {
        const entry = this.#index.get(id);
        if (!entry) throw new ProjectNotFoundError(id);
        if (!condition(entry.etag)) throw new PreconditionFailedError(entry.etag);
        const revision = await this.#history?.read(id, rev);
        if (!revision) throw new RevisionNotFoundError(id, rev);
        if (revision.problem) throw new DamagedProjectError(id, revision.problem, revision.etag, rev);
        return this.#write(next(entry.meta, revision));
      }),
    );
  }

  async trash(): Promise<TrashedProject[]> {
    return this.#trash?.list() ?? [];
  }

  async restoreFromTrash(id: string): Promise<StoredProject> {
    return this.#guard(() =>
      this.#lock.run(id, async () => {
        if (!this.#trash?.has(id)) throw new NotInTrashError(id);
        if (this.#index.has(id)) throw new ProjectExistsError(id);
        const stored = await this.#trash.restore(id, this.#fileOf(id));
        this.#remember(stored);
        return stored;
      }),
    );
  }

  async purge(id: string): Promise<void> {
    await this.#guard(() =>
      this.#lock.run(id, async () => {
        if (!this.#trash) throw new NotInTrashError(id);
        await this.#trash.purge(id);
      }),
    );
  }

  /** Waits for the writes under way, then closes the folders. */
  async close(): Promise<void> {
    await this.#lock.whenIdle();
    await Promise.all([this.#folder.close(), this.#history?.close(), this.#trash?.close()]);
  }

  /** Runs `task` on a live project's history under its lock; undefined when there is no such project. */
  async #withHistory<T>(id: string, task: (history: History, current: CurrentFile) => Promise<T>, none: T) {
    if (!this.#index.has(id)) return undefined;
    return this.#guard(() =>
      this.#lock.run(id, async () => {
        const entry = this.#index.get(id);
        if (!entry) return undefined;
        return this.#history ? task(this.#history, currentFile(this.#fileOf(id), entry)) : none;
      }),
    );
  }

  /**
   * Runs an operation on the folder. A folder that refuses it (read-only, no permission) is a StorageUnavailableError
   * naming the folder and what to fix (503), and the health says so from then on; after any other failure of the
   * disk, the folder is probed again.
   */
  async #guard<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      if (isRefusal(error)) {
        this.#health = { writable: false, problem: folderProblem(this.#dir, error) };
        throw new StorageUnavailableError(`${this.#health.problem} Nothing was changed.`);
      }
      if (isSystemError(error)) this.#health = await probeFolder(this.#fs, this.#dir);
      throw error;
    }
  }

  /**
   * Takes the snapshot's bytes, not the snapshot: the document need not stay in memory while the disk works. The
   * version replaced must be in the history before it goes (prepare); the new one is linked there once renamed.
   */
  async #write({ meta, bytes }: SnapshotFile): Promise<StoredProject> {
    const { id } = meta;
    const file = this.#fileOf(id);
    const previous = this.#index.get(id);
    await this.#history?.prepare(id, previous && currentFile(file, previous));
    await writeWhole(this.#fs, file, bytes);
    this.#health = { writable: true };
    const stored = { meta, etag: etagOf(bytes), bytes };
    // The rename happened: the index follows the disk even if the folder's fsync fails below. The cache drops the
    // old version and does not keep the new one until it is read: bytes kept from every write would live long
    // enough to reach the old generation, whose collections are the costly ones under a stream of writes.
    this.#remember(stored);
    // The new version is the current file, durable once the folder is synced: a failure to link it is not this
    // write's failure. The history is read again at the next use, which links it, or fails before changing anything.
    // Linked before the folder's fsync: one journal commit then covers the rename and the link, not two in a row.
    await this.#history?.add(id, currentFile(file, { ...stored, size: bytes.length })).catch(() => {});
    await this.#folder.sync();
    return stored;
  }

  #currentListing() {
    this.#listing ??= {
      summaries: [...this.#index.values()]
        .map(({ meta, size, problem }) => ({
          id: meta.id,
          name: meta.name,
          updatedAt: meta.updatedAt,
          size,
          ...(problem ? { damaged: true as const, problem } : {}),
        }))
        .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id.localeCompare(b.id))),
    };
    return this.#listing;
  }

  #fileOf(id: string): string {
    const file = path.join(this.#dir, `${id}.json`);
    // The id pattern already forbids separators and dots; this guards the folder whatever a caller passes.
    if (!idPattern.test(id) || path.dirname(file) !== this.#dir) throw new ProjectNotFoundError(id);
    return file;
  }

  #remember({ meta, etag, bytes, problem }: StoredProject) {
    this.#index.set(meta.id, { meta, etag, size: bytes.length, ...(problem ? { problem } : {}) });
    this.#cache?.delete(meta.id);
    this.#listing = undefined;
  }

  #forget(id: string) {
    this.#index.delete(id);
    this.#cache?.delete(id);
    this.#listing = undefined;
  }

  /** Indexes the projects; returns the ids that have a current file, indexed or not. */
  async #load(onSkippedFile: (file: string, reason: string) => void): Promise<Set<string>> {
    await this.#fs.mkdir(this.#dir, { recursive: true });
    const names = await this.#fs.readdir(this.#dir);
    // Left where they are when the folder refuses (read-only): swept at a later start; the health says why.
    await Promise.all(
      names
        .filter((n) => n.endsWith(TEMP_SUFFIX))
        .map((n) => this.#fs.rm(path.join(this.#dir, n), { force: true }).catch(ignoreRefusal)),
    );
    const files = names.filter((n) => n.endsWith('.json'));
    for (let i = 0; i < files.length; i += OPEN_FILES) {
      await Promise.all(files.slice(i, i + OPEN_FILES).map((name) => this.#indexFile(name, onSkippedFile)));
    }
    return new Set(files.map((name) => name.slice(0, -'.json'.length)));
  }

  async #indexFile(name: string, onSkippedFile: (file: string, reason: string) => void): Promise<void> {
    const id = name.slice(0, -'.json'.length);
    if (!idPattern.test(id)) return onSkippedFile(name, 'the file name is not a project id');
    try {
      const file = path.join(this.#dir, name);
      const bytes = await this.#fs.readFile(file);
      // A damaged file is listed, not skipped: it can then be downloaded, repaired or deleted like any project.
      const read = await readProjectFile(this.#fs, file, id, bytes, wholeFileMeta);
      if (read.problem) onSkippedFile(name, `${read.problem}; listed as damaged`);
      this.#remember({ ...read, etag: etagOf(bytes), bytes });
    } catch (error) {
      onSkippedFile(name, error instanceof Error ? error.message : String(error));
    }
  }
}

/** The current file of a project and what the index knows of it. */
function currentFile(file: string, { meta, etag, size }: { meta: ProjectMeta; etag: string; size: number }): CurrentFile {
  return { file, version: { etag, updatedAt: meta.updatedAt, name: meta.name, bytes: size } };
}

/** A stored snapshot's meta, the whole file parsed: a file cut short anywhere is found damaged. */
const wholeFileMeta = (bytes: Buffer) => (JSON.parse(bytes.toString('utf8')) as { meta?: unknown } | null)?.meta;

/** A failure of the disk (an errno), not of the store's own rules nor a file that is simply not there. */
const isSystemError = (error: unknown) => {
  const code = String((error as NodeJS.ErrnoException | undefined)?.code);
  return /^E[A-Z]+$/.test(code) && code !== 'ENOENT' && code !== 'EEXIST';
};

const ignoreRefusal = (error: unknown) => {
  if (!isRefusal(error)) throw error;
};
