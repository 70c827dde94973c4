import { existsSync, readdirSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskError, tempWritesFs } from '../testing/quotaFs.js';
import { draft, projectFolder, snapshotFile, tempDir, testApp, testFileStore } from '../testing/tempStore.js';
import { FileStore, type StoreFs } from './FileStore.js';
import { PreconditionFailedError, ProjectNotFoundError } from './ProjectStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

const snapshotNamed = (id: string, name: string, updatedAt = '2026-01-03T11:30:00.000Z'): Snapshot => {
  const s = richSnapshot();
  s.meta = { ...s.meta, id, name, updatedAt };
  return s;
};
const fileNamed = (id: string, name: string, updatedAt?: string) => snapshotFile(snapshotNamed(id, name, updatedAt));
const always = () => true;

/** node:fs whose file writes fail with `code` after writing half of the data, like a disk filling up. */
const failingWritesFs = (code: string): StoreFs =>
  tempWritesFs(async (handle, data) => {
    await handle.write(data.subarray(0, data.length / 2));
    throw diskError(code);
  });

/** node:fs that counts the project files it reads. */
function countingReads(): { fs: StoreFs; reads: () => number } {
  let reads = 0;
  const fs: StoreFs = {
    ...nodeFs,
    readFile: ((...args: Parameters<typeof nodeFs.readFile>) => {
      reads++;
      return nodeFs.readFile(...args);
    }) as StoreFs['readFile'],
  };
  return { fs, reads: () => reads };
}

