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
  it("puts Helmet's headers that matter for JSON, and the API's CSP, on every kind of API reply: a project, a 304, an error, a write", async () => {
    const helmets = await helmetsOwnHeaders();
    expect(Object.keys(helmets).length).toBeGreaterThan(8);
    const forJson = {
      'strict-transport-security': helmets['strict-transport-security'],
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'cross-origin-resource-policy': 'same-origin',
      'content-security-policy': API_CSP,
    };
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
    ];
    for (const res of replies) {
      expect(res.headers, `${res.statusCode}`).toMatchObject(forJson);
      // What governs a page (referrer, opener, DNS prefetch...) is left off: under API_CSP a reply does nothing.
      expect(res.headers, `${res.statusCode}`).not.toHaveProperty('referrer-policy');
      expect(res.headers, `${res.statusCode}`).not.toHaveProperty('cross-origin-opener-policy');
    }
  });

  it("puts all of Helmet's headers and the editor's policy on anything outside the API", async () => {
    const res = await ctx.app.inject({ url: '/no/such/route' });
    expect(res.headers).toMatchObject(await helmetsOwnHeaders());
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});
