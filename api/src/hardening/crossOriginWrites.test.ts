import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { draft, tempApp } from '../testing/tempStore.js';
import { registerCrossOriginWriteCheck } from './crossOriginWrites.js';

/** A server whose every route counts the requests that reached it. */
async function server(corsOrigins: string[] = []) {
  const app = Fastify();
  registerCrossOriginWriteCheck(app, corsOrigins);
  let reached = 0;
  app.all('/api/trash/:id/restore', async () => {
    reached++;
    return { ok: true };
  });
  await app.ready();
  return { app, reached: () => reached };
}

const EDITOR = 'http://localhost:3000';

describe('writes sent by a page of another site', () => {
  it('are refused before they reach a route: another origin of the same server, a redirect, another port', async () => {
    const { app, reached } = await server();
    const attempts: Record<string, string>[] = [
      // Chromium, from the editor on localhost to the same server by 127.0.0.1 (a "simple" POST, sent unasked).
      { host: '127.0.0.1:3000', origin: EDITOR, 'sec-fetch-site': 'cross-site' },
      // Another port of this machine is the same site, not the same origin.
      { host: 'localhost:3000', origin: 'http://localhost:5173', 'sec-fetch-site': 'same-site' },
      // A browser without Sec-Fetch-Site: the Origin names another host.
      { host: '127.0.0.1:3000', origin: EDITOR },
      // A request that a redirect led here: the browser hides where it came from.
      { host: '127.0.0.1:3000', origin: 'null' },
    ];
    for (const headers of attempts) {
      for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
        const reply = await app.inject({ method, url: '/api/trash/p1/restore', headers });
        expect(reply.statusCode, `${method} ${JSON.stringify(headers)}`).toBe(403);
        expect(reply.json().message).toMatch(/^This server takes changes only from its own pages \(and CORS_ORIGINS\)/);
      }
    }
    expect(reached()).toBe(0);
    await app.close();
  });

  it('pass from the server’s own pages, from CORS_ORIGINS and from clients that are not browsers; reads pass', async () => {
    const { app, reached } = await server(['https://tools.example.com']);
    const allowed: Record<string, string>[] = [
      { host: 'localhost:3000', origin: EDITOR, 'sec-fetch-site': 'same-origin' },
      { host: 'localhost:3000', origin: EDITOR },
      { host: 'localhost:3000', origin: 'https://tools.example.com', 'sec-fetch-site': 'cross-site' },
      { host: 'localhost:3000', 'sec-fetch-site': 'none' },
      // curl, Node's fetch, the e2e harness.
      { host: 'localhost:3000' },
    ];
    for (const headers of allowed) {
      const reply = await app.inject({ method: 'POST', url: '/api/trash/p1/restore', headers });
      expect(reply.statusCode, JSON.stringify(headers)).toBe(200);
    }
    const read = await app.inject({
      url: '/api/trash/p1/restore',
      headers: { host: '127.0.0.1:3000', origin: EDITOR, 'sec-fetch-site': 'cross-site' },
    });
    expect(read.statusCode).toBe(200);
    expect(reached()).toBe(allowed.length + 1);
    await app.close();
  });
});

describe('the API refuses writes from another site', () => {
  it('leaves a project in place when a page on 127.0.0.1 asks to delete it from the editor on localhost', async () => {
    const ctx = await tempApp();
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { 'content-type': 'application/json', origin: EDITOR, 'sec-fetch-site': 'same-origin' },
      payload: JSON.stringify(draft('Kept')),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().meta.id;
    const attack = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/projects/${id}`,
      headers: { host: '127.0.0.1:3000', origin: EDITOR, 'sec-fetch-site': 'cross-site' },
    });
    expect(attack.statusCode).toBe(403);
    expect((await ctx.app.inject({ url: `/api/projects/${id}` })).statusCode).toBe(200);
    await ctx.close();
  });
});
