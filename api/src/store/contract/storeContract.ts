// Over 300 lines: every promise of the port in one suite, so that each store is held to all of them.
// What every ProjectStore promises, written once and run against each store (FileStore.contract.test.ts,
// pg/PgStore.contract.test.ts): what the routes and the editor rely on, whatever keeps the bytes.
import { richSnapshot } from '@psb/contracts/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotFile } from '../../testing/tempStore.js';
import { etagOf } from '../etag.js';
import {
  NotInTrashError,
  PreconditionFailedError,
  ProjectExistsError,
  ProjectNotFoundError,
  type ProjectStore,
  RevisionNotFoundError,
  type SnapshotFile,
} from '../ProjectStore.js';

export interface StoreOptions {
  revisionsKeep?: number;
}

/** Fresh, empty storage for one test; `open` may be called again after `close`, on the same storage (a restart). */
export interface StorageUnderTest {
  open(options?: StoreOptions): Promise<ProjectStore>;
  remove(): Promise<void>;
}

const always = () => true;
let clock = Date.parse('2026-03-01T10:00:00.000Z');
/** A version of project `id` named `name`, later than every version made before it; `padding` makes it large. */
export function version(id: string, name: string, padding = ''): SnapshotFile {
  const snapshot = richSnapshot();
  clock += 1000;
  snapshot.meta = { ...snapshot.meta, id, name, updatedAt: new Date(clock).toISOString() };
  // The store keeps bytes, not documents: a field the schema would refuse is as good as any to make them large.
  return padding ? { meta: snapshot.meta, bytes: Buffer.from(JSON.stringify({ ...snapshot, padding })) } : snapshotFile(snapshot);
}

