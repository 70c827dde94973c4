import { randomUUID } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import { ID_PATTERN, type ProjectMeta, type ProjectSummary, type Snapshot } from '@psb/contracts';
import { LRUCache } from 'lru-cache';
import { etagOf } from './etag.js';
import { FolderSync } from './folderSync.js';
import { KeyedLock } from './keyedLock.js';
import {
  type EtagCondition,
  PreconditionFailedError,
  ProjectExistsError,
  ProjectNotFoundError,
  type ProjectStore,
  type SnapshotFile,
  type StoredProject,
} from './ProjectStore.js';

/** The file-system calls the store makes: the seam where tests inject faults such as ENOSPC. */
export type StoreFs = Pick<typeof nodeFs, 'mkdir' | 'readdir' | 'readFile' | 'open' | 'rename' | 'unlink' | 'rm'>;

export interface FileStoreOptions {
  fs?: StoreFs;
  /** Told about files that cannot be read as projects; they are left where they are. */
  onSkippedFile?: (file: string, reason: string) => void;
  /** Most bytes of projects kept in memory to answer reads without the disk (64 MiB by default; 0 keeps none). */
  cacheBytes?: number;
}

export const DEFAULT_CACHE_BYTES = 64 * 1024 * 1024;

interface IndexEntry {
  meta: ProjectMeta;
  etag: string;
  /** The file's length in bytes, for the list. */
  size: number;
}

const TEMP_SUFFIX = '.tmp';
const idPattern = new RegExp(ID_PATTERN);
/** Files read at once while indexing at start. */
const OPEN_FILES = 32;

