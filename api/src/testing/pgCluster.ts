// A throwaway PostgreSQL cluster for tests: made by initdb in a temp folder, started on a free loopback port, and
// removed after. Nothing depends on a server already running; without PostgreSQL installed the tests that need it
// are skipped with a line saying how to enable them, except under CI, where they must run.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { describe } from 'vitest';

const run = promisify(execFile);
const PG_ROOT = '/usr/lib/postgresql';
/** The role the store connects as: it owns its database and is not a superuser, as in production. */
export const APP_ROLE = 'psb_app';

/** The folder of PostgreSQL's programs: PG_BIN, or the newest Debian install. */
function findBin(): string | undefined {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  if (!existsSync(PG_ROOT)) return undefined;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => existsSync(path.join(PG_ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && path.join(PG_ROOT, versions[0], 'bin');
}

export const PG_BIN = findBin();
export const PG_MISSING =
  'PostgreSQL tests skipped: install PostgreSQL (Debian: apt-get install postgresql) or set PG_BIN to the folder of its initdb.';

/** `describe` for tests that need PostgreSQL: skipped, saying so, when it is not installed; an error under CI. */
export function describeWithPostgres(name: string, body: () => void) {
  if (PG_BIN) return describe(name, body);
  if (process.env.CI) throw new Error(`${PG_MISSING} CI must run them (.ci/run installs it).`);
  console.warn(PG_MISSING);
  return describe.skip(name, body);
}

/** initdb refuses to run as root: as root, the cluster belongs to the `postgres` user. */
const asRoot = process.getuid?.() === 0;
const pgCommand = (program: string, args: string[]) =>
  asRoot
    ? run('runuser', ['-u', 'postgres', '--', path.join(PG_BIN ?? '', program), ...args])
    : run(path.join(PG_BIN ?? '', program), args);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface PgCluster {
  port: number;
  /** A fresh database owned by the application role, and its URL. */
  createDatabase(): Promise<string>;
  /** Connects as the superuser, for what a test does behind the store's back. */
  admin(database?: string): Promise<pg.Client>;
  /** Stops the server: `immediate` is a crash (no checkpoint, the WAL replayed at the next start). */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

/** Makes and starts a cluster in a temp folder; the durability settings are PostgreSQL's defaults but fsync. */
export async function startCluster(): Promise<PgCluster> {
  if (!PG_BIN) throw new Error(PG_MISSING);
  const dir = await mkdtemp(path.join(tmpdir(), 'psb-pg-'));
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    await chown(dir, Number(stdout), Number(gid));
  }
  const data = path.join(dir, 'data');
  await pgCommand('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  let port = 0;
  const start = async () => {
    // A free port can be taken between finding it and binding it: try another.
    for (let attempt = 0; ; attempt++) {
      port ||= await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
      try {
        await pgCommand('pg_ctl', ['start', '-w', '-t', '60', '-D', data, '-l', path.join(dir, 'log'), '-o', options]);
        return;
      } catch (error) {
        if (attempt >= 3) throw error;
        port = 0;
      }
    }
  };
  await start();
  const admin = async (database = 'postgres') => {
    const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', database });
    await client.connect();
    return client;
  };
  const setup = await admin();
  await setup.query(`CREATE ROLE ${APP_ROLE} LOGIN`);
  await setup.end();
  let databases = 0;
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pgCommand('pg_ctl', ['stop', '-w', '-D', data, '-m', mode]);
  };
  return {
    get port() {
      return port;
    },
    async createDatabase() {
      const name = `psb_test_${++databases}`;
      const client = await admin();
      try {
        await client.query(`CREATE DATABASE ${name} OWNER ${APP_ROLE}`);
      } finally {
        await client.end();
      }
      return `postgres://${APP_ROLE}@127.0.0.1:${port}/${name}`;
    },
    admin,
    stop,
    start,
    async destroy() {
      await stop('immediate').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}
