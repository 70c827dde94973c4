import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runServerToExit, type ServerProcess, startServer } from './testing/serverProcess.js';
import { draft, projectFolder, tempDir } from './testing/tempStore.js';

let dir: string;
let remove: () => Promise<void>;
let server: ServerProcess | undefined;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => {
  server?.child.kill('SIGKILL');
  server = undefined;
  await remove();
});

const send = (url: string, method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

// Each test starts the real server in a process of its own: seconds on a busy machine.
describe('the server process', { timeout: 30_000 }, () => {
  it('stores what it is sent in DATA_DIR: the bytes on disk are what GET returns, and no temp file remains', async () => {
    server = await startServer({ DATA_DIR: dir });
    const created = await send(`${server.url}/api/projects`, 'POST', draft('Real server'));
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { meta: { id: string } }).meta.id;
    const saved = await send(`${server.url}/api/projects/${id}`, 'PUT', draft('Saved again'), {
      'if-match': created.headers.get('etag') as string,
    });
    expect(saved.status).toBe(200);

    const read = await fetch(`${server.url}/api/projects/${id}`);
    const body = await read.text();
    const onDisk = await readFile(path.join(dir, `${id}.json`), 'utf8');
    expect(onDisk).toBe(body);
    expect(JSON.parse(onDisk)).toEqual(JSON.parse(body));
    expect(JSON.parse(onDisk).meta.name).toBe('Saved again');
    expect(await projectFolder(dir)).toEqual([`${id}.json`]);
    expect(await (await fetch(`${server.url}/api/projects`)).json()).toEqual([
      { id, name: 'Saved again', updatedAt: JSON.parse(body).meta.updatedAt, size: Buffer.byteLength(onDisk) },
    ]);
  });

  it('exits 0 on SIGTERM', async () => {
    server = await startServer({ DATA_DIR: dir });
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('refuses to start on a bad setting, naming it', async () => {
    const { code, output } = await runServerToExit({ PORT: 'eighty', DATA_DIR: dir });
    expect(code).toBe(1);
    expect(output).toContain('PORT must be a whole number');
  });
});