/**
 * Stores each project as `{dir}/{id}.json`. A write goes to a unique temp file in the same
 * folder, is fsynced, renamed over the old file, and the folder is fsynced: after a crash the
 * file holds either the old or the new version, never a mix. An index in memory answers lists
 * and ETags, and the bytes of the projects last read are kept too, up to `cacheBytes` (a write drops the old
 * version's, and keeps none).
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
  readonly #folder = new FolderSync(() => this.#syncDir());
  /** The folder, opened at its first fsync and kept open for the next ones until the store closes. */
  #folderHandle: Promise<nodeFs.FileHandle> | undefined;

  private constructor(dir: string, fs: StoreFs, cacheBytes: number) {
    this.#dir = dir;
    this.#fs = fs;
    // A project larger than the whole budget is not kept (lru-cache's maxEntrySize defaults to maxSize).
    this.#cache =
      cacheBytes > 0
        ? new LRUCache({ maxSize: cacheBytes, sizeCalculation: ({ bytes }) => Math.max(1, bytes.length) })
        : undefined;
  }

  /** Opens (creating if needed) the folder, sweeps temp files a crash left behind and indexes every project. */
  static async open(dir: string, options: FileStoreOptions = {}): Promise<FileStore> {
    const store = new FileStore(path.resolve(dir), options.fs ?? nodeFs, options.cacheBytes ?? DEFAULT_CACHE_BYTES);
    await store.#load(options.onSkippedFile ?? (() => {}));
    return store;
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
    if (!this.#index.has(id)) return undefined;
    const cached = this.#cache?.get(id);
    if (cached) return cached;
    let bytes: Buffer;
    try {
      bytes = await this.#fs.readFile(this.#fileOf(id));
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
    // The tag is computed from the bytes read, so it always describes them, even mid-write.
    const etag = etagOf(bytes);
    const current = this.#index.get(id);
    if (current?.etag === etag) {
      const stored = { meta: current.meta, etag, bytes };
      this.#cache?.set(id, stored);
      return stored;
    }
    // A write or a delete landed while reading: these bytes are a whole version (renames are atomic), not the current one.
    return { meta: (JSON.parse(bytes.toString('utf8')) as Snapshot).meta, etag, bytes };
  }

  async create(file: SnapshotFile): Promise<StoredProject> {
    const { id } = file.meta;
    this.#fileOf(id);
    return this.#lock.run(id, async () => {
      if (this.#index.has(id)) throw new ProjectExistsError(id);
      return this.#write(file);
    });
  }

  async replace(id: string, condition: EtagCondition, next: (current: ProjectMeta) => SnapshotFile): Promise<StoredProject> {
    return this.#lock.run(id, async () => {
      const entry = this.#index.get(id);
      if (!entry) throw new ProjectNotFoundError(id);
      if (!condition(entry.etag)) throw new PreconditionFailedError(entry.etag);
      return this.#write(next(entry.meta));
    });
  }

  async remove(id: string, condition: EtagCondition): Promise<void> {
    await this.#lock.run(id, async () => {
      const entry = this.#index.get(id);
      if (!entry) throw new ProjectNotFoundError(id);
      if (!condition(entry.etag)) throw new PreconditionFailedError(entry.etag);
      await this.#fs.unlink(this.#fileOf(id));
      this.#forget(id);
      await this.#folder.sync();
    });
  }

  /** Waits for the writes under way, then closes the folder. */
  async close(): Promise<void> {
    await this.#lock.whenIdle();
    const folder = this.#folderHandle;
    this.#folderHandle = undefined;
    await (await folder?.catch(() => undefined))?.close();
  }

  /** Takes the snapshot's bytes, not the snapshot: the document need not stay in memory while the disk works. */
  async #write({ meta, bytes }: SnapshotFile): Promise<StoredProject> {
    const { id } = meta;
    const file = this.#fileOf(id);
    const temp = path.join(this.#dir, `.${id}.${randomUUID()}${TEMP_SUFFIX}`);
    let handle: nodeFs.FileHandle | undefined;
    try {
      handle = await this.#fs.open(temp, 'wx');
      await handle.writeFile(bytes);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await this.#fs.rename(temp, file);
    } catch (error) {
      await handle?.close().catch(() => {});
      await this.#fs.rm(temp, { force: true }).catch(() => {});
      throw error;
    }
    const stored = { meta, etag: etagOf(bytes), bytes };
    // The rename happened: the index follows the disk even if the folder's fsync fails below. The cache drops the
    // old version and does not keep the new one until it is read: bytes kept from every write would live long
    // enough to reach the old generation, whose collections are the costly ones under a stream of writes.
    this.#remember(stored);
    this.#cache?.delete(id);
    await this.#folder.sync();
    return stored;
  }

  /** Keeps the folder open: opening and closing it for each fsync would add two trips to libuv's threads to every write. */
  async #syncDir(): Promise<void> {
    this.#folderHandle ??= this.#fs.open(this.#dir, 'r');
    const folder = this.#folderHandle;
    try {
      await (await folder).sync();
    } catch (error) {
      // Opened again at the next fsync: a failing handle is not kept.
      if (this.#folderHandle === folder) this.#folderHandle = undefined;
      await (await folder.catch(() => undefined))?.close().catch(() => {});
      throw error;
    }
  }

  #currentListing() {
    this.#listing ??= {
      summaries: [...this.#index.values()]
        .map(({ meta, size }) => ({ id: meta.id, name: meta.name, updatedAt: meta.updatedAt, size }))
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

  #remember(stored: { meta: ProjectMeta; etag: string; bytes: Buffer }) {
    this.#index.set(stored.meta.id, { meta: stored.meta, etag: stored.etag, size: stored.bytes.length });
    this.#listing = undefined;
  }

  #forget(id: string) {
    this.#index.delete(id);
    this.#cache?.delete(id);
    this.#listing = undefined;
  }

  async #load(onSkippedFile: (file: string, reason: string) => void): Promise<void> {
    await this.#fs.mkdir(this.#dir, { recursive: true });
    const names = await this.#fs.readdir(this.#dir);
    await Promise.all(
      names.filter((n) => n.endsWith(TEMP_SUFFIX)).map((n) => this.#fs.rm(path.join(this.#dir, n), { force: true })),
    );
    const files = names.filter((n) => n.endsWith('.json'));
    for (let i = 0; i < files.length; i += OPEN_FILES) {
      await Promise.all(files.slice(i, i + OPEN_FILES).map((name) => this.#indexFile(name, onSkippedFile)));
    }
  }

  async #indexFile(name: string, onSkippedFile: (file: string, reason: string) => void): Promise<void> {
    const id = name.slice(0, -'.json'.length);
    if (!idPattern.test(id)) return onSkippedFile(name, 'the file name is not a project id');
    try {
      const bytes = await this.#fs.readFile(path.join(this.#dir, name));
      const meta = (JSON.parse(bytes.toString('utf8')) as Partial<Snapshot>).meta;
      if (meta?.id !== id) return onSkippedFile(name, 'meta.id does not match the file name');
      this.#remember({ meta, etag: etagOf(bytes), bytes });
    } catch (error) {
      onSkippedFile(name, error instanceof Error ? error.message : String(error));
    }
  }
}

const isNotFound = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
