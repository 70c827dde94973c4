import { readdir, readFile } from 'node:fs/promises';
import { Agent, get, type IncomingMessage } from 'node:http';
import path from 'node:path';
import { ApiError, checkSnapshot, ProjectMeta, type Snapshot } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, folderContents, projectFolder, tempApp } from '../testing/tempStore.js';

/** A GET through Node's HTTP client: the status, the header names as they came on the wire, and the body. */
async function rawGet(url: URL, agent: Agent, headers: Record<string, string>) {
  const res = await new Promise<IncomingMessage>((resolve, reject) => get(url, { agent, headers }, resolve).on('error', reject));
  const chunks: Buffer[] = [];
  for await (const chunk of res) chunks.push(chunk as Buffer);
  const headerNames = res.rawHeaders.filter((_, i) => i % 2 === 0).map((name) => name.toLowerCase());
  return { status: res.statusCode, headerNames, body: Buffer.concat(chunks) };
}

let ctx: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  ctx = await tempApp();
});
afterEach(async () => ctx.close());

const json = (body: unknown) => ({ payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

async function create(name = 'Customer portal') {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/projects', ...json(draft(name)) });
  expect(res.statusCode).toBe(201);
  return { res, snapshot: res.json() as Snapshot, etag: res.headers.etag as string };
}

/** Asserts the reply is the API's JSON error shape with this status, and returns it. */
function expectError(res: LightMyRequestResponse, status: number): ApiError {
  expect(res.statusCode).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const body = res.json();
  expect(Value.Check(ApiError, body), res.body).toBe(true);
  expect(body.statusCode).toBe(status);
  expect(res.body).not.toMatch(/\/work\/|\/tmp\/|at .*\.ts:\d+|node_modules/);
  return body;
}

describe('POST /api/projects', () => {
  it('answers Prefer: return=minimal with the new project’s meta, its Location and ETag', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { 'content-type': 'application/json', prefer: 'return=minimal' },
      payload: JSON.stringify(draft('Minimal')),
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.headers['preference-applied']).toBe('return=minimal');
    const meta = res.json();
    expect(Value.Check(ProjectMeta, meta), res.body).toBe(true);
    expect(res.headers.location).toBe(`/api/projects/${meta.id}`);
    const read = await ctx.app.inject({ url: `/api/projects/${meta.id}` });
    expect(read.headers.etag).toBe(res.headers.etag);
    expect(read.json()).toEqual({ ...draft('Minimal'), meta });
  });

  it('stores a new project under a server-made id with server dates', async () => {
    const before = Date.now();
    const sent = draft();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/projects',
      ...json({ ...sent, meta: { ...sent.meta, id: 'chosen-by-client', createdAt: '2000-01-01T00:00:00.000Z' } }),
    });
    expect(res.statusCode).toBe(201);
    const stored = res.json() as Snapshot;
    expect(stored.meta.id).not.toBe('chosen-by-client');
    expect(res.headers.location).toBe(`/api/projects/${stored.meta.id}`);
    expect(res.headers.etag).toMatch(/^"[\w-]+"$/);
    expect(Date.parse(stored.meta.createdAt)).toBeGreaterThanOrEqual(before);
    expect(stored.meta.updatedAt).toBe(stored.meta.createdAt);
    expect(checkSnapshot(stored)).toEqual([]);
    const { meta: _m, ...sections } = stored;
    const { meta: _s, ...sentSections } = sent;
    expect(sections).toEqual(sentSections);
  });

  it('gives every POST a new id, even for the same body', async () => {
    const a = await create();
    const b = await create();
    expect(a.snapshot.meta.id).not.toBe(b.snapshot.meta.id);
  });

  it('keeps sections of domains it does not know', async () => {
    const body = { ...draft(), analytics: { events: [{ name: 'click', at: 1 }] } };
    const res = await ctx.app.inject({ method: 'POST', url: '/api/projects', ...json(body) });
    expect(res.statusCode).toBe(201);
    expect(res.json().analytics).toEqual(body.analytics);
  });
});

