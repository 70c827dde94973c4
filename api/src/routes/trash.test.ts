import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, ProjectSummary, type Snapshot, TrashedProject } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../store/FileStore.js';
import { draft, folderContents, tempApp, testApp } from '../testing/tempStore.js';

let ctx: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  ctx = await tempApp();
});
afterEach(async () => ctx.close());

async function create(name: string) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/projects',
    headers: { 'content-type': 'application/json' },
    payload: draft(name),
  });
  expect(res.statusCode).toBe(201);
  return { id: (res.json() as Snapshot).meta.id, res };
}

const remove = (id: string) => ctx.app.inject({ method: 'DELETE', url: `/api/projects/${id}` });
const trash = async () => {
  const res = await ctx.app.inject({ url: '/api/trash' });
  expect(res.statusCode).toBe(200);
  return res.json() as TrashedProject[];
};
const restore = (id: string) => ctx.app.inject({ method: 'POST', url: `/api/trash/${id}/restore` });
const purge = (id: string) => ctx.app.inject({ method: 'DELETE', url: `/api/trash/${id}` });

function expectError(res: LightMyRequestResponse, status: number): ApiError {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(Value.Check(ApiError, body), res.body).toBe(true);
  return body;
}

describe('DELETE /api/projects/:id and GET /api/trash', () => {
  it('moves a deleted project to the trash, most recently deleted first', async () => {
    const a = await create('Alpha');
    const b = await create('Beta');
    const before = Date.now();
    expect((await remove(a.id)).statusCode).toBe(204);
    expect((await remove(b.id)).statusCode).toBe(204);
    expect((await ctx.app.inject({ url: `/api/projects/${a.id}` })).statusCode).toBe(404);
    expect((await ctx.app.inject({ url: '/api/projects' })).json()).toEqual([]);

    const listed = await trash();
    expect(listed.every((t) => Value.Check(TrashedProject, t))).toBe(true);
    expect(listed.map((t) => [t.id, t.name])).toEqual([
      [b.id, 'Beta'],
      [a.id, 'Alpha'],
    ]);
    expect(Date.parse(listed[1]?.deletedAt ?? '')).toBeGreaterThanOrEqual(before - 1);
    expect((await ctx.app.inject({ url: `/api/projects/${a.id}/revisions` })).statusCode).toBe(404);
  });

  it('answers an empty list when nothing was deleted', async () => {
    expect(await trash()).toEqual([]);
  });
});

describe('POST /api/trash/:id/restore', () => {
  it('brings the project back under its id, byte for byte, with its history; answers its summary, ETag and Location', async () => {
    const { id } = await create('Alpha');
    const read = await ctx.app.inject({ url: `/api/projects/${id}` });
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${id}`,
      headers: { 'content-type': 'application/json', 'if-match': read.headers.etag as string },
      payload: draft('Alpha 2'),
    });
    const saved = await ctx.app.inject({ url: `/api/projects/${id}` });
    const history = (await ctx.app.inject({ url: `/api/projects/${id}/revisions` })).body;
    await remove(id);

    const res = await restore(id);
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json();
    expect(Value.Check(ProjectSummary, summary)).toBe(true);
    const { meta } = saved.json() as Snapshot;
    expect(summary).toEqual({ id, name: 'Alpha 2', updatedAt: meta.updatedAt, size: saved.rawPayload.length });
    expect(res.headers.etag).toBe(saved.headers.etag);
    expect(res.headers.location).toBe(`/api/projects/${id}`);

    const back = await ctx.app.inject({ url: `/api/projects/${id}` });
    expect(back.body).toBe(saved.body);
    expect(back.headers.etag).toBe(saved.headers.etag);
    expect((await ctx.app.inject({ url: `/api/projects/${id}/revisions` })).body).toBe(history);
    expect((await ctx.app.inject({ url: '/api/projects' })).json()).toEqual([summary]);
    expect(await trash()).toEqual([]);
  });

  it('answers 404 for a project not in the trash, 400 for an id that cannot be one', async () => {
    const { id } = await create('Alpha');
    expect(expectError(await restore(id), 404).message).toBe(`No project with id "${id}" in the trash.`);
    expectError(await restore('missing'), 404);
    expectError(await restore('not%20an%20id'), 400);
  });

  it('answers 409 when a file of that id has appeared meanwhile, and keeps the project in the trash', async () => {
    const { id } = await create('Alpha');
    await remove(id);
    const other = await readFile(path.join(ctx.dir, `${id}.json`)).catch(() => undefined);
    expect(other).toBeUndefined();
    // Another tool put a project under that id.
    await writeFile(path.join(ctx.dir, `${id}.json`), JSON.stringify({ put: 'by hand' }));
    expect(expectError(await restore(id), 409).message).toBe(`A project with id "${id}" exists already.`);
    expect((await trash()).map((t) => t.id)).toEqual([id]);
    expect(await readFile(path.join(ctx.dir, `${id}.json`), 'utf8')).toBe('{"put":"by hand"}');
  });
});

describe('DELETE /api/trash/:id', () => {
  it('removes a deleted project and its history for good', async () => {
    const { id } = await create('Alpha');
    const kept = await create('Kept');
    await remove(id);
    const res = await purge(id);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(await trash()).toEqual([]);
    expectError(await restore(id), 404);
    expectError(await purge(id), 404);
    expect(Object.keys(await folderContents(ctx.dir)).filter((file) => file.includes(id))).toEqual([]);
    expect((await ctx.app.inject({ url: `/api/projects/${kept.id}` })).statusCode).toBe(200);
  });

  it('answers 404 for a live project or an unknown one, 400 for an id that cannot be one', async () => {
    const { id } = await create('Alpha');
    expectError(await purge(id), 404);
    expect((await ctx.app.inject({ url: `/api/projects/${id}` })).statusCode).toBe(200);
    expectError(await purge('missing'), 404);
    expectError(await purge('not%20an%20id'), 400);
  });
});

describe('TRASH_DAYS', () => {
  it('removes for good, when the server starts, what was deleted longer ago than the trash keeps', async () => {
    const old = await create('Old');
    const recent = await create('Recent');
    await remove(old.id);
    await remove(recent.id);
    // Deleted 31 days ago, as its marker says.
    const marker = path.join(ctx.dir, '.trash', `${old.id}.json`);
    const entry = JSON.parse(await readFile(marker, 'utf8'));
    await writeFile(marker, JSON.stringify({ ...entry, deletedAt: new Date(Date.now() - 31 * 86_400_000).toISOString() }));

    const app = await testApp({ store: await FileStore.open(ctx.dir), trashDays: 30 });
    try {
      const listed = (await app.inject({ url: '/api/trash' })).json() as TrashedProject[];
      expect(listed.map((t) => t.id)).toEqual([recent.id]);
      expect(Object.keys(await folderContents(ctx.dir)).filter((file) => file.includes(old.id))).toEqual([]);
    } finally {
      await app.close();
    }
  });
});
