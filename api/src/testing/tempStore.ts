import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Snapshot, SnapshotDraft } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { onTestFinished } from 'vitest';
import { type AppOptions, buildApp } from '../app.js';
import { FileStore, type FileStoreOptions } from '../store/FileStore.js';
import type { SnapshotFile } from '../store/ProjectStore.js';

/** A fresh folder under the system temp dir, removed by the returned function. */
export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'psb-api-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * FileStore.open for a test, the store closed when the test ends: a store keeps its folders open (for their fsyncs)
 * until it is closed, and a store left open leaves them to the garbage collector, which warns about each.
 */
export async function testFileStore(dir: string, options?: FileStoreOptions): Promise<FileStore> {
  const store = await FileStore.open(dir, options);
  onTestFinished(() => store.close());
  return store;
}

/** buildApp as tests use it: one draft-reading thread, which loads the TypeScript anew. */
export const testApp = (options: AppOptions) => buildApp({ draftThreads: 1, ...options });

/** The app over a FileStore in a fresh temp folder. */
export async function tempApp(options: Omit<AppOptions, 'store'> & Pick<FileStoreOptions, 'fs' | 'revisionsKeep'> = {}) {
  const { dir, remove } = await tempDir();
  const { fs, revisionsKeep, ...appOptions } = options;
  const store = await FileStore.open(dir, { fs, revisionsKeep });
  const app = await testApp({ ...appOptions, store });
  return {
    app,
    dir,
    store,
    async close() {
      await app.close();
      await remove();
    },
  };
}

/** Every file in a folder and its subfolders (history, trash) with its bytes: to prove a request changed nothing on disk. */
export async function folderContents(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  return Object.fromEntries(
    await Promise.all(files.sort().map(async (n) => [n, (await readFile(path.join(dir, n))).toString('base64')])),
  );
}

/** The store's own folders beside the project files: the history, the trash and what is being removed. */
export const STORE_FOLDERS = ['.history', '.purge', '.trash'];

/** The project files and temp files of a store's folder, without its own folders. */
export async function projectFolder(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => !STORE_FOLDERS.includes(name)).sort();
}

/** The rich fixture as a client would send it to be stored: no id, no dates. */
export function draft(name = 'Customer portal'): SnapshotDraft {
  const { meta, ...rest }: Snapshot = richSnapshot();
  return { ...rest, meta: { name, description: meta.description } };
}

/** A snapshot made into the file a store writes: compact JSON. */
export function snapshotFile(snapshot: Snapshot): SnapshotFile {
  return { meta: snapshot.meta, bytes: Buffer.from(JSON.stringify(snapshot)) };
}

/** richSnapshot stored under `id` and `name`, as the store writes it. */
export function namedFile(id: string, name: string): SnapshotFile {
  const snapshot = richSnapshot();
  snapshot.meta = { ...snapshot.meta, id, name };
  return snapshotFile(snapshot);
}
