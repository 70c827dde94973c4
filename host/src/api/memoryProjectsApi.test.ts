import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { memoryProjectsApi } from './memoryProjectsApi.js';
import { ApiRequestError } from './projectsApi.js';

// The in-memory API keeps the server's rules for versions and the trash (issue 27), which the editor's tests rely on.

const body = (name: string) => JSON.stringify({ ...richSnapshot(), meta: { name } });
const status = (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof ApiRequestError ? error.status : error),
  );

describe('memoryProjectsApi: versions', () => {
  it('keeps every stored version, numbered from 1, newest first, and each one’s exact bytes', async () => {
    const api = memoryProjectsApi();
    const { snapshot, etag } = await api.create(body('One'));
    const { etag: second } = await api.replace(snapshot.meta.id, body('Two'), etag);
    const versions = await api.revisions(snapshot.meta.id);
    expect(versions.map((v) => [v.rev, v.name, v.etag])).toEqual([
      [2, 'Two', second],
      [1, 'One', etag],
    ]);
    const first = await api.revision(snapshot.meta.id, 1);
    expect(JSON.parse(first.text).meta.name).toBe('One');
    expect(versions[1]?.bytes).toBe(new TextEncoder().encode(first.text).length);
  });

  it('restores a version as a new one, only on the current ETag', async () => {
    const api = memoryProjectsApi();
    const { snapshot, etag } = await api.create(body('One'));
    const id = snapshot.meta.id;
    const { etag: current } = await api.replace(id, body('Two'), etag);
    expect(await status(api.restoreRevision(id, 1, ''))).toBe(428);
    expect(await status(api.restoreRevision(id, 1, etag))).toBe(412);
    expect(await status(api.restoreRevision(id, 9, current))).toBe(404);
    const restored = await api.restoreRevision(id, 1, current);
    expect(restored.snapshot.meta.name).toBe('One');
    expect((await api.revisions(id)).map((v) => v.rev)).toEqual([3, 2, 1]);
    expect((await api.get(id)).etag).toBe(restored.etag);
  });
});

describe('memoryProjectsApi: trash', () => {
  it('moves a deleted project, with its history, to the trash, from where it comes back or goes for good', async () => {
    const api = memoryProjectsApi();
    const { snapshot, etag } = await api.create(body('One'));
    const id = snapshot.meta.id;
    await api.replace(id, body('Two'), etag);
    await api.remove(id);
    expect(await api.list()).toEqual([]);
    expect(await status(api.get(id))).toBe(404);
    expect((await api.trash()).map((p) => [p.id, p.name])).toEqual([[id, 'Two']]);
    await api.restoreFromTrash(id);
    expect((await api.revisions(id)).map((v) => v.rev)).toEqual([2, 1]);
    await api.remove(id);
    await api.removeFromTrash(id);
    expect(await api.trash()).toEqual([]);
    expect(await status(api.restoreFromTrash(id))).toBe(404);
  });
});