describe('GET /api/projects/:id', () => {
  it('returns the stored bytes with a strong ETag, and 304 when unchanged', async () => {
    const { res: created, etag } = await create();
    const id = created.json().meta.id;
    const res = await ctx.app.inject({ url: `/api/projects/${id}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(created.body);
    expect(res.headers.etag).toBe(etag);
    expect(res.headers['cache-control']).toBe('no-cache');

    const notModified = await ctx.app.inject({ url: `/api/projects/${id}`, headers: { 'if-none-match': etag } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
    expect((await ctx.app.inject({ url: `/api/projects/${id}`, headers: { 'if-none-match': `W/${etag}` } })).statusCode).toBe(
      304,
    );
    expect((await ctx.app.inject({ url: `/api/projects/${id}`, headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
  });

  it('answers 304 with no body and no Content-Length', async () => {
    const { snapshot, etag } = await create();
    const res = await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}`, headers: { 'if-none-match': etag } });
    expect(res.statusCode).toBe(304);
    expect(res.rawPayload).toHaveLength(0);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers.etag).toBe(etag);
  });

  it('answers 304 over a real socket with no Content-Length, and the connection stays usable', async () => {
    const { snapshot, etag } = await create();
    const url = new URL(`/api/projects/${snapshot.meta.id}`, await ctx.app.listen({ port: 0, host: '127.0.0.1' }));
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const notModified = await rawGet(url, agent, { 'if-none-match': etag });
      expect(notModified.status).toBe(304);
      expect(notModified.headerNames).not.toContain('content-length');
      expect(notModified.body).toHaveLength(0);
      // The same socket answers the next request: nothing was left unread after the 304.
      const full = await rawGet(url, agent, {});
      expect(full.status).toBe(200);
      expect(full.body.toString()).toBe(JSON.stringify(snapshot));
    } finally {
      agent.destroy();
    }
  });

  it('answers 404 for an unknown id', async () => {
    expect(expectError(await ctx.app.inject({ url: '/api/projects/nope' }), 404).message).toBe('No project with id "nope".');
  });

  it.each([
    ['a path escape', '..%2F..%2Fetc%2Fpasswd'],
    ['a NUL byte', 'abc%00def'],
    ['200 characters', 'a'.repeat(200)],
    ['a dot', 'a.json'],
    ['unicode', '%C3%A9t%C3%A9'],
  ])('refuses an id with %s with 400', async (_name, id) => {
    const error = expectError(await ctx.app.inject({ url: `/api/projects/${id}` }), 400);
    expect(error.details?.[0]?.path).toBe('/id');
  });
});

