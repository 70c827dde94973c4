// Uploads the server refuses before reading them: a body over the limit (413), or one arriving on a kept-alive
// connection while the server stops (503). The client is told why, instead of having its connection reset
// (EPIPE) while it is still sending.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer } from '../testing/serverProcess.js';
import { draft, tempDir } from '../testing/tempStore.js';

const LIMIT = 16 * 1024 * 1024;
// A server process of its own, as clients meet it: in this process the server would read faster than it sends.
let server: ServerProcess;
let folder: Awaited<ReturnType<typeof tempDir>>;
let url: string;
beforeAll(async () => {
  folder = await tempDir();
  server = await startServer({ DATA_DIR: folder.dir, RATE_LIMIT_WRITES: '0' });
  url = server.url;
}, 30_000);
afterAll(async () => {
  server?.child.kill('SIGKILL');
  await folder?.remove();
});

/** node:http sending `body` whole after its headers, as most clients do; resolves with the status, or the error. */
function send(body: Buffer, agent?: Agent, to = url): Promise<number | string> {
  return new Promise((resolve) => {
    const sent = request(
      `${to}/api/projects`,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': body.length } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
    sent.end(body);
  });
}

describe('bodies over the limit', () => {
  it('answers 413 to node:http, on fresh and on reused connections, for one byte over and far over', async () => {
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    const results: (number | string)[] = [];
    for (let i = 0; i < 6; i++) {
      results.push(await send(Buffer.alloc(LIMIT + 1, 32)));
      results.push(await send(Buffer.alloc(LIMIT * 8, 32), keepAlive));
    }
    keepAlive.destroy();
    expect(results).toEqual(Array(12).fill(413));
  }, 60_000);

  it('answers 413 to fetch', async () => {
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${url}/api/projects`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: Buffer.alloc(LIMIT * 4, 32),
      });
      expect(response.status).toBe(413);
      expect(((await response.json()) as { message: string }).message).toMatch(/too large/i);
    }
  }, 60_000);
});

describe('uploads arriving while the server stops', () => {
  it('answers 503 to a body sent on a kept-alive connection during the drain, and still stores the upload under way', async () => {
    const dir = await tempDir();
    const stopping = await startServer({ DATA_DIR: dir.dir, RATE_LIMIT_WRITES: '0' });
    const keepAlive = new Agent({ keepAlive: true, maxSockets: 1 });
    // The kept-alive connection, open before the stop.
    expect((await fetch(`${stopping.url}/healthz`)).status).toBe(200);
    await new Promise<void>((resolve) =>
      request(`${stopping.url}/healthz`, { agent: keepAlive }, (r) => r.resume().on('end', resolve)).end(),
    );
    // An upload under way keeps the drain going: half its body now, the rest later.
    const body = Buffer.from(JSON.stringify(draft('Uploaded while stopping')));
    const slow = request(`${stopping.url}/api/projects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': body.length },
    });
    const slowStatus = new Promise<number>((resolve) => slow.on('response', (r) => resolve(r.resume().statusCode ?? 0)));
    slow.write(body.subarray(0, 100));
    await new Promise((resolve) => setTimeout(resolve, 200));
    stopping.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    const duringDrain: (number | string)[] = [];
    for (let i = 0; i < 3; i++) duringDrain.push(await send(Buffer.alloc(4 * 1024 * 1024, 32), keepAlive, stopping.url));
    slow.end(body.subarray(100));
    expect(await slowStatus).toBe(201);
    expect(await stopping.exited).toBe(0);
    keepAlive.destroy();
    await dir.remove();
    expect(duringDrain[0]).toBe(503);
    // Each 503 closes its connection: the next request opens a new one, which a stopping server no longer accepts.
    expect(duringDrain.slice(1).every((r) => r === 503 || r === 'ECONNREFUSED')).toBe(true);
  }, 60_000);
});
