import type { FileHandle } from 'node:fs/promises';
import type { StoreFs } from './FileStore.js';
import { FolderSync } from './folderSync.js';

/**
 * A folder whose entries (renames, links, unlinks) are made durable by fsyncs shared between the writers that land
 * together (FolderSync). The folder is opened at its first fsync and kept open for the next ones until `close`:
 * opening and closing it for each fsync would add two trips to libuv's threads to every write.
 */
export class SyncedFolder {
  readonly #dir: string;
  readonly #fs: StoreFs;
  readonly #syncs = new FolderSync(() => this.#syncOnce());
  #handle: Promise<FileHandle> | undefined;

  constructor(dir: string, fs: StoreFs) {
    this.#dir = dir;
    this.#fs = fs;
  }

  /** Resolves once the folder's entries changed before this call are on disk. */
  sync(): Promise<void> {
    return this.#syncs.sync();
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = undefined;
    await (await handle?.catch(() => undefined))?.close();
  }

  async #syncOnce(): Promise<void> {
    this.#handle ??= this.#fs.open(this.#dir, 'r');
    const handle = this.#handle;
    try {
      await (await handle).sync();
    } catch (error) {
      // Opened again at the next fsync: a failing handle is not kept.
      if (this.#handle === handle) this.#handle = undefined;
      await (await handle.catch(() => undefined))?.close().catch(() => {});
      throw error;
    }
  }
}

/** Opens a folder, fsyncs it and closes it: for folders synced once in a while (one project's history). */
export async function syncFolderOnce(fs: StoreFs, dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