/** node:fs that logs renames and the folder's fsyncs (each taking a few milliseconds, as on a real disk). */
function loggingFolderSyncs(dir: string): { fs: StoreFs; log: string[] } {
  const log: string[] = [];
  const fs: StoreFs = {
    ...nodeFs,
    rename: (async (from: string, to: string) => {
      await nodeFs.rename(from, to);
      log.push(`rename ${path.basename(to)}`);
    }) as StoreFs['rename'],
    open: (async (file: string, flags: string) => {
      const handle = await nodeFs.open(file, flags);
      if (file !== dir) return handle;
      return Object.assign(Object.create(handle), {
        close: () => handle.close(),
        sync: async () => {
          const n = log.filter((line) => line.startsWith('sync start')).length;
          log.push(`sync start ${n}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          await handle.sync();
          log.push(`sync end ${n}`);
        },
      });
    }) as StoreFs['open'],
  };
  return { fs, log };
}

describe('FileStore', () => {
  it('writes {id}.json whose bytes are what get returns, and leaves no temp file', async () => {
    const store = await testFileStore(dir);
    const stored = await store.create(fileNamed('p1', 'One'));
    expect(await projectFolder(dir)).toEqual(['p1.json']);
    const onDisk = await readFile(path.join(dir, 'p1.json'));
    expect(onDisk.equals(stored.bytes)).toBe(true);
    expect(JSON.parse(onDisk.toString())).toEqual(snapshotNamed('p1', 'One'));
    expect((await store.get('p1'))?.etag).toBe(stored.etag);
  });

  it('answers a write only after a folder fsync begun after its rename; writes landing together share one', async () => {
    const { fs, log } = loggingFolderSyncs(dir);
    const store = await testFileStore(dir, { fs });
    const ids = Array.from({ length: 8 }, (_, i) => `p${i}`);
    await Promise.all(
      ids.map(async (id) => {
        await store.create(fileNamed(id, id));
        log.push(`done ${id}.json`);
      }),
    );
    for (const id of ids) {
      const renamed = log.indexOf(`rename ${id}.json`);
      const covering = log.findIndex((line, at) => at > renamed && line.startsWith('sync start'));
      const n = log[covering]?.slice('sync start '.length);
      expect(covering, `a folder fsync after the rename of ${id}`).toBeGreaterThan(renamed);
      expect(log.indexOf(`sync end ${n}`)).toBeLessThan(log.indexOf(`done ${id}.json`));
    }
    const syncs = log.filter((line) => line.startsWith('sync start')).length;
    expect(syncs).toBeGreaterThanOrEqual(1);
    expect(syncs).toBeLessThan(ids.length);
  });

  it('keeps the folder open from its first fsync until it closes, and opens it again after a failed fsync', async () => {
    const events: string[] = [];
    let failNextSync = false;
    const fs: StoreFs = {
      ...nodeFs,
      open: (async (file: string, flags: string) => {
        const handle = await nodeFs.open(file, flags);
        if (file !== dir) return handle;
        events.push('open');
        return Object.assign(Object.create(handle), {
          close: async () => {
            events.push('close');
            await handle.close();
          },
          sync: async () => {
            if (failNextSync) {
              failNextSync = false;
              throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
            }
            await handle.sync();
            events.push('sync');
          },
        });
      }) as StoreFs['open'],
    };
    const store = await testFileStore(dir, { fs });
    await store.create(fileNamed('p1', 'One'));
    await store.create(fileNamed('p2', 'Two'));
    // The first write also made the history's folder (.history), whose entry is synced too.
    expect(events).toEqual(['open', 'sync', 'sync', 'sync']);
    failNextSync = true;
    await expect(store.create(fileNamed('p3', 'Three'))).rejects.toThrow('EIO');
    await store.create(fileNamed('p4', 'Four'));
    await store.close();
    expect(events).toEqual(['open', 'sync', 'sync', 'sync', 'close', 'open', 'sync', 'close']);
  });

  it('checks the ETag condition inside the write, and reports the current tag', async () => {
    const store = await testFileStore(dir);
    const first = await store.create(fileNamed('p1', 'One'));
    const second = await store.replace(
      'p1',
      (tag) => tag === first.etag,
      () => fileNamed('p1', 'Two'),
    );
    await expect(
      store.replace(
        'p1',
        (tag) => tag === first.etag,
        () => fileNamed('p1', 'Three'),
      ),
    ).rejects.toEqual(new PreconditionFailedError(second.etag));
    await expect(store.replace('nope', always, () => fileNamed('nope', 'x'))).rejects.toBeInstanceOf(ProjectNotFoundError);
    expect(JSON.parse(await readFile(path.join(dir, 'p1.json'), 'utf8')).meta.name).toBe('Two');
  });

  it('refuses ids that could leave the folder, whatever the caller passes', async () => {
    const store = await testFileStore(dir);
    for (const id of ['../escape', '/etc/passwd', 'a/b', '']) {
      await expect(store.replace(id, always, () => fileNamed('x', 'x'))).rejects.toBeInstanceOf(ProjectNotFoundError);
      expect(await store.get(id)).toBeUndefined();
    }
    await expect(store.create(fileNamed('../escape', 'x'))).rejects.toBeInstanceOf(ProjectNotFoundError);
    expect(await readdir(path.dirname(dir))).not.toContain('escape.json');
  });

  it('keeps the old file byte for byte, and no temp file, when a write fails half-way (ENOSPC)', async () => {
    await (await testFileStore(dir)).create(fileNamed('p1', 'Original'));
    const before = await readFile(path.join(dir, 'p1.json'));
    const store = await testFileStore(dir, { fs: failingWritesFs('ENOSPC') });
    await expect(store.replace('p1', always, () => fileNamed('p1', 'Lost'))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((await readFile(path.join(dir, 'p1.json'))).equals(before)).toBe(true);
    expect(await projectFolder(dir)).toEqual(['p1.json']);
    expect((await store.get('p1'))?.meta.name).toBe('Original');
    expect((await store.list())[0]?.name).toBe('Original');
  });

  it('answers a failed write with a 507 JSON error and keeps serving', async () => {
    await (await testFileStore(dir)).create(fileNamed('p1', 'Original'));
    const before = await readFile(path.join(dir, 'p1.json'));
    const app = await testApp({ store: await testFileStore(dir, { fs: failingWritesFs('ENOSPC') }) });
    const res = await app.inject({
      method: 'PUT',
      url: '/api/projects/p1',
      headers: { 'content-type': 'application/json', 'if-match': '*' },
      payload: JSON.stringify(draft('Lost')),
    });
    expect(res.statusCode).toBe(507);
    expect(res.json()).toEqual({
      statusCode: 507,
      error: 'Insufficient Storage',
      message: 'The server has no room left to store this; nothing was changed.',
    });
    expect((await readFile(path.join(dir, 'p1.json'))).equals(before)).toBe(true);
    expect((await app.inject({ url: '/api/projects/p1' })).statusCode).toBe(200);
    await app.close();
  });

  it('sweeps temp files a crash left behind when it opens', async () => {
    await (await testFileStore(dir)).create(fileNamed('p1', 'One'));
    await writeFile(path.join(dir, '.p1.0b7c.tmp'), '{"half": ');
    await writeFile(path.join(dir, '.p2.99.tmp'), '');
    const store = await testFileStore(dir);
    expect(await projectFolder(dir)).toEqual(['p1.json']);
    expect((await store.list()).map((p) => p.id)).toEqual(['p1']);
  });

  it('indexes what is on disk when it opens, lists a damaged file as damaged, and skips files that are not projects', async () => {
    const first = await testFileStore(dir);
    await first.create(fileNamed('old', 'Old', '2026-01-01T00:00:00.000Z'));
    await first.create(fileNamed('new', 'New', '2026-02-01T00:00:00.000Z'));
    await writeFile(path.join(dir, 'broken.json'), '{"schemaVersion": 1, "me');
    await writeFile(path.join(dir, 'not an id.json'), '{}');
    await writeFile(path.join(dir, 'README.txt'), 'notes');
    const skipped: string[] = [];
    const store = await testFileStore(dir, { onSkippedFile: (file) => skipped.push(file) });
    const sizeOf = async (id: string) => (await readFile(path.join(dir, `${id}.json`))).length;
    expect(await store.list()).toEqual([
      // Dated by the file, as it has no date of its own: written last, listed first.
      expect.objectContaining({ id: 'broken', damaged: true, size: await sizeOf('broken') }),
      { id: 'new', name: 'New', updatedAt: '2026-02-01T00:00:00.000Z', size: await sizeOf('new') },
      { id: 'old', name: 'Old', updatedAt: '2026-01-01T00:00:00.000Z', size: await sizeOf('old') },
    ]);
    expect(skipped.sort()).toEqual(['broken.json', 'not an id.json']);
    expect(await readdir(dir)).toContain('broken.json');
  });

  it('answers reads of what it read last from memory, and the ETag without reading', async () => {
    await (await testFileStore(dir)).create(fileNamed('old', 'Written before'));
    const counting = countingReads();
    const store = await testFileStore(dir, { fs: counting.fs });
    const opened = counting.reads();
    const onDisk = await readFile(path.join(dir, 'old.json'));

    expect(await store.currentEtag('old')).toBe((await store.get('old'))?.etag);
    expect((await store.get('old'))?.bytes.equals(onDisk)).toBe(true);
    expect(counting.reads() - opened).toBe(1);

    // A write is not kept: its first read takes it from disk, once.
    const written = await store.create(fileNamed('new', 'Written now'));
    expect(await store.get('new')).toEqual(written);
    expect(await store.get('new')).toEqual(written);
    expect(counting.reads() - opened).toBe(2);
    expect(await store.currentEtag('missing')).toBeUndefined();
  });

  it('serves the new version after a replace, and nothing after a delete', async () => {
    const store = await testFileStore(dir);
    const first = await store.create(fileNamed('p1', 'One'));
    expect((await store.get('p1'))?.etag).toBe(first.etag);
    const second = await store.replace('p1', always, () => fileNamed('p1', 'Two'));
    expect((await store.get('p1'))?.bytes.equals(await readFile(path.join(dir, 'p1.json')))).toBe(true);
    expect((await store.get('p1'))?.etag).toBe(second.etag);
    await store.remove('p1', always);
    expect(await store.get('p1')).toBeUndefined();
    expect(await store.currentEtag('p1')).toBeUndefined();
    // Its id is free again once it is removed from the trash for good.
    await store.purge('p1');
    const again = await store.create(fileNamed('p1', 'Three'));
    expect((await store.get('p1'))?.meta.name).toBe('Three');
    expect((await store.get('p1'))?.etag).toBe(again.etag);
  });

  it('never keeps a version a write replaced while it was being read', async () => {
    const before = await (await testFileStore(dir)).create(fileNamed('p1', 'Old'));
    let paused: Promise<void> | undefined;
    let resume = () => {};
    let readDone = () => {};
    const pausingFs: StoreFs = {
      ...nodeFs,
      readFile: (async (...args: Parameters<typeof nodeFs.readFile>) => {
        const bytes = await nodeFs.readFile(...args);
        readDone();
        await paused;
        return bytes;
      }) as StoreFs['readFile'],
    };
    const store = await testFileStore(dir, { fs: pausingFs });
    // From here on, a read has its bytes, then waits for `resume`.
    paused = new Promise<void>((resolve) => {
      resume = resolve;
    });
    const read = new Promise<void>((resolve) => {
      readDone = resolve;
    });
    const pending = store.get('p1');
    await read;
    const after = await store.replace('p1', always, () => fileNamed('p1', 'New'));
    resume();
    // The read answers the version it read, whole and with its own tag...
    expect(await pending).toEqual(before);
    // ...which is not kept: the next read is the new version.
    expect(await store.get('p1')).toEqual(after);
  });

  it('keeps at most cacheBytes of projects in memory, reading the others again from disk', async () => {
    const counting = countingReads();
    const size = Buffer.byteLength(JSON.stringify(snapshotNamed('p0', 'Project 0')));
    const store = await testFileStore(dir, { fs: counting.fs, cacheBytes: size * 2.5 });
    for (const i of [0, 1, 2]) await store.create(fileNamed(`p${i}`, `Project ${i}`));
    for (const i of [0, 1, 2]) expect((await store.get(`p${i}`))?.meta.name).toBe(`Project ${i}`);
    expect(counting.reads()).toBe(3);
    expect((await store.get('p2'))?.meta.name).toBe('Project 2');
    expect((await store.get('p1'))?.meta.name).toBe('Project 1');
    expect(counting.reads()).toBe(3);
    // p0 was the least recently used when p2 was read: it is read again, and then kept in place of p2.
    expect((await store.get('p0'))?.meta.name).toBe('Project 0');
    expect(counting.reads()).toBe(4);
    expect((await store.get('p2'))?.meta.name).toBe('Project 2');
    expect(counting.reads()).toBe(5);

    // No cache, or one smaller than a project: every read is from disk.
    for (const cacheBytes of [0, size - 1]) {
      const uncached = await testFileStore(dir, { fs: counting.fs, cacheBytes });
      const before = counting.reads();
      await uncached.get('p1');
      await uncached.get('p1');
      expect(counting.reads() - before).toBe(2);
    }
  });

  it('keeps the list as JSON until the next write', async () => {
    const store = await testFileStore(dir);
    await store.create(fileNamed('p1', 'One'));
    const json = await store.listJson();
    expect(JSON.parse(json.toString())).toEqual(await store.list());
    expect(await store.listJson()).toBe(json);
    await store.replace('p1', always, () => fileNamed('p1', 'Renamed', '2026-03-01T00:00:00.000Z'));
    const renamed = fileNamed('p1', 'Renamed', '2026-03-01T00:00:00.000Z');
    expect(JSON.parse((await store.listJson()).toString())).toEqual([
      { id: 'p1', name: 'Renamed', updatedAt: '2026-03-01T00:00:00.000Z', size: renamed.bytes.length },
    ]);
    await store.remove('p1', always);
    expect((await store.listJson()).toString()).toBe('[]');
  });

  it('lists 10,000 projects from its index, without reading a file', async () => {
    const count = 10_000;
    const base = Date.parse('2026-01-01T00:00:00.000Z');
    const small = (i: number) => ({
      schemaVersion: 1,
      meta: {
        id: `p${i}`,
        name: `Project ${i}`,
        createdAt: new Date(base).toISOString(),
        updatedAt: new Date(base + i * 1000).toISOString(),
      },
    });
    for (let i = 0; i < count; i += 500) {
      await Promise.all(
        Array.from({ length: 500 }, (_, j) => writeFile(path.join(dir, `p${i + j}.json`), JSON.stringify(small(i + j)))),
      );
    }
    const counting = countingReads();
    const started = performance.now();
    const store = await testFileStore(dir, { fs: counting.fs });
    const opened = performance.now();
    expect(counting.reads()).toBe(count);

    const list = await store.list();
    await store.list();
    expect(counting.reads()).toBe(count);
    expect(list).toHaveLength(count);
    expect(list[0]).toEqual({
      id: `p${count - 1}`,
      name: `Project ${count - 1}`,
      updatedAt: new Date(base + (count - 1) * 1000).toISOString(),
      size: JSON.stringify(small(count - 1)).length,
    });
    expect(list.at(-1)?.id).toBe('p0');
    console.log(`indexed ${count} projects in ${(opened - started).toFixed(0)} ms at start; listing read 0 files`);
  }, 60_000);
});

/** How many files (and folders) this process has open: Linux lists them in /proc/self/fd. */
const openFiles = () => readdirSync('/proc/self/fd').length;

describe.runIf(existsSync('/proc/self/fd'))('FileStore open files', () => {
  it('keeps no file open per write, read, delete or purge, only its three folders, and none once closed', async () => {
    const before = openFiles();
    const store = await FileStore.open(dir);
    const rounds = 20;
    for (let i = 0; i < rounds; i++) {
      const id = `p${i}`;
      await store.create(fileNamed(id, 'One'));
      await store.replace(id, always, () => fileNamed(id, 'Two'));
      await store.get(id);
      await store.revisions(id);
      await store.revision(id, 1);
      await store.remove(id, always);
      await store.restoreFromTrash(id);
      await store.remove(id, always);
      await store.purge(id);
      await store.health();
    }
    // Its own folder, .history and .trash, each kept open for their fsyncs: not one per operation.
    expect(openFiles() - before).toBeLessThanOrEqual(3);
    await store.close();
    expect(openFiles()).toBe(before);
  });

  it('keeps no file open when a write fails', async () => {
    await (await FileStore.open(dir)).close();
    const before = openFiles();
    const store = await FileStore.open(dir, { fs: failingWritesFs('ENOSPC') });
    for (let i = 0; i < 20; i++) await expect(store.create(fileNamed(`p${i}`, 'Lost'))).rejects.toMatchObject({ code: 'ENOSPC' });
    await store.close();
    expect(openFiles()).toBe(before);
  });

  it('closes the folders it opened when it fails to open', async () => {
    // Two histories whose files were removed by hand: at open, the first goes to the trash (fsyncing the folders),
    // then reading the second fails.
    const first = await FileStore.open(dir);
    await first.create(fileNamed('a', 'Alpha'));
    await first.create(fileNamed('b', 'Beta'));
    await first.close();
    await nodeFs.unlink(path.join(dir, 'a.json'));
    await nodeFs.unlink(path.join(dir, 'b.json'));
    let historyReads = 0;
    const fs: StoreFs = {
      ...nodeFs,
      readFile: ((...args: Parameters<typeof nodeFs.readFile>) => {
        if (String(args[0]).includes(`${path.sep}.history${path.sep}`) && ++historyReads === 2) {
          return Promise.reject(diskError('EIO'));
        }
        return nodeFs.readFile(...args);
      }) as StoreFs['readFile'],
    };
    const before = openFiles();
    for (let i = 0; i < 5; i++) {
      historyReads = 0;
      await nodeFs.rm(path.join(dir, '.trash'), { recursive: true, force: true });
      await expect(FileStore.open(dir, { fs })).rejects.toMatchObject({ code: 'EIO' });
    }
    expect(openFiles()).toBe(before);
  });
});
