import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draft, tempApp } from '../testing/tempStore.js';
import { API_CSP } from './securityHeaders.js';

let ctx: Awaited<ReturnType<typeof tempApp>>;
beforeEach(async () => {
  ctx = await tempApp();
});
afterEach(async () => ctx.close());

/** What @fastify/helmet itself sets, with the options the app uses, on a reply of its own. */
async function helmetsOwnHeaders() {
  const reference = Fastify();
  await reference.register(helmet, { contentSecurityPolicy: false, frameguard: { action: 'deny' } });
  reference.get('/', async () => 'ok');
  const { headers } = await reference.inject('/');
  await reference.close();
  const { date: _d, connection: _c, 'content-length': _l, 'content-type': _t, ...set } = headers;
  return set;
}

describe('security headers', () => {
  it("puts Helmet's headers and the CSP on every kind of reply: a project, a 304, an error, a write", async () => {
    const expected = await helmetsOwnHeaders();
    expect(Object.keys(expected).length).toBeGreaterThan(8);
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/projects',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(draft()),
    });
    const url = `/api/projects/${created.json().meta.id}`;
    const replies = [
      created,
      await ctx.app.inject({ url }),
      await ctx.app.inject({ url, headers: { 'if-none-match': created.headers.etag as string } }),
      await ctx.app.inject({ url: '/api/projects' }),
      await ctx.app.inject({ url: '/api/projects/missing' }),
      await ctx.app.inject({ url: '/no/such/route' }),
    ];
    for (const res of replies) {
      expect(res.headers, `${res.statusCode}`).toMatchObject(expected);
    }
    // The API's replies, errors too, allow nothing to load or run; anything else gets the editor's policy.
    for (const res of replies.slice(0, -1)) expect(res.headers['content-security-policy']).toBe(API_CSP);
    expect(replies.at(-1)?.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
