// Disk full: writers fill a small disk while readers keep asking. A write that meets ENOSPC must
// answer 507 with the JSON error, leave the project's previous file byte for byte, leave no temp
// file, and the server must keep serving. Run on a real 6 MiB tmpfs when this machine lets the test
// mount one (root), and always through a store whose file system has a quota and fails like a full disk.
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot, SnapshotDraft } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { largeDraft } from '../testing/largeDraft.js';
import { quotaFs } from '../testing/quotaFs.js';
import { startServer } from '../testing/serverProcess.js';
import { tempApp, tempDir } from '../testing/tempStore.js';

const DISK = 6 * 1024 * 1024;
const WRITERS = 4;
const PUTS_PER_WRITER = 40;
const FULL_ERROR = {
  statusCode: 507,
  error: 'Insufficient Storage',
  message: 'The server has no room left to store this; nothing was changed.',
};

interface Reply {
  status: number;
  etag: string | undefined;
  body: string;
}
type Send = (method: string, url: string, body?: unknown, headers?: Record<string, string>) => Promise<Reply>;

interface Figures {
  puts: number;
  stored: number;
  full: number;
  reads: number;
}

/** Writers PUT snapshots of 0.3 to 2 MB to their own project, readers read, all at once; checks every reply. */
async function fillTheDisk(send: Send, dir: string): Promise<Figures> {
  const figures: Figures = { puts: 0, stored: 0, full: 0, reads: 0 };
  const projects: { id: string; etag: string; bytes: string }[] = [];
  for (let i = 0; i < WRITERS; i++) {
    const res = await send('POST', '/api/projects', largeDraft(`Project ${i}`, 300_000));
    expect(res.status).toBe(201);
    projects.push({ id: (JSON.parse(res.body) as Snapshot).meta.id, etag: res.etag as string, bytes: res.body });
  }
  let writing = true;

  const writer = async (project: (typeof projects)[number], w: number) => {
    for (let n = 0; n < PUTS_PER_WRITER; n++) {
      const size = 300_000 + ((n * 7 + w * 13) % 18) * 100_000;
      const body: SnapshotDraft = largeDraft(`Project ${w} version ${n}`, size);
      const res = await send('PUT', `/api/projects/${project.id}`, body, { 'if-match': project.etag });
      figures.puts++;
      if (res.status === 200) {
        figures.stored++;
        project.etag = res.etag as string;
        project.bytes = res.body;
      } else {
        expect(res.status, res.body.slice(0, 200)).toBe(507);
        expect(JSON.parse(res.body)).toEqual(FULL_ERROR);
        figures.full++;
      }
      // Only this writer writes this project: its file must be the last version acknowledged, whatever happened.
      expect(await readFile(path.join(dir, `${project.id}.json`), 'utf8')).toBe(project.bytes);
    }
  };
  const reader = async () => {
    while (writing) {
      const list = await send('GET', '/api/projects');
      expect(list.status).toBe(200);
      const one = projects[figures.reads % projects.length] as (typeof projects)[number];
      expect((await send('GET', `/api/projects/${one.id}`)).status).toBe(200);
      figures.reads += 2;
      // Reads answered from memory never wait for I/O: in process (inject), let the writers' file system calls run.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  const readers = [reader(), reader()];
  await Promise.all(projects.map(writer));
  writing = false;
  await Promise.all(readers);

  expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  for (const project of projects) {
    const res = await send('GET', `/api/projects/${project.id}`);
    expect(res.body).toBe(project.bytes);
  }
  // Room made (a project deleted, then removed from the trash with its history), the next write goes through: the
  // server was never stuck.
  const [first, second] = projects as [(typeof projects)[number], (typeof projects)[number]];
  expect((await send('DELETE', `/api/projects/${first.id}`)).status).toBe(204);
  expect((await send('DELETE', `/api/trash/${first.id}`)).status).toBe(204);
  expect((await send('PUT', `/api/projects/${second.id}`, largeDraft('After', 10_000), { 'if-match': second.etag })).status).toBe(
    200,
  );
  expect((await send('GET', '/healthz')).status).toBe(200);
  return figures;
}

const report = (where: string, f: Figures) =>
  console.log(
    `reliability: disk full (${where}) — ${f.puts} PUTs of 0.3–2 MB by ${WRITERS} writers with ${f.reads} reads alongside: ` +
      `${f.stored} stored, ${f.full} × 507, 0 other failures, 0 damaged files, 0 temp files left, still serving`,
  );

/** Mounts a tmpfs of `bytes` at a new folder, or says why it cannot. */
function mountTmpfs(dir: string, bytes: number): string | undefined {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
    return undefined;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim() || 'mount failed';
  }
}

describe('disk full', () => {
  it('answers 507 and keeps every file whole on a real 6 MiB tmpfs, through the server process', async (context) => {
    const scratch = await tempDir();
    const disk = path.join(scratch.dir, 'disk');
    await mkdir(disk);
    const refused = mountTmpfs(disk, DISK);
    if (refused) {
      console.log(`reliability: disk full (tmpfs) — skipped, cannot mount a tmpfs here: ${refused}`);
      await scratch.remove();
      context.skip();
    }
    const server = await startServer({ DATA_DIR: disk, RATE_LIMIT_WRITES: '0' });
    try {
      const send: Send = async (method, url, body, headers = {}) => {
        const res = await fetch(`${server.url}${url}`, {
          method,
          headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        return { status: res.status, etag: res.headers.get('etag') ?? undefined, body: await res.text() };
      };
      const figures = await fillTheDisk(send, disk);
      report('real 6 MiB tmpfs, server process', figures);
      expect(figures.full).toBeGreaterThan(0);
      expect(figures.stored).toBeGreaterThan(0);
    } finally {
      server.child.kill('SIGKILL');
      await server.exited;
      execFileSync('umount', [disk]);
      await rmdir(disk);
      await scratch.remove();
    }
  }, 120_000);

  it('answers 507 and keeps every file whole when the file system runs out of room under load', async () => {
    const fs = quotaFs(DISK);
    const ctx = await tempApp({ fs });
    try {
      const send: Send = async (method, url, body, headers = {}) => {
        const res = await ctx.app.inject({
          method: method as 'GET',
          url,
          headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
          ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        });
        return { status: res.statusCode, etag: res.headers.etag as string | undefined, body: res.body };
      };
      const figures = await fillTheDisk(send, ctx.dir);
      report('file system with a 6 MiB quota, in process', figures);
      expect(figures.full).toBeGreaterThan(0);
      expect(fs.failures()).toBe(figures.full);
    } finally {
      await ctx.close();
    }
  }, 120_000);
});
