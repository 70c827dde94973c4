import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApiError, ProjectMeta, RevisionSummary, type Snapshot } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, tempApp } from '../testing/tempStore.js';

let ctx: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  ctx = await tempApp();
});
afterEach(async () => ctx.close());

const jsonHeaders = { 'content-type': 'application/json' };

/** A project saved as versions named `names`, in order: its id, and each version's reply. */
async function savedAs(...names: string[]) {
  const [first = 'First', ...rest] = names;
  const created = await ctx.app.inject({ method: 'POST', url: '/api/projects', headers: jsonHeaders, payload: draft(first) });
  expect(created.statusCode).toBe(201);
  const id = (created.json() as Snapshot).meta.id;
  const replies = [created];
  for (const name of rest) {
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${id}`,
      headers: { ...jsonHeaders, 'if-match': replies.at(-1)?.headers.etag as string },
      payload: draft(name),
    });
    expect(res.statusCode).toBe(200);
    replies.push(res);
  }
  return { id, replies, etag: replies.at(-1)?.headers.etag as string };
}

const listOf = async (id: string) => {
  const res = await ctx.app.inject({ url: `/api/projects/${id}/revisions` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as RevisionSummary[];
};

function expectError(res: LightMyRequestResponse, status: number): ApiError {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json();
  expect(Value.Check(ApiError, body), res.body).toBe(true);
  expect(body.statusCode).toBe(status);
  return body;
}

const restore = (id: string, rev: number | string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: `/api/projects/${id}/revisions/${rev}/restore`, headers });

describe('GET /api/projects/:id/revisions', () => {
  it('lists every stored version, newest (the current one) first, with its rev, ETag, date, name and size', async () => {
    const { id, replies } = await savedAs('One', 'Two', 'Three');
    const list = await listOf(id);
    expect(list.every((r) => Value.Check(RevisionSummary, r))).toBe(true);
    expect(list).toEqual(
      [...replies].reverse().map((res, i) => {
        const { meta } = res.json() as Snapshot;
        return { rev: 3 - i, etag: res.headers.etag, updatedAt: meta.updatedAt, name: meta.name, bytes: res.rawPayload.length };
      }),
    );
    const current = await ctx.app.inject({ url: `/api/projects/${id}` });
    expect(list[0]?.etag).toBe(current.headers.etag);
  });

  it('answers 404 for a project that does not exist, and 400 for an id that cannot be one', async () => {
    expect(expectError(await ctx.app.inject({ url: '/api/projects/missing/revisions' }), 404).message).toBe(
      'No project with id "missing".',
    );
    expectError(await ctx.app.inject({ url: '/api/projects/not%20an%20id/revisions' }), 400);
  });

  it('keeps only the newest REVISIONS_KEEP versions; the rev numbers go on growing', async () => {
    const small = await tempApp({ revisionsKeep: 2 });
    try {
      const created = await small.app.inject({
        method: 'POST',
        url: '/api/projects',
        headers: jsonHeaders,
        payload: draft('v1'),
      });
      const id = (created.json() as Snapshot).meta.id;
      let etag = created.headers.etag as string;
      for (const name of ['v2', 'v3', 'v4']) {
        const res = await small.app.inject({
          method: 'PUT',
          url: `/api/projects/${id}`,
          headers: { ...jsonHeaders, 'if-match': etag },
          payload: draft(name),
        });
        etag = res.headers.etag as string;
      }
      const list = (await small.app.inject({ url: `/api/projects/${id}/revisions` })).json() as RevisionSummary[];
      expect(list.map((r) => [r.rev, r.name])).toEqual([
        [4, 'v4'],
        [3, 'v3'],
      ]);
      expect((await small.app.inject({ url: `/api/projects/${id}/revisions/2` })).statusCode).toBe(404);
    } finally {
      await small.close();
    }
  });
});

describe('GET /api/projects/:id/revisions/:rev', () => {
  it('answers an earlier version exactly as it was stored, with its ETag', async () => {
    const { id, replies } = await savedAs('One', 'Two');
    const first = replies[0] as LightMyRequestResponse;
    const res = await ctx.app.inject({ url: `/api/projects/${id}/revisions/1` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers.etag).toBe(first.headers.etag);
    expect(res.rawPayload.equals(first.rawPayload)).toBe(true);
    expect((await ctx.app.inject({ url: `/api/projects/${id}/revisions/2` })).body).toBe(
      await readFile(path.join(ctx.dir, `${id}.json`), 'utf8'),
    );
  });

  it('answers 404 for a revision never stored, or of a project that does not exist, and 400 for a number that is not one', async () => {
    const { id } = await savedAs('One');
    expect(expectError(await ctx.app.inject({ url: `/api/projects/${id}/revisions/2` }), 404).message).toBe(
      `Project "${id}" has no revision 2: it never existed or is no longer kept.`,
    );
    expectError(await ctx.app.inject({ url: '/api/projects/missing/revisions/1' }), 404);
    for (const rev of ['0', '-1', '1.5', 'one', '1e3', '9999999999999999']) {
      expectError(await ctx.app.inject({ url: `/api/projects/${id}/revisions/${rev}` }), 400);
    }
  });
});

describe('POST /api/projects/:id/revisions/:rev/restore', () => {
  it('makes an earlier version the current one, as a new version, keeping those in between', async () => {
    const { id, replies, etag } = await savedAs('One', 'Two', 'Three');
    const [first, , third] = replies.map((r) => r.json() as Snapshot);
    const res = await restore(id, 1, { 'if-match': etag });
    expect(res.statusCode, res.body).toBe(200);
    const restored = res.json() as Snapshot;
    // The first version's content and name; the project's id and creation; a date after the version it replaced.
    expect(restored).toEqual({ ...first, meta: { ...first?.meta, updatedAt: restored.meta.updatedAt } });
    expect(restored.meta.updatedAt > (third?.meta.updatedAt ?? '')).toBe(true);
    expect(restored.meta.createdAt).toBe(first?.meta.createdAt);

    const current = await ctx.app.inject({ url: `/api/projects/${id}` });
    expect(current.body).toBe(res.body);
    expect(current.headers.etag).toBe(res.headers.etag);
    expect((await listOf(id)).map((r) => [r.rev, r.name, r.etag === res.headers.etag])).toEqual([
      [4, 'One', true],
      [3, 'Three', false],
      [2, 'Two', false],
      [1, 'One', false],
    ]);
    const list = (await ctx.app.inject({ url: '/api/projects' })).json();
    expect(list).toEqual([{ id, name: 'One', updatedAt: restored.meta.updatedAt, size: res.rawPayload.length }]);
  });

  it('answers like a PUT: with Prefer: return=minimal, the stored meta only', async () => {
    const { id, etag } = await savedAs('One', 'Two');
    const res = await restore(id, 1, { 'if-match': etag, prefer: 'return=minimal' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['preference-applied']).toBe('return=minimal');
    const meta = res.json();
    expect(Value.Check(ProjectMeta, meta)).toBe(true);
    expect(meta.name).toBe('One');
    expect(res.headers.etag).toBe((await ctx.app.inject({ url: `/api/projects/${id}` })).headers.etag);
  });

  it('answers 428 without If-Match and 412 with a stale one, changing nothing', async () => {
    const { id, replies, etag } = await savedAs('One', 'Two');
    const before = await listOf(id);
    expect(expectError(await restore(id, 1), 428).message).toMatch(/If-Match/);
    const stale = await restore(id, 1, { 'if-match': replies[0]?.headers.etag as string });
    expectError(stale, 412);
    expect(stale.headers.etag).toBe(etag);
    expect(await listOf(id)).toEqual(before);
  });

  it('answers 404 for a revision or a project that does not exist, 400 for a bad number', async () => {
    const { id, etag } = await savedAs('One');
    expectError(await restore(id, 7, { 'if-match': etag }), 404);
    expectError(await restore('missing', 1, { 'if-match': '*' }), 404);
    expectError(await restore(id, 0, { 'if-match': etag }), 400);
    expect((await listOf(id)).map((r) => r.rev)).toEqual([1]);
  });

  it('is documented with the types the host reads', async () => {
    const doc = (await ctx.app.inject({ url: '/docs/json' })).json();
    const list = doc.paths['/api/projects/{id}/revisions'].get.responses['200'].content['application/json'].schema;
    expect(list.type).toBe('array');
    expect(Object.keys(doc.paths['/api/projects/{id}/revisions/{rev}/restore'].post.responses).sort()).toEqual([
      '200',
      '400',
      '404',
      '409',
      '412',
      '428',
      '503',
    ]);
  });
});
