import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import type { RemoteEntry } from '@psb/contracts';
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
  stop(): Promise<void>;
}

/** The real server (`npm start`'s entry) serving the production build on a free port, with its own data and registry. */
export async function startEditorServer(): Promise<EditorServer> {
  const scratch = await mkdtemp(path.join(WORK, 'server-'));
  const registryFile = path.join(scratch, 'remotes.json');
  const dataDir = path.join(scratch, 'projects');
  await writeFile(registryFile, await readFile(path.join(ROOT, 'remotes/registry.json')));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'api/src/server.ts')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      REMOTES_FILE: registryFile,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (const started = Date.now(); ; ) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() - started > 20_000) throw new Error('the server did not answer within 20 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
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
    async stop() {
      child.kill('SIGTERM');
      await once(child, 'exit');
      await rm(scratch, { recursive: true, force: true });
    },
  };
}
