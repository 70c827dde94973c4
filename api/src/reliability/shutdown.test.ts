// Graceful shutdown: SIGTERM arrives while a PUT is still uploading its body. The PUT must complete
// and be on disk, a request arriving meanwhile must get a JSON 503, and the process must exit 0.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect } from 'node:net';
import path from 'node:path';
import { ApiError, type Snapshot } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { largeDraft } from '../testing/largeDraft.js';
import { startServer } from '../testing/serverProcess.js';
import { tempDir } from '../testing/tempStore.js';

const RUNS = 5;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts a PUT and sends half its body; the returned function sends the rest and resolves with the reply. */
async function halfSentPut(url: string, id: string, etag: string, body: string) {
  const bytes = Buffer.from(body);
  const req = request(`${url}/api/projects/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', 'content-length': bytes.length, 'if-match': etag },
  });
  const reply = once(req, 'response').then(async ([res]) => {
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk);
    return { status: res.statusCode as number, body: Buffer.concat(chunks).toString('utf8') };
  });
  reply.catch(() => {}); // awaited below; this only keeps a failure elsewhere from also reporting it unhandled
  req.write(bytes.subarray(0, bytes.length / 2));
  return async () => {
    req.end(bytes.subarray(bytes.length / 2));
    return reply;
  };
}

describe('graceful shutdown', () => {
  it(`finishes a PUT under way on SIGTERM, answers new requests 503 meanwhile, and exits 0 (${RUNS} runs)`, async () => {
    const figures = { completed: 0, onDisk: 0, refused503: 0, exit0: 0 };
    for (let run = 0; run < RUNS; run++) {
      const { dir, remove } = await tempDir();
      const server = await startServer({ DATA_DIR: dir });
      try {
        const created = await fetch(`${server.url}/api/projects`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(largeDraft('Before shutdown', 10_000)),
        });
        const id = ((await created.json()) as Snapshot).meta.id;
        const finish = await halfSentPut(
          server.url,
          id,
          created.headers.get('etag') as string,
          JSON.stringify(largeDraft('Saved during shutdown')),
        );
        await sleep(200); // the server has the headers and half the body

        server.child.kill('SIGTERM');
        await sleep(200);
        const during = await fetch(`${server.url}/api/projects`);
        const error = await during.json();
        expect(during.status).toBe(503);
        expect(Value.Check(ApiError, error)).toBe(true);
        figures.refused503++;
        expect(server.child.exitCode).toBeNull(); // still draining

        const put = await finish();
        expect(put.status, put.body.slice(0, 200)).toBe(200);
        figures.completed++;
        expect(await server.exited).toBe(0);
        figures.exit0++;
        const onDisk = await readFile(path.join(dir, `${id}.json`), 'utf8');
        expect(onDisk).toBe(put.body);
        expect((JSON.parse(onDisk) as Snapshot).meta.name).toBe('Saved during shutdown');
        figures.onDisk++;
      } finally {
        server.child.kill('SIGKILL');
        await remove();
      }
    }
    console.log(
      `reliability: shutdown — ${RUNS} SIGTERMs during a 1 MB PUT: ${figures.completed} PUTs completed, ${figures.onDisk} on disk, ` +
        `${figures.refused503} requests meanwhile answered 503, ${figures.exit0} exits with code 0`,
    );
  }, 120_000);

  it('ends on SIGTERM while clients hold an idle connection and one with half its headers sent', async () => {
    const { dir, remove } = await tempDir();
    const server = await startServer({ DATA_DIR: dir });
    const { port } = new URL(server.url);
    // What browsers open ahead of time (an idle socket), and a client that stopped in the middle of its headers.
    const idle = connect(Number(port), '127.0.0.1');
    const halfHeaders = connect(Number(port), '127.0.0.1', () => halfHeaders.write('GET /api/projects HTTP/1.1\r\nHost: 127'));
    for (const socket of [idle, halfHeaders]) socket.on('error', () => {});
    try {
      await Promise.all([once(idle, 'connect'), once(halfHeaders, 'connect')]);
      await sleep(200);
      const started = Date.now();
      server.child.kill('SIGTERM');
      const code = await Promise.race([server.exited, sleep(5_000).then(() => 'still running after 5 s')]);
      expect(code).toBe(0);
      console.log(`reliability: shutdown — with an idle and a half-open connection, exited 0 in ${Date.now() - started} ms`);
    } finally {
      idle.destroy();
      halfHeaders.destroy();
      server.child.kill('SIGKILL');
      await remove();
    }
  }, 30_000);

  it('cuts an upload still arriving after SHUTDOWN_TIMEOUT_MS, and ends', async () => {
    const { dir, remove } = await tempDir();
    const server = await startServer({ DATA_DIR: dir, SHUTDOWN_TIMEOUT_MS: '1000' });
    try {
      const created = await fetch(`${server.url}/api/projects`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(largeDraft('Before shutdown', 1_000)),
      });
      const id = ((await created.json()) as Snapshot).meta.id;
      // Half a body sent, and the rest never: without the timeout, the drain would wait for REQUEST_TIMEOUT_MS.
      await halfSentPut(server.url, id, created.headers.get('etag') as string, JSON.stringify(largeDraft('Never sent whole')));
      await sleep(200);
      const started = Date.now();
      server.child.kill('SIGTERM');
      const code = await Promise.race([server.exited, sleep(8_000).then(() => 'still running after 8 s')]);
      expect(typeof code).toBe('number');
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      expect((JSON.parse(await readFile(path.join(dir, `${id}.json`), 'utf8')) as Snapshot).meta.name).toBe('Before shutdown');
    } finally {
      server.child.kill('SIGKILL');
      await remove();
    }
  }, 30_000);
});