describe('GET /api/projects', () => {
  it('lists id, name, updatedAt and size in bytes, newest first', async () => {
    expect((await ctx.app.inject({ url: '/api/projects' })).json()).toEqual([]);
    const first = await create('First');
    const second = await create('Second');
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${first.snapshot.meta.id}`,
      headers: { 'content-type': 'application/json', 'if-match': first.etag },
      payload: JSON.stringify(draft('First, edited')),
    });
    const list = (await ctx.app.inject({ url: '/api/projects' })).json();
    expect(list.map((p: { name: string }) => p.name)).toEqual(['First, edited', 'Second']);
    expect(Object.keys(list[0]).sort()).toEqual(['id', 'name', 'size', 'updatedAt']);
    const stored = await ctx.app.inject({ url: `/api/projects/${second.snapshot.meta.id}` });
    expect(list[1]).toEqual({
      id: second.snapshot.meta.id,
      name: 'Second',
      updatedAt: second.snapshot.meta.updatedAt,
      size: stored.rawPayload.length,
    });
  });

  it('shows every write at once: a new project, then none once it is deleted', async () => {
    const before = await ctx.app.inject({ url: '/api/projects' });
    expect(before.headers['content-type']).toBe('application/json; charset=utf-8');
    const { snapshot } = await create('Short-lived');
    expect((await ctx.app.inject({ url: '/api/projects' })).json()).toEqual([
      { id: snapshot.meta.id, name: 'Short-lived', updatedAt: snapshot.meta.updatedAt, size: expect.any(Number) },
    ]);
    await ctx.app.inject({ method: 'DELETE', url: `/api/projects/${snapshot.meta.id}` });
    expect((await ctx.app.inject({ url: '/api/projects' })).body).toBe(before.body);
  });
});

describe('PUT /api/projects/:id', () => {
  /** A PUT of exactly these bytes. */
  const putText = (id: string, payload: string, ifMatch?: string) =>
    ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${id}`,
      headers: { 'content-type': 'application/json', ...(ifMatch ? { 'if-match': ifMatch } : {}) },
      payload,
    });
  const put = (id: string, body: unknown, ifMatch?: string) => putText(id, JSON.stringify(body), ifMatch);

  it('replaces the project when If-Match holds the current ETag, keeping createdAt', async () => {
    const { snapshot, etag } = await create();
    const res = await put(snapshot.meta.id, draft('Renamed'), etag);
    expect(res.statusCode).toBe(200);
    const stored = res.json() as Snapshot;
    expect(stored.meta).toMatchObject({ id: snapshot.meta.id, name: 'Renamed', createdAt: snapshot.meta.createdAt });
    expect(stored.meta.updatedAt > snapshot.meta.updatedAt).toBe(true);
    expect(res.headers.etag).not.toBe(etag);
    expect((await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}` })).body).toBe(res.body);
  });

  it('answers Prefer: return=minimal with the stored meta only, and stores the whole snapshot as without it', async () => {
    const { snapshot, etag } = await create();
    const sent = draft('Renamed');
    const res = await ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${snapshot.meta.id}`,
      headers: { 'content-type': 'application/json', 'if-match': etag, prefer: 'return=minimal' },
      payload: JSON.stringify(sent),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['preference-applied']).toBe('return=minimal');
    const meta = res.json();
    expect(meta).toMatchObject({ id: snapshot.meta.id, name: 'Renamed', createdAt: snapshot.meta.createdAt });
    const read = await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}` });
    expect(read.headers.etag).toBe(res.headers.etag);
    expect(read.json()).toEqual({ ...sent, meta });
  });

  it('stores the bytes as sent, spacing, key order and escapes included, with the server’s meta in place', async () => {
    const { snapshot, etag } = await create();
    const { meta, ...sections } = draft('Über \\ "quoted" {braces}');
    // Meta last, pretty-printed, a non-ASCII name and an escaped key: none of it is re-serialised.
    const sent = `\uFEFF  ${JSON.stringify({ ...sections, meta }, null, 2).replace('"schemaVersion"', '"schem\\u0061Version"')}\n`;
    const res = await putText(snapshot.meta.id, sent, etag);
    expect(res.statusCode, res.body).toBe(200);
    const stored = res.json() as Snapshot;
    expect(stored.meta).toMatchObject({ id: snapshot.meta.id, name: meta.name, createdAt: snapshot.meta.createdAt });
    const metaAt = sent.indexOf('"meta": ') + '"meta": '.length;
    expect(res.body).toBe(`${sent.slice(3, metaAt)}${JSON.stringify(stored.meta)}\n}`);
    expect((await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}` })).body).toBe(res.body);
  });

  it('stores a body with "meta" twice as JSON.parse reads it: the last one, stamped, and only once', async () => {
    const { snapshot, etag } = await create();
    const sent = `{"meta":{"name":"First"},${JSON.stringify(draft('Second')).slice(1)}`;
    const res = await putText(snapshot.meta.id, sent, etag);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body.match(/"meta"/g)).toHaveLength(1);
    expect((res.json() as Snapshot).meta).toMatchObject({ id: snapshot.meta.id, name: 'Second' });
  });

  it('requires If-Match (428), refuses a stale one naming the current tag (412) and accepts *', async () => {
    const { snapshot, etag } = await create();
    expect(expectError(await put(snapshot.meta.id, draft('No tag')), 428).message).toMatch(/If-Match/);
    const current = (await put(snapshot.meta.id, draft('Second save'), etag)).headers.etag as string;

    const stale = await put(snapshot.meta.id, draft('Stale'), etag);
    expect(expectError(stale, 412).message).toContain(current);
    expect(stale.headers.etag).toBe(current);
    expect(expectError(await put(snapshot.meta.id, draft('Weak'), `W/${current}`), 412)).toBeTruthy();

    expect((await put(snapshot.meta.id, draft('Any version'), '*')).statusCode).toBe(200);
    expect(
      (
        await put(
          snapshot.meta.id,
          draft('Listed'),
          `"x", ${(await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}` })).headers.etag}`,
        )
      ).statusCode,
    ).toBe(200);
  });

  it('answers 404 for an unknown id and 400 when meta.id names another project', async () => {
    expectError(await put('missing', draft(), '*'), 404);
    const { snapshot, etag } = await create();
    const body = draft();
    const error = expectError(await put(snapshot.meta.id, { ...body, meta: { ...body.meta, id: 'other' } }, etag), 400);
    expect(error.details).toEqual([{ path: '/meta/id', message: `Expected "${snapshot.meta.id}" or nothing.` }]);
  });

  it('lets exactly one of 50 concurrent writers with the same If-Match win', async () => {
    const { snapshot, etag } = await create();
    const replies = await Promise.all(Array.from({ length: 50 }, (_, i) => put(snapshot.meta.id, draft(`Writer ${i}`), etag)));
    const statuses = replies.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const winner = replies.find((r) => r.statusCode === 200) as LightMyRequestResponse;
    const onDisk = await readFile(path.join(ctx.dir, `${snapshot.meta.id}.json`), 'utf8');
    expect(onDisk).toBe(winner.body);
    console.log(
      `50 concurrent PUTs with one If-Match: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 412).length} × 412`,
    );
  });
});

describe('DELETE /api/projects/:id', () => {
  it('deletes (204), then answers 404; a stale If-Match is refused', async () => {
    const { snapshot, etag } = await create();
    await ctx.app.inject({
      method: 'PUT',
      url: `/api/projects/${snapshot.meta.id}`,
      headers: { 'content-type': 'application/json', 'if-match': etag },
      payload: JSON.stringify(draft('Changed')),
    });
    expectError(
      await ctx.app.inject({ method: 'DELETE', url: `/api/projects/${snapshot.meta.id}`, headers: { 'if-match': etag } }),
      412,
    );
    const res = await ctx.app.inject({ method: 'DELETE', url: `/api/projects/${snapshot.meta.id}` });
    expect(res.statusCode).toBe(204);
    expect(await projectFolder(ctx.dir)).toEqual([]);
    expectError(await ctx.app.inject({ url: `/api/projects/${snapshot.meta.id}` }), 404);
    expectError(await ctx.app.inject({ method: 'DELETE', url: `/api/projects/${snapshot.meta.id}` }), 404);
  });
});

describe('bad input', () => {
  it('refuses every kind of bad request with a JSON error and changes nothing on disk', async () => {
    const { snapshot, etag } = await create();
    const id = snapshot.meta.id;
    const before = await folderContents(ctx.dir);
    const broken = draft();
    (broken.componentTree.nodes.page as { children: string[] }).children.push('ghost');
    (broken.variables.entities['v-count'] as { defaultValue: unknown }).defaultValue = 'many';
    Object.assign(broken.meta, { name: '' });

    const cases: [string, number, InjectOptions][] = [
      ['invalid snapshot (POST)', 400, { method: 'POST', url: '/api/projects', ...json(broken) }],
      [
        'invalid snapshot (PUT)',
        400,
        {
          method: 'PUT',
          url: `/api/projects/${id}`,
          ...json(broken),
          headers: { 'content-type': 'application/json', 'if-match': etag },
        },
      ],
      [
        'malformed JSON',
        400,
        {
          method: 'POST',
          url: '/api/projects',
          headers: { 'content-type': 'application/json' },
          payload: '{"schemaVersion": 1,',
        },
      ],
      [
        'empty JSON body',
        400,
        { method: 'POST', url: '/api/projects', headers: { 'content-type': 'application/json' }, payload: '' },
      ],
      ['a JSON array', 400, { method: 'POST', url: '/api/projects', ...json([draft()]) }],
      [
        '__proto__ key',
        400,
        {
          method: 'POST',
          url: '/api/projects',
          headers: { 'content-type': 'application/json' },
          payload: `{"__proto__": {"polluted": true}, ${JSON.stringify(draft()).slice(1)}`,
        },
      ],
      [
        'constructor.prototype key',
        400,
        {
          method: 'POST',
          url: '/api/projects',
          headers: { 'content-type': 'application/json' },
          payload: `{"constructor": {"prototype": {"polluted": true}}, ${JSON.stringify(draft()).slice(1)}`,
        },
      ],
      [
        'text/plain body',
        415,
        { method: 'POST', url: '/api/projects', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(draft()) },
      ],
      [
        'XML body',
        415,
        {
          method: 'PUT',
          url: `/api/projects/${id}`,
          headers: { 'content-type': 'application/xml', 'if-match': etag },
          payload: '<project/>',
        },
      ],
      [
        'path escape in PUT',
        400,
        {
          method: 'PUT',
          url: '/api/projects/..%2F..%2Fetc%2Fpasswd',
          ...json(draft()),
          headers: { 'content-type': 'application/json', 'if-match': '*' },
        },
      ],
      ['path escape in DELETE', 400, { method: 'DELETE', url: '/api/projects/..%2F' }],
      ['a URL that does not decode', 400, { method: 'PUT', url: '/api/projects/%FF%FE', ...json(draft()) }],
      ['unknown route', 404, { method: 'PATCH', url: `/api/projects/${id}` }],
      [
        'a body that is not UTF-8',
        400,
        {
          method: 'PUT',
          url: `/api/projects/${id}`,
          headers: { 'content-type': 'application/json', 'if-match': etag },
          // A Latin-1 "é" in the name: the byte 0xE9 alone is not UTF-8.
          payload: Buffer.concat([
            Buffer.from(JSON.stringify(draft('Caf')).replace('"Caf"', '"Caf')),
            Buffer.from([0xe9]),
            Buffer.from('"}'),
          ]),
        },
      ],
    ];
    for (const [name, status, request] of cases) {
      const res = await ctx.app.inject(request);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(status);
      expectError(res, status);
    }
    expect(await folderContents(ctx.dir)).toEqual(before);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('lists every problem of an invalid snapshot with its JSON path', async () => {
    const broken = draft();
    (broken.componentTree.nodes.page as { children: string[] }).children.push('ghost');
    (broken.variables.entities['v-count'] as { defaultValue: unknown }).defaultValue = 'many';
    Object.assign(broken.meta, { name: '' });
    const error = expectError(await ctx.app.inject({ method: 'POST', url: '/api/projects', ...json(broken) }), 400);
    expect(error.message).toBe('Invalid body (3 problems).');
    expect(error.details?.map((d) => d.path)).toEqual([
      '/meta/name',
      '/componentTree/nodes/page/children/2',
      '/variables/entities/v-count/defaultValue',
    ]);
  });

  it('refuses a record key that is not an id with 400, even one holding a line break', async () => {
    const broken = draft();
    (broken.componentTree.nodes as Record<string, unknown>)['a\nb'] = null;
    const error = expectError(await ctx.app.inject({ method: 'POST', url: '/api/projects', ...json(broken) }), 400);
    expect(error.details).toEqual([
      {
        path: '/componentTree/nodes/a\nb',
        message: 'This key is not allowed. Keys here are ids: letters, digits, _ and -; 1 to 64 characters.',
      },
    ]);
  });

  it('refuses a body over the limit with 413', async () => {
    const small = await tempApp({ bodyLimit: 10_000 });
    try {
      const body = draft();
      body.meta.description = 'x'.repeat(1000);
      Object.assign(body, { padding: 'y'.repeat(20_000) });
      const res = await small.app.inject({ method: 'POST', url: '/api/projects', ...json(body) });
      expectError(res, 413);
      expect(await readdir(small.dir)).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it('never shows internals when something fails inside', async () => {
    const failing = await tempApp();
    try {
      failing.store.listJson = async () => {
        throw new Error(`EACCES: permission denied, open '${failing.dir}/index'`);
      };
      const error = expectError(await failing.app.inject({ url: '/api/projects' }), 500);
      expect(error.message).toBe('The server failed to handle this request; nothing was changed.');
    } finally {
      await failing.close();
    }
  });
});

describe('service routes', () => {
  it('answers /healthz and documents every route at /docs', async () => {
    expect((await ctx.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const doc = (await ctx.app.inject({ url: '/docs/json' })).json();
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/api/projects',
      '/api/projects/{id}',
      '/api/projects/{id}/raw',
      '/api/projects/{id}/revisions',
      '/api/projects/{id}/revisions/{rev}',
      '/api/projects/{id}/revisions/{rev}/restore',
      '/api/trash',
      '/api/trash/{id}',
      '/api/trash/{id}/restore',
      '/healthz',
    ]);
    expect(Object.keys(doc.paths['/api/projects/{id}']).sort()).toEqual(['delete', 'get', 'put']);
    expect((await ctx.app.inject({ url: '/docs' })).statusCode).toBeLessThan(400);
  });
});
