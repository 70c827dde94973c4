// HTTP hardening: security headers with a Content-Security-Policy that follows the registry, CORS off
// unless configured, a limit on writes, request and handler timeouts, JSON bodies only.

import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import path from 'node:path';
import { ApiError, type RemoteEntry } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppOptions } from '../app.js';
import { RegistryFile } from '../registry/RegistryFile.js';
import { FileStore } from '../store/FileStore.js';
import { startServer } from '../testing/serverProcess.js';
import { draft, projectFolder, tempApp, tempDir, testApp } from '../testing/tempStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

const remote = (key: string, entry: string): RemoteEntry => ({ key, name: key, entry, contract: '^1' });
const CDN = 'https://cdn.example.com';
const LOCAL = 'http://127.0.0.1:4000';

let edits = 0;
async function writeRegistry(entries: RemoteEntry[]) {
  const file = path.join(dir, 'remotes.json');
  await writeFile(file, JSON.stringify(entries));
  const when = new Date(Date.now() + ++edits * 1000);
  await utimes(file, when, when);
  return file;
}

/** The app serving a built editor, with a registry of one relative and two absolute remotes. */
async function editorApp(options: Partial<AppOptions> = {}) {
  await mkdir(path.join(dir, 'host/dist'), { recursive: true });
  await writeFile(path.join(dir, 'host/dist/index.html'), '<!doctype html><title>editor</title>');
  const file = await writeRegistry([
    remote('variables', '/remotes/variables/mf-manifest.json'),
    remote('componentTree', `${CDN}/tree/1.0.0/mf-manifest.json`),
    remote('actionFlows', `${LOCAL}/mf-manifest.json`),
  ]);
  return testApp({
    store: await FileStore.open(path.join(dir, 'projects')),
    registry: await RegistryFile.open(file, { allowedOrigins: [CDN, LOCAL, 'https://next.example.com'] }),
    web: { hostDir: path.join(dir, 'host/dist'), remotesDir: path.join(dir, 'remotes') },
    ...options,
  });
}

/** The CSP of a reply as directive → sources. */
function csp(res: LightMyRequestResponse): Record<string, string[]> {
  const header = String(res.headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

const json = (body: unknown) => ({ payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('security headers', () => {
  it("lets the editor run code only from itself and the registry's remote origins: no eval, no inline script", async () => {
    const app = await editorApp();
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    console.log(`reliability: hardening — Content-Security-Policy: ${res.headers['content-security-policy']}`);
    const policy = csp(res);
    expect(policy['script-src']).toEqual(["'self'", LOCAL, CDN]);
    expect(policy['connect-src']).toEqual(["'self'", LOCAL, CDN]);
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['script-src-attr']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'", LOCAL, CDN, "'unsafe-inline'"]);
    expect(policy['img-src']).toEqual(["'self'", LOCAL, CDN, 'data:', 'https:']);
    expect(String(res.headers['content-security-policy'])).not.toMatch(/unsafe-eval|\*/);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
    // The API's replies are JSON: nothing in them may load, run or be framed.
    const api = await app.inject({ url: '/api/projects' });
    expect(csp(api)).toEqual({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] });
    expect(api.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });
    await app.close();
  });

  it('follows the registry file as it changes, and never an origin the configuration does not allow', async () => {
    const app = await editorApp();
    await writeRegistry([remote('variables', 'https://next.example.com/v/2/mf-manifest.json')]);
    expect(csp(await app.inject({ url: '/' }))['script-src']).toEqual(["'self'", 'https://next.example.com']);

    await writeRegistry([remote('variables', 'https://evil.example/mf-manifest.json'), remote('x', `${CDN}/x/mf-manifest.json`)]);
    const policy = csp(await app.inject({ url: '/' }));
    expect(policy['script-src']).toEqual(["'self'", CDN, 'https://next.example.com']);
    expect(JSON.stringify(policy)).not.toContain('evil.example');
    await writeRegistry([remote('variables', '/remotes/variables/mf-manifest.json')]);
    expect(csp(await app.inject({ url: '/' }))['script-src']).toEqual(["'self'"]);
    await app.close();
  });

  it('cannot be widened by a query parameter', async () => {
    const app = await editorApp();
    const evil = encodeURIComponent('https://evil.example/mf-manifest.json');
    for (const url of [`/?remote=${evil}`, `/?entry=${evil}&registry=${evil}`, `/projects/abc?remotes=${evil}`]) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['content-security-policy'])).not.toContain('evil.example');
    }
    const remotes = (await app.inject({ url: `/api/remotes?entry=${evil}` })).json() as RemoteEntry[];
    expect(remotes.map((r) => r.entry).join()).not.toContain('evil.example');
    await app.close();
  });

  it('keeps /docs and /docs/json working', async () => {
    const app = await editorApp();
    const page = await app.inject({ url: '/docs/' });
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    // Every script of the page is its own file from the same origin, which script-src 'self' allows, and no inline script.
    expect(page.body).not.toMatch(/<script>|<script [^>]*>[^<\s]/);
    for (const src of scripts) expect((await app.inject({ url: path.posix.join('/docs/', src) })).statusCode).toBe(200);
    expect(csp(page)['script-src']).toContain("'self'");
    const doc = await app.inject({ url: '/docs/json' });
    expect(doc.statusCode).toBe(200);
    expect(Object.keys(doc.json().paths)).toContain('/api/projects/{id}');
    await app.close();
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS' as const,
    url: '/api/projects/p1',
    headers: { origin, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type,if-match' },
  });

  it('is off by default: another origin gets no Access-Control header', async () => {
    const ctx = await tempApp();
    expect(
      (await ctx.app.inject({ url: '/api/projects', headers: { origin: 'https://other.example' } })).headers,
    ).not.toHaveProperty('access-control-allow-origin');
    expect((await ctx.app.inject(preflight('https://other.example'))).headers).not.toHaveProperty('access-control-allow-origin');
    await ctx.close();
  });

  it('allows exactly the configured origins, with the methods and headers a client of the API needs', async () => {
    const ctx = await tempApp({ corsOrigins: ['https://admin.example'] });
    const allowed = await ctx.app.inject(preflight('https://admin.example'));
    expect(allowed.statusCode).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://admin.example');
    expect(String(allowed.headers['access-control-allow-methods'])).toContain('PUT');
    const read = await ctx.app.inject({ url: '/api/projects', headers: { origin: 'https://admin.example' } });
    expect(read.headers['access-control-allow-origin']).toBe('https://admin.example');
    expect(String(read.headers['access-control-expose-headers'])).toMatch(/etag/);
    expect((await ctx.app.inject(preflight('https://other.example'))).headers).not.toHaveProperty('access-control-allow-origin');
    await ctx.close();
  });
});

