import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskError } from '../testing/quotaFs.js';
import { namedFile, tempDir, testFileStore } from '../testing/tempStore.js';
import type { FileStore, StoreFs } from './FileStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

const always = () => true;
const historyOf = (id: string) => path.join(dir, '.history', id);
const revs = async (id: string) => (await readdir(historyOf(id))).map((n) => Number.parseInt(n, 10)).sort((a, b) => a - b);
const inode = async (file: string) => (await stat(file, { bigint: true })).ino;

/** A store whose writes of `a.json` are named in turn `names` (a create, then replaces). */
async function saved(store: FileStore, id: string, ...names: string[]) {
  const [first = 'First', ...rest] = names;
  await store.create(namedFile(id, first));
  for (const name of rest) await store.replace(id, always, () => namedFile(id, name));
}

/** node:fs whose `link` fails with `code` while `failing()` says so. */
function failingLinks(code: string, failing: () => boolean): StoreFs {
  return {
    ...nodeFs,
    link: (async (from: string, to: string) => {
      if (failing()) throw diskError(code);
      return nodeFs.link(from, to);
    }) as StoreFs['link'],
  };
}

/** node:fs counting the revision files it reads. */
function countingHistoryReads() {
  let reads = 0;
  const fs: StoreFs = {
    ...nodeFs,
    readFile: ((...args: Parameters<typeof nodeFs.readFile>) => {
      if (String(args[0]).includes(`${path.sep}.history${path.sep}`)) reads++;
      return nodeFs.readFile(...args);
    }) as StoreFs['readFile'],
  };
  return { fs, reads: () => reads };
}

describe('revision history', () => {
  it('keeps every version as a hard link of the file written, the current one as the newest', async () => {
    const store = await testFileStore(dir);
    await saved(store, 'a', 'One', 'Two', 'Three');
    expect(await revs('a')).toEqual([1, 2, 3]);
    expect(await inode(path.join(historyOf('a'), '3.json'))).toBe(await inode(path.join(dir, 'a.json')));
    expect(JSON.parse(await readFile(path.join(historyOf('a'), '1.json'), 'utf8')).meta.name).toBe('One');
    expect((await store.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
      [3, 'Three'],
      [2, 'Two'],
      [1, 'One'],
    ]);
    expect((await store.revision('a', 2))?.meta.name).toBe('Two');
    expect(await store.revision('a', 4)).toBeUndefined();
    expect(await store.revisions('missing')).toBeUndefined();
  });

  it('links a current file that is not the newest revision when it first touches the project: a crash between rename and link', async () => {
    const store = await testFileStore(dir);
    await saved(store, 'a', 'One', 'Two');
    await store.close();
    // What a crash after a write's rename and before its link leaves: a new file, not linked.
    const current = namedFile('a', 'Renamed, not linked');
    await writeFile(path.join(dir, 'new.tmp'), current.bytes);
    await rename(path.join(dir, 'new.tmp'), path.join(dir, 'a.json'));

    const reopened = await testFileStore(dir);
    expect((await reopened.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
      [3, 'Renamed, not linked'],
      [2, 'Two'],
      [1, 'One'],
    ]);
    expect(await inode(path.join(historyOf('a'), '3.json'))).toBe(await inode(path.join(dir, 'a.json')));
  });

  it('keeps the version a project had before history was kept, at its first write', async () => {
    const old = namedFile('legacy', 'Stored long ago');
    await writeFile(path.join(dir, 'legacy.json'), old.bytes);
    const store = await testFileStore(dir);
    expect(await readdir(dir)).toEqual(['legacy.json']);
    await store.replace('legacy', always, () => namedFile('legacy', 'Saved now'));
    expect((await store.revisions('legacy'))?.map((r) => [r.rev, r.name])).toEqual([
      [2, 'Saved now'],
      [1, 'Stored long ago'],
    ]);
    expect((await store.revision('legacy', 1))?.bytes.equals(old.bytes)).toBe(true);
  });

  it('acknowledges a write whose link failed (it is the current file), and keeps it in the history at the next write', async () => {
    let failing = false;
    const store = await testFileStore(dir, { fs: failingLinks('ENOSPC', () => failing) });
    await saved(store, 'a', 'One');
    failing = true;
    const two = await store.replace('a', always, () => namedFile('a', 'Two'));
    expect((await store.get('a'))?.etag).toBe(two.etag);
    expect(await revs('a')).toEqual([1]);
    failing = false;
    await store.replace('a', always, () => namedFile('a', 'Three'));
    expect((await store.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
      [3, 'Three'],
      [2, 'Two'],
      [1, 'One'],
    ]);
  });

  it('refuses a write, changing nothing, while the version it would replace cannot be kept', async () => {
    let failing = false;
    const store = await testFileStore(dir, { fs: failingLinks('ENOSPC', () => failing) });
    await saved(store, 'a', 'One');
    failing = true;
    await store.replace('a', always, () => namedFile('a', 'Two'));
    const current = await readFile(path.join(dir, 'a.json'));
    await expect(store.replace('a', always, () => namedFile('a', 'Three'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readFile(path.join(dir, 'a.json'))).equals(current)).toBe(true);
    expect((await store.get('a'))?.meta.name).toBe('Two');
    expect(await revs('a')).toEqual([1]);
  });

  it('keeps the newest revisionsKeep versions, never using a number twice, across restarts', async () => {
    const store = await testFileStore(dir, { revisionsKeep: 3 });
    await saved(store, 'a', 'v1', 'v2', 'v3', 'v4', 'v5');
    expect(await revs('a')).toEqual([3, 4, 5]);
    await store.close();
    const reopened = await testFileStore(dir, { revisionsKeep: 3 });
    await reopened.replace('a', always, () => namedFile('a', 'v6'));
    expect((await reopened.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
      [6, 'v6'],
      [5, 'v5'],
      [4, 'v4'],
    ]);
    expect(await reopened.revision('a', 3)).toBeUndefined();
  });

  it('keeps every version with revisionsKeep 0', async () => {
    const store = await testFileStore(dir, { revisionsKeep: 0 });
    const names = Array.from({ length: 120 }, (_, i) => `v${i + 1}`);
    await saved(store, 'a', ...names);
    expect(await revs('a')).toHaveLength(120);
  });

  it('reads each revision once to list a history, then answers from memory until the project changes', async () => {
    await saved(await testFileStore(dir), 'a', 'One', 'Two', 'Three');
    const counting = countingHistoryReads();
    const store = await testFileStore(dir, { fs: counting.fs });
    const json = await store.revisionsJson('a');
    // The current version is described from the index: only the two before it are read.
    expect(counting.reads()).toBe(2);
    expect(await store.revisionsJson('a')).toBe(json);
    await store.replace('a', always, () => namedFile('a', 'Four'));
    expect(JSON.parse((await store.revisionsJson('a'))?.toString() ?? '').map((r: { name: string }) => r.name)).toEqual([
      'Four',
      'Three',
      'Two',
      'One',
    ]);
    expect(counting.reads()).toBe(2);
  });

  it('keeps nothing, and deletes for good, with history off (only to measure what history costs)', async () => {
    const store = await testFileStore(dir, { history: false });
    await saved(store, 'a', 'One', 'Two');
    expect(await readdir(dir)).toEqual(['a.json']);
    expect(await store.revisions('a')).toEqual([]);
    await store.remove('a', always);
    expect(await readdir(dir)).toEqual([]);
    expect(await store.trash()).toEqual([]);
  });
});
