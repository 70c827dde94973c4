import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusingFs } from '../testing/quotaFs.js';
import { folderContents, namedFile, tempDir } from '../testing/tempStore.js';
import { FileStore } from './FileStore.js';
import { StorageUnavailableError } from './ProjectStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  // A project stored while the folder still took writes.
  const store = await FileStore.open(dir);
  await store.create(namedFile('kept', 'Kept'));
  await store.close();
});
afterEach(async () => remove());

describe.each([
  ['EROFS', /read-only file system.*mount it read-write/],
  ['EACCES', /not allowed to read and write.*write permission/],
])('a FileStore over a folder that refuses writes (%s)', (code, advice) => {
  it('opens, says so in its health, naming the folder and what to fix', async () => {
    const store = await FileStore.open(dir, { fs: refusingFs(code) });
    const health = await store.health();
    expect(health.writable).toBe(false);
    expect(health.problem).toContain(dir);
    expect(health.problem).toContain(code);
    expect(health.problem).toMatch(advice);
    expect((await store.get('kept'))?.meta.name).toBe('Kept');
    await store.close();
  });

  it('refuses each write with a StorageUnavailableError naming the folder, and changes nothing', async () => {
    const before = await folderContents(dir);
    const store = await FileStore.open(dir, { fs: refusingFs(code) });
    const refused = (promise: Promise<unknown>) =>
      expect(promise).rejects.toSatisfy(
        (error) => error instanceof StorageUnavailableError && error.message.includes(dir) && error.message.includes(code),
      );
    await refused(store.create(namedFile('new', 'New')));
    await refused(
      store.replace(
        'kept',
        () => true,
        () => namedFile('kept', 'Renamed'),
      ),
    );
    await refused(store.remove('kept', () => true));
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'kept', name: 'Kept' })]);
    await store.close();
    expect(await folderContents(dir)).toEqual(before);
  });
});

describe('the health of a FileStore', () => {
  it('is writable over a folder that takes writes, and leaves no probe behind', async () => {
    const before = await folderContents(dir);
    const store = await FileStore.open(dir);
    expect(await store.health()).toEqual({ writable: true });
    await store.close();
    expect(await folderContents(dir)).toEqual(before);
  });

  it('turns unwritable when a write is refused, and writable again once the folder is fixed, without a restart', async () => {
    const fs = refusingFs('EROFS');
    fs.refuse(false);
    const store = await FileStore.open(dir, { fs });
    expect((await store.health()).writable).toBe(true);
    fs.refuse(true);
    await expect(store.create(namedFile('new', 'New'))).rejects.toBeInstanceOf(StorageUnavailableError);
    expect((await store.health()).writable).toBe(false);
    fs.refuse(false);
    expect(await store.health()).toEqual({ writable: true });
    await store.create(namedFile('new', 'New'));
    expect((await store.list()).map((p) => p.id).sort()).toEqual(['kept', 'new']);
    await store.close();
  });
});
