// Graceful shutdown: SIGTERM arrives while a PUT is still uploading its body. The PUT must complete
// and be on disk, a request arriving meanwhile must get a JSON 503, and the process must exit 0.
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { request } from 'node:http';
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
});
