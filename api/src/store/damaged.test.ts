import { readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { namedFile, tempDir } from '../testing/tempStore.js';
import { FileStore } from './FileStore.js';

let dir: string;
let remove: () => Promise<void>;
let store: FileStore | undefined;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await remove();
});

/** Writes `text` as project `id`'s file, last modified at `modified`. */
async function writeDamaged(id: string, text: string, modified = '2026-03-01T00:00:00.000Z') {
  await writeFile(path.join(dir, `${id}.json`), text);
  await utimes(path.join(dir, `${id}.json`), new Date(modified), new Date(modified));
}

/** A stored project whose meta lacks updatedAt, as a hand edit or another tool may leave it. */
function withoutUpdatedAt(id: string, name: string) {
  const snapshot = JSON.parse(namedFile(id, name).bytes.toString('utf8'));
  snapshot.meta.createdAt = '2026-01-05T00:00:00.000Z';
  delete snapshot.meta.updatedAt;
  return JSON.stringify(snapshot);
}

async function openWithDamage() {
  const first = await FileStore.open(dir);
  await first.create(namedFile('good', 'Good'));
  await first.close();
  const good = JSON.parse(await readFile(path.join(dir, 'good.json'), 'utf8'));
  await writeDamaged('no-date', withoutUpdatedAt('no-date', 'Dateless'), '2026-04-01T00:00:00.000Z');
  await writeDamaged('cut', '{"schemaVersion": 1, "me', '2026-02-01T00:00:00.000Z');
  await writeDamaged('garbage', '\u0000\u0001 not json at all');
  await writeDamaged('other', JSON.stringify({ ...good, meta: { ...good.meta, id: 'someone-else' } }));
  store = await FileStore.open(dir);
  return { store, goodUpdatedAt: good.meta.updatedAt as string };
}

describe('a FileStore over damaged project files', () => {
  it('lists them, marked damaged with the problem, at their file’s date', async () => {
    const { store, goodUpdatedAt } = await openWithDamage();
    const list = await store.list();
    // Newest first, a damaged file at its readable date or else its file's modification time.
    expect(list.map((p) => p.id)).toEqual(['no-date', 'garbage', 'cut', 'good', 'other']);
    const byId = Object.fromEntries(list.map((p) => [p.id, p]));
    expect(byId.good).toEqual(expect.not.objectContaining({ damaged: true }));
    expect(byId.good?.updatedAt).toBe(goodUpdatedAt);
    expect(byId['no-date']).toMatchObject({
      name: 'Dateless',
      updatedAt: '2026-04-01T00:00:00.000Z',
      damaged: true,
      problem: 'meta.updatedAt is missing or not a date',
    });
    expect(byId.cut).toMatchObject({ name: 'cut.json', updatedAt: '2026-02-01T00:00:00.000Z', damaged: true });
    expect(byId.cut?.problem).toMatch(/not a whole JSON snapshot/);
    expect(byId.garbage).toMatchObject({ name: 'garbage.json', damaged: true });
    expect(byId.other).toMatchObject({ name: 'Good', damaged: true, problem: 'its meta.id is not the id in its file name' });
  });

  it('gives a damaged file’s exact bytes with its problem, and takes a replace under its bytes’ ETag', async () => {
    const { store } = await openWithDamage();
    const damaged = await store.get('no-date');
    expect(damaged?.problem).toMatch(/updatedAt/);
    expect(damaged?.bytes.toString('utf8')).toBe(withoutUpdatedAt('no-date', 'Dateless'));
    const repaired = await store.replace(
      'no-date',
      (etag) => etag === damaged?.etag,
      (current) => {
        expect(current.createdAt).toBe('2026-01-05T00:00:00.000Z');
        return namedFile('no-date', 'Repaired');
      },
    );
    expect(repaired.problem).toBeUndefined();
    expect((await store.list()).find((p) => p.id === 'no-date')).toEqual(
      expect.not.objectContaining({ damaged: true, problem: expect.anything() }),
    );
    // The damaged version is kept in the history, as every replaced version is.
    const revisions = await store.revisions('no-date');
    expect(revisions?.map((r) => r.name)).toEqual(['Repaired', 'Dateless']);
    const kept = await store.revision('no-date', revisions?.[1]?.rev ?? 0);
    expect(kept?.bytes.toString('utf8')).toBe(withoutUpdatedAt('no-date', 'Dateless'));
    expect(kept?.problem).toMatch(/updatedAt/);
    await expect(
      store.restoreRevision(
        'no-date',
        revisions?.[1]?.rev ?? 0,
        () => true,
        (m) => ({ meta: m, bytes: Buffer.from('{}') }),
      ),
    ).rejects.toThrow(/Version 1 of project "no-date" is damaged/);
  });

  it('moves a damaged project to the trash and brings it back as it was', async () => {
    const { store } = await openWithDamage();
    await store.remove('cut', () => true);
    expect((await store.list()).map((p) => p.id)).not.toContain('cut');
    expect(await store.trash()).toEqual([expect.objectContaining({ id: 'cut', name: 'cut.json' })]);
    const back = await store.restoreFromTrash('cut');
    expect(back.problem).toMatch(/not a whole JSON snapshot/);
    expect((await store.list()).find((p) => p.id === 'cut')).toMatchObject({ damaged: true });
    expect(await readFile(path.join(dir, 'cut.json'), 'utf8')).toBe('{"schemaVersion": 1, "me');
  });

  it('finds a file damaged while it runs at its next read, and lists it so', async () => {
    store = await FileStore.open(dir, { cacheBytes: 0 });
    await store.create(namedFile('later', 'Later'));
    await writeFile(path.join(dir, 'later.json'), '{"truncat');
    const read = await store.get('later');
    expect(read?.problem).toMatch(/not a whole JSON snapshot/);
    expect(read?.bytes.toString('utf8')).toBe('{"truncat');
    expect(await store.currentEtag('later')).toBe(read?.etag);
    expect((await store.list())[0]).toMatchObject({ id: 'later', damaged: true });
  });
});
