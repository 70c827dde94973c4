import { mkdir, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskError, tempWritesFs } from '../testing/quotaFs.js';
import { folderContents, namedFile, tempDir, testFileStore } from '../testing/tempStore.js';
import { ProjectExistsError } from './ProjectStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

const always = () => true;
const marker = (id: string) => path.join(dir, '.trash', `${id}.json`);
const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function deleted(id: string, name = 'Deleted') {
  const store = await testFileStore(dir);
  await store.create(namedFile(id, name));
  await store.remove(id, always);
  await store.close();
}

describe('trash', () => {
  it('keeps a deleted project’s history and a marker, and links its newest version back on restore', async () => {
    const store = await testFileStore(dir);
    const stored = await store.create(namedFile('a', 'Alpha'));
    const inode = (await stat(path.join(dir, 'a.json'))).ino;
    await store.remove('a', always);
    expect(await exists(path.join(dir, 'a.json'))).toBe(false);
    expect(JSON.parse(await readFile(marker('a'), 'utf8'))).toEqual({
      id: 'a',
      name: 'Alpha',
      deletedAt: (await store.trash())[0]?.deletedAt,
    });
    expect(await readdir(path.join(dir, '.history', 'a'))).toEqual(['1.json']);

    const restored = await store.restoreFromTrash('a');
    expect(restored).toEqual(stored);
    expect((await stat(path.join(dir, 'a.json'))).ino).toBe(inode);
    expect(await exists(marker('a'))).toBe(false);
    expect(await store.get('a')).toEqual(stored);
    expect(await store.trash()).toEqual([]);
  });

  it('refuses to create a project under an id that waits in the trash', async () => {
    await deleted('a');
    const store = await testFileStore(dir);
    await expect(store.create(namedFile('a', 'Again'))).rejects.toBeInstanceOf(ProjectExistsError);
  });

  it('leaves the project live, and no marker, when the marker cannot be written', async () => {
    const store = await testFileStore(dir, {
      fs: tempWritesFs(async (handle, data, file) => {
        if (file.includes(`${path.sep}.trash${path.sep}`)) throw diskError();
        await handle.writeFile(data);
      }),
    });
    await store.create(namedFile('a', 'Alpha'));
    await expect(store.remove('a', always)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await store.get('a'))?.meta.name).toBe('Alpha');
    expect(await readdir(path.join(dir, '.trash'))).toEqual([]);
    expect(await store.trash()).toEqual([]);
  });

  it('purges by moving the history away in one rename, then removing it', async () => {
    await deleted('a');
    const store = await testFileStore(dir);
    await store.purge('a');
    expect(await store.trash()).toEqual([]);
    expect(await folderContents(dir)).toEqual({});
    expect(await readdir(path.join(dir, '.purge'))).toEqual([]);
  });
});

describe('trash after a crash, at open', () => {
  it('removes a marker beside a live file: a delete never acknowledged, or a restore done', async () => {
    await deleted('a', 'Alpha');
    // The restore's link happened, its marker removal did not.
    const newest = path.join(dir, '.history', 'a', '1.json');
    await writeFile(path.join(dir, 'a.json'), await readFile(newest));
    const store = await testFileStore(dir);
    expect(await store.trash()).toEqual([]);
    expect(await exists(marker('a'))).toBe(false);
    expect((await store.get('a'))?.meta.name).toBe('Alpha');
  });

  it('removes a marker whose history is gone (a purge cut short) and what the purge left in .purge', async () => {
    await deleted('a');
    await mkdir(path.join(dir, '.purge', 'a.1234', 'deep'), { recursive: true });
    await writeFile(path.join(dir, '.purge', 'a.1234', 'deep', '1.json'), '{}');
    // The history was renamed into .purge, and the crash came before the marker went.
    await rm(path.join(dir, '.history', 'a'), { recursive: true });
    const store = await testFileStore(dir);
    expect(await store.trash()).toEqual([]);
    expect(await exists(marker('a'))).toBe(false);
    expect(await exists(path.join(dir, '.purge'))).toBe(false);
  });

  it('puts a history whose file was removed by hand in the trash, named as its newest version', async () => {
    const store = await testFileStore(dir);
    await store.create(namedFile('a', 'Alpha'));
    await store.replace('a', always, () => namedFile('a', 'Alpha 2'));
    await store.close();
    await unlink(path.join(dir, 'a.json'));
    const reopened = await testFileStore(dir);
    expect((await reopened.trash()).map((t) => [t.id, t.name])).toEqual([['a', 'Alpha 2']]);
    expect((await reopened.restoreFromTrash('a')).meta.name).toBe('Alpha 2');
  });

  it('sweeps the temp files of a marker cut short', async () => {
    await deleted('a');
    await writeFile(path.join(dir, '.trash', '.b.0b7c.tmp'), '{"id":');
    const store = await testFileStore(dir);
    expect(await readdir(path.join(dir, '.trash'))).toEqual(['a.json']);
    expect((await store.trash()).map((t) => t.id)).toEqual(['a']);
  });
});