export function describeStoreContract(name: string, storage: () => Promise<StorageUnderTest>) {
  describe(`${name}: the ProjectStore contract`, () => {
    let under: StorageUnderTest;
    const open: ProjectStore[] = [];
    const openStore = async (options?: StoreOptions) => {
      const store = await under.open(options);
      open.push(store);
      return store;
    };
    let store: ProjectStore;
    beforeEach(async () => {
      under = await storage();
      store = await openStore();
    });
    afterEach(async () => {
      await Promise.all(open.splice(0).map((s) => s.close().catch(() => {})));
      await under.remove();
    });

    const saved = async (id: string, ...names: string[]) => {
      const versions = [];
      for (const [i, n] of names.entries()) {
        versions.push(i === 0 ? await store.create(version(id, n)) : await store.replace(id, always, () => version(id, n)));
      }
      return versions;
    };

    it('gives back the exact bytes stored, with their strong ETag, and lists the project with its size', async () => {
      const file = version('a1', 'Customer portal');
      const created = await store.create(file);
      expect(created.etag).toBe(etagOf(file.bytes));
      const got = await store.get('a1');
      expect(got?.bytes.equals(file.bytes)).toBe(true);
      expect(got?.etag).toBe(created.etag);
      expect(got?.meta).toEqual(file.meta);
      expect(await store.currentEtag('a1')).toBe(created.etag);
      expect(await store.list()).toEqual([
        { id: 'a1', name: 'Customer portal', updatedAt: file.meta.updatedAt, size: file.bytes.length },
      ]);
      expect(JSON.parse((await store.listJson()).toString())).toEqual(await store.list());
    });

    it('lists the most recently changed first, and follows every write', async () => {
      await saved('old', 'Old');
      await saved('mid', 'Middle');
      await saved('new', 'New');
      expect((await store.list()).map((p) => p.id)).toEqual(['new', 'mid', 'old']);
      await store.replace('old', always, () => version('old', 'Old, edited'));
      expect((await store.list()).map((p) => [p.id, p.name])).toEqual([
        ['old', 'Old, edited'],
        ['new', 'New'],
        ['mid', 'Middle'],
      ]);
      expect(JSON.parse((await store.listJson()).toString())).toEqual(await store.list());
    });

    it('refuses to create an id that exists, live or in the trash', async () => {
      await saved('taken', 'First');
      await expect(store.create(version('taken', 'Second'))).rejects.toBeInstanceOf(ProjectExistsError);
      await store.remove('taken', always);
      await expect(store.create(version('taken', 'Third'))).rejects.toBeInstanceOf(ProjectExistsError);
      expect((await store.trash()).map((t) => t.name)).toEqual(['First']);
    });

    it('decides the ETag condition on the current version, and names the current ETag when it fails', async () => {
      const [first] = await saved('a', 'One');
      let seen: string | undefined;
      const second = await store.replace(
        'a',
        (etag) => etag === first?.etag,
        (current) => {
          seen = current.name;
          return version('a', 'Two');
        },
      );
      expect(seen).toBe('One');
      const refused = store.replace(
        'a',
        (etag) => etag === first?.etag,
        () => version('a', 'Three'),
      );
      await expect(refused).rejects.toBeInstanceOf(PreconditionFailedError);
      await expect(refused).rejects.toMatchObject({ currentEtag: second.etag });
      expect((await store.get('a'))?.meta.name).toBe('Two');
      await expect(store.remove('a', (etag) => etag === first?.etag)).rejects.toBeInstanceOf(PreconditionFailedError);
      expect(await store.currentEtag('a')).toBe(second.etag);
    });

    it('lets exactly one of 50 writers holding the same ETag win, and keeps exactly one new revision', async () => {
      const [first] = await saved('race', 'Start');
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          store.replace(
            'race',
            (etag) => etag === first?.etag,
            () => version('race', `Writer ${i}`),
          ),
        ),
      );
      const won = results.filter((r) => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof PreconditionFailedError)).toHaveLength(49);
      const winner = (won[0] as PromiseFulfilledResult<{ etag: string; meta: { name: string } }>).value;
      expect((await store.get('race'))?.etag).toBe(winner.etag);
      expect((await store.revisions('race'))?.map((r) => r.name)).toEqual([winner.meta.name, 'Start']);
    });

    it('answers unknown and malformed ids as unknown, whatever the caller passes', async () => {
      await saved('real', 'Real');
      for (const id of ['missing', '../real', 'a/b', 'x'.repeat(65), 'nul\u0000id', '', 'real.json', "r'; DROP TABLE x; --"]) {
        expect(await store.get(id)).toBeUndefined();
        expect(await store.currentEtag(id)).toBeUndefined();
        expect(await store.revisions(id)).toBeUndefined();
        expect(await store.revision(id, 1)).toBeUndefined();
        await expect(store.replace(id, always, () => version('real', 'Hijacked'))).rejects.toBeInstanceOf(ProjectNotFoundError);
        await expect(store.remove(id, always)).rejects.toBeInstanceOf(ProjectNotFoundError);
        await expect(store.restoreFromTrash(id)).rejects.toBeInstanceOf(NotInTrashError);
        await expect(store.purge(id)).rejects.toBeInstanceOf(NotInTrashError);
      }
      expect((await store.list()).map((p) => p.name)).toEqual(['Real']);
    });

    it('stores names and text in any script, emoji, quotes, control characters and U+0000 as sent', async () => {
      const name = 'Café 日本語 🚀 "quoted" \\ \u202eRTL\u202c \u0000 tab\t end';
      const file = version('uni', name);
      await store.create(file);
      expect((await store.get('uni'))?.bytes.equals(file.bytes)).toBe(true);
      expect((await store.list())[0]?.name).toBe(name);
      expect((await store.revisions('uni'))?.[0]?.name).toBe(name);
      await store.remove('uni', always);
      expect((await store.trash())[0]?.name).toBe(name);
    });

    it('stores a large document byte for byte', async () => {
      const file = version('big', 'Big', 'é'.repeat(6 * 1024 * 1024));
      expect(file.bytes.length).toBeGreaterThan(12 * 1024 * 1024);
      await store.create(file);
      const got = await store.get('big');
      expect(got?.bytes.equals(file.bytes)).toBe(true);
      expect((await store.list())[0]?.size).toBe(file.bytes.length);
    });

    describe('revisions', () => {
      it('keeps every version, the current one first, each with its exact bytes and ETag', async () => {
        const versions = await saved('a', 'One', 'Two', 'Three');
        const revisions = await store.revisions('a');
        expect(revisions?.map((r) => [r.rev, r.name, r.etag])).toEqual([
          [3, 'Three', versions[2]?.etag],
          [2, 'Two', versions[1]?.etag],
          [1, 'One', versions[0]?.etag],
        ]);
        expect(revisions?.[1]).toEqual({
          rev: 2,
          etag: versions[1]?.etag,
          updatedAt: versions[1]?.meta.updatedAt,
          name: 'Two',
          bytes: versions[1]?.bytes.length,
        });
        const two = await store.revision('a', 2);
        expect(two?.bytes.equals(versions[1]?.bytes as Buffer)).toBe(true);
        expect(two?.etag).toBe(versions[1]?.etag);
        expect(two?.meta.name).toBe('Two');
        expect(await store.revision('a', 4)).toBeUndefined();
        expect(await store.revision('a', 0)).toBeUndefined();
        expect(JSON.parse((await store.revisionsJson('a'))?.toString() ?? '')).toEqual(revisions);
      });

      it('keeps the newest revisionsKeep versions and never uses a number twice, across a restart', async () => {
        await store.close();
        store = await openStore({ revisionsKeep: 3 });
        await saved('a', 'v1', 'v2', 'v3', 'v4', 'v5');
        expect((await store.revisions('a'))?.map((r) => r.rev)).toEqual([5, 4, 3]);
        expect(await store.revision('a', 2)).toBeUndefined();
        await store.close();
        store = await openStore({ revisionsKeep: 3 });
        await store.replace('a', always, () => version('a', 'v6'));
        expect((await store.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
          [6, 'v6'],
          [5, 'v5'],
          [4, 'v4'],
        ]);
      });

      it('keeps every version with revisionsKeep 0', async () => {
        await store.close();
        store = await openStore({ revisionsKeep: 0 });
        await saved('a', ...Array.from({ length: 105 }, (_, i) => `v${i + 1}`));
        expect(await store.revisions('a')).toHaveLength(105);
      });

      it('restores an earlier version as a new one, keeping those in between, under the ETag condition', async () => {
        const versions = await saved('a', 'One', 'Two', 'Three');
        const stale = (etag: string) => etag === versions[1]?.etag;
        await expect(store.restoreRevision('a', 1, stale, () => version('a', 'never'))).rejects.toBeInstanceOf(
          PreconditionFailedError,
        );
        await expect(store.restoreRevision('a', 9, always, () => version('a', 'never'))).rejects.toBeInstanceOf(
          RevisionNotFoundError,
        );
        let restoredFrom: string | undefined;
        const restored = await store.restoreRevision(
          'a',
          1,
          (etag) => etag === versions[2]?.etag,
          (current, revision) => {
            restoredFrom = `${current.name} ← ${revision.meta.name}`;
            return version('a', revision.meta.name);
          },
        );
        expect(restoredFrom).toBe('Three ← One');
        expect((await store.get('a'))?.etag).toBe(restored.etag);
        expect((await store.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([
          [4, 'One'],
          [3, 'Three'],
          [2, 'Two'],
          [1, 'One'],
        ]);
      });
    });

    describe('trash', () => {
      it('moves a deleted project, with its history, to the trash, and brings it back as it was', async () => {
        const versions = await saved('a', 'One', 'Two');
        await saved('b', 'Other');
        await store.remove('a', always);
        expect(await store.get('a')).toBeUndefined();
        expect(await store.currentEtag('a')).toBeUndefined();
        expect(await store.revisions('a')).toBeUndefined();
        expect((await store.list()).map((p) => p.id)).toEqual(['b']);
        const [trashed] = await store.trash();
        expect(trashed).toMatchObject({ id: 'a', name: 'Two' });
        expect(Math.abs(Date.parse(trashed?.deletedAt ?? '') - Date.now())).toBeLessThan(60_000);
        await expect(store.replace('a', always, () => version('a', 'Ghost'))).rejects.toBeInstanceOf(ProjectNotFoundError);

        const back = await store.restoreFromTrash('a');
        expect(back.etag).toBe(versions[1]?.etag);
        expect(back.bytes.equals(versions[1]?.bytes as Buffer)).toBe(true);
        expect(await store.trash()).toEqual([]);
        expect((await store.revisions('a'))?.map((r) => r.name)).toEqual(['Two', 'One']);
        expect((await store.list()).map((p) => p.id).sort()).toEqual(['a', 'b']);
        await expect(store.restoreFromTrash('a')).rejects.toBeInstanceOf(NotInTrashError);
      });

      it('lists the most recently deleted first, and purges for good', async () => {
        await saved('a', 'First deleted');
        await saved('b', 'Then this');
        await store.remove('a', always);
        await new Promise((resolve) => setTimeout(resolve, 5));
        await store.remove('b', always);
        expect((await store.trash()).map((t) => t.id)).toEqual(['b', 'a']);
        await store.purge('a');
        expect((await store.trash()).map((t) => t.id)).toEqual(['b']);
        await expect(store.purge('a')).rejects.toBeInstanceOf(NotInTrashError);
        await expect(store.restoreFromTrash('a')).rejects.toBeInstanceOf(NotInTrashError);
        expect(await store.revision('a', 1)).toBeUndefined();
        // Its id is free again, with a history of its own.
        await saved('a', 'Again');
        expect((await store.revisions('a'))?.map((r) => [r.rev, r.name])).toEqual([[1, 'Again']]);
        await saved('live', 'Live');
        await expect(store.purge('live')).rejects.toBeInstanceOf(NotInTrashError);
      });
    });

    it('keeps everything acknowledged across a restart', async () => {
      await saved('a', 'One', 'Two');
      await saved('gone', 'Deleted');
      await store.remove('gone', always);
      const before = { list: await store.list(), trash: await store.trash(), revisions: await store.revisions('a') };
      await store.close();
      store = await openStore();
      expect({ list: await store.list(), trash: await store.trash(), revisions: await store.revisions('a') }).toEqual(before);
    });
  });
}
