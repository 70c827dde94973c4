import { afterEach, describe, expect, it } from 'vitest';
import { refusingFs } from '../testing/quotaFs.js';
import { draft, tempApp } from '../testing/tempStore.js';

let ctx: Awaited<ReturnType<typeof tempApp>> | undefined;
afterEach(async () => {
  await ctx?.close();
  ctx = undefined;
});

const json = (body: unknown) => ({ payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

describe('GET /healthz', () => {
  it('answers 200 ok while the storage takes writes', async () => {
    ctx = await tempApp();
    const res = await ctx.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('answers 503 unhealthy over a read-only folder, naming it and what to fix', async () => {
    ctx = await tempApp({ fs: refusingFs('EROFS') });
    const res = await ctx.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(503);
    const body = res.json();
    expect(body.status).toBe('unhealthy');
    expect(body.storage).toContain(ctx.dir);
    expect(body.storage).toMatch(/read-only.*mount it read-write, or set DATA_DIR/);
  });

  it('says healthy again once the folder is fixed, without a restart', async () => {
    const fs = refusingFs('EACCES');
    ctx = await tempApp({ fs });
    expect((await ctx.app.inject({ url: '/healthz' })).statusCode).toBe(503);
    fs.refuse(false);
    expect((await ctx.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });
});

describe('a write to storage that refuses it', () => {
  it.each(['EROFS', 'EACCES', 'EPERM'])('answers 503 naming the folder (%s), not a generic 500', async (code) => {
    ctx = await tempApp({ fs: refusingFs(code) });
    const res = await ctx.app.inject({ method: 'POST', url: '/api/projects', ...json(draft('Refused')) });
    expect(res.statusCode).toBe(503);
    expect(res.json().message).toContain(ctx.dir);
    expect(res.json().message).toContain(code);
    expect(res.json().message).toMatch(/Nothing was changed/);
    const list = await ctx.app.inject({ url: '/api/projects' });
    expect(list.json()).toEqual([]);
  });
});
