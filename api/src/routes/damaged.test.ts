import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, ProjectSummary } from '@psb/contracts';
import { Type } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../store/FileStore.js';
import { draft, namedFile, type tempApp, tempDir, testApp } from '../testing/tempStore.js';

type Ctx = Awaited<ReturnType<typeof tempApp>>;
let ctx: Ctx;
const TRUNCATED = '{"schemaVersion": 1, "meta": {"id": "cut", "na';

/** Opens an app over a folder holding a good project, one whose meta lacks updatedAt, and a truncated one. */
beforeEach(async () => {
  const { dir, remove } = await tempDir();
  const first = await FileStore.open(dir);
  await first.create(namedFile('good', 'Good'));
  await first.close();
  const dateless = JSON.parse(namedFile('dateless', 'Dateless').bytes.toString('utf8'));
  delete dateless.meta.updatedAt;
  await writeFile(path.join(dir, 'dateless.json'), JSON.stringify(dateless));
  await writeFile(path.join(dir, 'cut.json'), TRUNCATED);
  const store = await FileStore.open(dir);
  const app = await testApp({ store });
  ctx = {
    app,
    dir,
    store,
    close: async () => {
      await app.close();
      await remove();
    },
  };
});
afterEach(async () => ctx.close());

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  payload: JSON.stringify(body),
  headers: { 'content-type': 'application/json', ...headers },
});

/** The API's JSON error with this status, and its message. */
function errorOf(res: LightMyRequestResponse, status: number): string {
  expect(res.statusCode, res.body).toBe(status);
  expect(Value.Check(ApiError, res.json()), res.body).toBe(true);
  return res.json().message;
}

describe('damaged project files through the API', () => {
  it('lists them, marked damaged with the problem, in the list’s schema', async () => {
    const res = await ctx.app.inject({ url: '/api/projects' });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(Value.Check(Type.Array(ProjectSummary), list), res.body).toBe(true);
    const byId = Object.fromEntries(list.map((p: ProjectSummary) => [p.id, p]));
    expect(byId.good.damaged).toBeUndefined();
    expect(byId.dateless).toMatchObject({ name: 'Dateless', damaged: true, problem: 'meta.updatedAt is missing or not a date' });
    expect(byId.cut).toMatchObject({ name: 'cut.json', damaged: true, problem: expect.stringMatching(/not a whole JSON/) });
  });

  it.each(['dateless', 'cut'])('answers a read of %s with 409 naming the problem and what to do, and its ETag', async (id) => {
    const res = await ctx.app.inject({ url: `/api/projects/${id}` });
    const message = errorOf(res, 409);
    expect(message).toMatch(new RegExp(`Project "${id}" is damaged: .+Download its file \\(GET /api/projects/${id}/raw\\)`));
    expect(message).toContain(`If-Match: ${res.headers.etag}`);
  });

  it('downloads the raw bytes of a damaged file, with their ETag', async () => {
    const res = await ctx.app.inject({ url: '/api/projects/cut/raw' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(TRUNCATED);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toBe('attachment; filename="cut.json"');
    expect(res.headers.etag).toBe((await ctx.app.inject({ url: '/api/projects/cut' })).headers.etag);
    const docs = await ctx.app.inject({ url: '/docs/json' });
    expect(Object.keys(docs.json().paths)).toContain('/api/projects/{id}/raw');
  });

  it('repairs a damaged project with a PUT under its bytes’ ETag, and only under it', async () => {
    const etag = (await ctx.app.inject({ url: '/api/projects/dateless/raw' })).headers.etag as string;
    const stale = await ctx.app.inject({
      method: 'PUT',
      url: '/api/projects/dateless',
      ...json(draft('Fixed'), { 'if-match': '"other"' }),
    });
    expect(errorOf(stale, 412)).toContain(etag);
    const res = await ctx.app.inject({
      method: 'PUT',
      url: '/api/projects/dateless',
      ...json(draft('Fixed'), { 'if-match': etag }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const read = await ctx.app.inject({ url: '/api/projects/dateless' });
    expect(read.statusCode).toBe(200);
    expect(read.json().meta).toMatchObject({ id: 'dateless', name: 'Fixed', createdAt: '2026-01-02T10:00:00.000Z' });
    const listed = (await ctx.app.inject({ url: '/api/projects' })).json().find((p: ProjectSummary) => p.id === 'dateless');
    expect(listed).toEqual(expect.not.objectContaining({ damaged: true }));
  });

  it('moves a damaged project to the trash, and brings it back damaged', async () => {
    expect((await ctx.app.inject({ method: 'DELETE', url: '/api/projects/cut' })).statusCode).toBe(204);
    expect((await ctx.app.inject({ url: '/api/trash' })).json()).toEqual([expect.objectContaining({ id: 'cut' })]);
    expect((await ctx.app.inject({ method: 'POST', url: '/api/trash/cut/restore' })).statusCode).toBe(200);
    expect(errorOf(await ctx.app.inject({ url: '/api/projects/cut' }), 409)).toMatch(/damaged/);
  });

  it('answers 409, not 500, for a file damaged while the server runs', async () => {
    // A store that keeps no bytes in memory: every read goes to the disk, where the file is damaged after it started.
    const uncached = await FileStore.open(ctx.dir, { cacheBytes: 0 });
    await writeFile(path.join(ctx.dir, 'good.json'), '{"meta": 1');
    const app = await testApp({ store: uncached });
    try {
      errorOf(await app.inject({ url: '/api/projects/good' }), 409);
      const listed = (await app.inject({ url: '/api/projects' })).json().find((p: ProjectSummary) => p.id === 'good');
      expect(listed).toMatchObject({ damaged: true });
    } finally {
      await app.close();
    }
  });
});
