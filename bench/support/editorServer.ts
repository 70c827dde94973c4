import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface EditorServer {
  url: string;
  /** Stores a project through the API; its id. */
  createProject(snapshot: object): Promise<string>;
  stop(): Promise<void>;
}

/** The real server (`npm start`'s entry, production build) on a free port, with its own data folder and registry. */
export async function startEditorServer(): Promise<EditorServer> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'psb-bench-editor-'));
  const registryFile = path.join(scratch, 'remotes.json');
  await copyFile(path.join(ROOT, 'remotes/registry.json'), registryFile);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'api/src/server.ts')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(scratch, 'projects'),
      REMOTES_FILE: registryFile,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    await rm(scratch, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url, () => child.exitCode);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    async createProject(snapshot) {
      const response = await fetch(`${url}/api/projects`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(snapshot),
      });
      if (!response.ok) throw new Error(`POST /api/projects: ${response.status} ${await response.text()}`);
      return ((await response.json()) as { meta: { id: string } }).meta.id;
    },
    stop,
  };
}

async function waitUntilAnswering(url: string, exitCode: () => number | null): Promise<void> {
  for (const started = Date.now(); ; ) {
    if (exitCode() !== null) throw new Error(`the server exited with ${exitCode()}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    if (Date.now() - started > 30_000) throw new Error('the server did not answer within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
