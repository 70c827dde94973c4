import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { RemoteEntry, Snapshot } from '@psb/contracts';
import { SERVER_NODE_FLAGS } from '../../api/src/nodeFlags.ts';
import { ROOT, WORK } from './paths.ts';

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface EditorServer {
  url: string;
  dataDir: string;
  /** The registry the server reads; edit it to ship a remote. */
  registry(): Promise<RemoteEntry[]>;
  setRegistry(entries: RemoteEntry[]): Promise<void>;
  /** Stores a project through the API, as another client would. */
  createProject(snapshot: object): Promise<Snapshot>;
  getProject(id: string): Promise<Snapshot>;
  listProjects(): Promise<{ id: string; name: string }[]>;
  /** Stops the server process (the data stays), and starts it again on the same port. */
  kill(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The real server (`npm start`'s entry) serving the production build on a free port, with its own data and registry. */
export async function startEditorServer(): Promise<EditorServer> {
  await mkdir(WORK, { recursive: true });
  const scratch = await mkdtemp(path.join(WORK, 'server-'));
  const registryFile = path.join(scratch, 'remotes.json');
  const dataDir = path.join(scratch, 'projects');
  await writeFile(registryFile, await readFile(path.join(ROOT, 'remotes/registry.json')));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  async function start() {
    const args = [...SERVER_NODE_FLAGS, '--import', 'tsx', path.join(ROOT, 'api/src/server.ts')];
    const process_ = spawn(process.execPath, args, {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        REMOTES_FILE: registryFile,
        // The fixture remotes are served from a second origin: the registry may point there.
        REMOTE_ORIGINS: process.env.FIXTURE_REMOTES_URL,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child = process_;
    for (const started = Date.now(); ; ) {
      if (process_.exitCode !== null) throw new Error(`the server exited with ${process_.exitCode}`);
      if (
        await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      if (Date.now() - started > 20_000) throw new Error('the server did not answer within 20 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  async function kill() {
    if (!child || child.exitCode !== null) return;
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
  async function api<T>(route: string, init?: RequestInit): Promise<T> {
    const response = await fetch(`${url}${route}`, init);
    if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${route}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }

  await start();
  let edits = 0;
  return {
    url,
    dataDir,
    registry: async () => JSON.parse(await readFile(registryFile, 'utf8')),
    async setRegistry(entries) {
      await writeFile(registryFile, JSON.stringify(entries, null, 2));
      // Move the mtime on, so the server sees the edit even within one clock tick.
      const when = new Date(Date.now() + ++edits * 1000);
      await utimes(registryFile, when, when);
    },
    createProject: (snapshot) =>
      api('/api/projects', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(snapshot) }),
    getProject: (id) => api(`/api/projects/${id}`),
    listProjects: () => api('/api/projects'),
    kill,
    restart: start,
    async stop() {
      await kill();
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
