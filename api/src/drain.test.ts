import { afterEach, describe, expect, it } from 'vitest';
import { tempApp } from './testing/tempStore.js';

let ctx: Awaited<ReturnType<typeof tempApp>> | undefined;
afterEach(async () => ctx?.close());

const slowList = (ms: number) => () => new Promise<Buffer>((resolve) => setTimeout(() => resolve(Buffer.from('[]')), ms));

describe('requests under way', () => {
  it('answers a request still running at its deadline with 503 within a quarter past it, and lets a quicker one finish', async () => {
    ctx = await tempApp({ requestTimeout: 400 });
    ctx.store.listJson = slowList(250);
    const quick = await ctx.app.inject({ url: '/api/projects' });
    expect(quick.statusCode).toBe(200);

    ctx.store.listJson = slowList(2_000);
    const started = performance.now();
    const late = await ctx.app.inject({ url: '/api/projects' });
    const waited = performance.now() - started;
    expect(late.statusCode).toBe(503);
    expect(late.headers.connection).toBe('close');
    expect(waited).toBeGreaterThanOrEqual(399);
    expect(waited).toBeLessThan(400 * 1.25 + 100);
  });

  it('lets close() wait for the requests under way', async () => {
    ctx = await tempApp();
    ctx.store.listJson = slowList(300);
    const reply = ctx.app.inject({ url: '/api/projects' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    let closed = false;
    const closing = ctx.app.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(closed).toBe(false);
    expect((await reply).statusCode).toBe(200);
    await closing;
  });
});