describe('rate limit on writes', () => {
  it('answers 429 with Retry-After past the limit per client, and never limits reads', async () => {
    const ctx = await tempApp({ rateLimitWrites: 5 });
    const post = (ip = '10.0.0.1') =>
      ctx.app.inject({ method: 'POST', url: '/api/projects', remoteAddress: ip, ...json(draft()) });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post()).statusCode);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    console.log(
      `reliability: hardening — writes limited to 5 a minute: replies ${statuses.join(' ')}; reads after the limit 20 × 200`,
    );
    const limited = await post();
    expect(Value.Check(ApiError, limited.json())).toBe(true);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await projectFolder(ctx.dir)).toHaveLength(5);
    expect((await post('10.0.0.2')).statusCode).toBe(201);
    for (let i = 0; i < 20; i++) {
      expect((await ctx.app.inject({ url: '/api/projects', remoteAddress: '10.0.0.1' })).statusCode).toBe(200);
    }
    await ctx.close();
  });

  // It starts the real server in a process of its own: seconds on a busy machine.
  it('is applied by the server process from RATE_LIMIT_WRITES', { timeout: 30_000 }, async () => {
    const server = await startServer({ DATA_DIR: dir, RATE_LIMIT_WRITES: '2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`${server.url}/api/projects`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(draft()),
        });
        statuses.push(res.status);
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  });
});

describe('timeouts and bodies', () => {
  it('answers a request the handler cannot finish in time with a JSON 503 that does not claim nothing changed', async () => {
    const ctx = await tempApp({ requestTimeout: 200 });
    ctx.store.listJson = () => new Promise((resolve) => setTimeout(() => resolve(Buffer.from('[]')), 1000));
    const res = await ctx.app.inject({ url: '/api/projects' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      message: 'The server took too long to answer. Reload before trying again: a change may have been stored.',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await ctx.close();
  });

  it('drops a client that stops sending its headers or its body, after REQUEST_TIMEOUT_MS', async () => {
    const server = await startServer({ DATA_DIR: dir, REQUEST_TIMEOUT_MS: '1000' });
    const stall = async (start: string) => {
      const socket = connect(Number(new URL(server.url).port), '127.0.0.1');
      socket.write(start);
      const started = Date.now();
      let reply = '';
      socket.on('data', (chunk) => (reply += chunk));
      await new Promise((resolve) => socket.on('close', resolve));
      return { status: reply.slice(0, 12), waited: Date.now() - started };
    };
    try {
      const [headers, body] = await Promise.all([
        stall('PUT /api/projects/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty'),
        stall(
          'PUT /api/projects/x HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"a":',
        ),
      ]);
      // Node answers a request whose headers never end; the handler timeout one whose body never ends. Both hang up.
      console.log(
        `reliability: hardening — REQUEST_TIMEOUT_MS=1000: stalled headers dropped after ${headers.waited} ms (408), ` +
          `stalled body after ${body.waited} ms (503)`,
      );
      expect(headers.status).toBe('HTTP/1.1 408');
      expect(body.status).toBe('HTTP/1.1 503');
      for (const { waited } of [headers, body]) {
        expect(waited).toBeGreaterThanOrEqual(900);
        expect(waited).toBeLessThan(5000);
      }
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
    }
  }, 20_000);

  it('refuses text/plain and other non-JSON bodies with 415, storing nothing', async () => {
    const ctx = await tempApp();
    for (const type of [
      'text/plain',
      'text/plain; charset=utf-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/projects',
        headers: { 'content-type': type },
        payload: JSON.stringify(draft()),
      });
      expect(res.statusCode, type).toBe(415);
      expect(Value.Check(ApiError, res.json())).toBe(true);
    }
    expect(await readdir(ctx.dir)).toEqual([]);
    await ctx.close();
  });
});
