// `npm run bench -- pg`: the API on PostgreSQL beside the file store, and beside what the database itself allows
// (a bare `pg` client doing the same row work), all in one run; then two API servers sharing one database.
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ProjectMeta } from '@psb/contracts';
import pg from 'pg';
import { etagOf } from '../api/src/store/etag.js';
import { PgStore } from '../api/src/store/pg/PgStore.js';
import { startCluster } from '../api/src/testing/pgCluster.js';
import { get, ourPut } from './api.js';
import { type ChildServer, startChildServer } from './support/childServer.js';
import { generateSnapshot, nodeCountForBytes } from './support/generateSnapshot.js';
import { type LoadRun, type LoadSummary, type Scenario, sideBySide } from './support/load.js';
import { draftBody, ProjectSet } from './support/projectSet.js';

export interface PgOptions {
  seconds: number;
  runs: number;
  connections: number;
}

export interface PgResult extends PgOptions {
  scenarios: Record<string, LoadSummary>;
  /** 50 PUTs holding one ETag, spread over the two servers: how many won (1 is right). */
  raceWinners: number;
}

export const PG_SCENARIO = {
  get: 'PostgreSQL: GET /api/projects/:id (100 KB)',
  fileGet: 'files: GET /api/projects/:id (100 KB)',
  ceilingRead: 'ceiling: bare pg SELECT of the row (100 KB)',
  put: 'PostgreSQL: PUT 100 KB, If-Match',
  filePut: 'files: PUT 100 KB, If-Match',
  ceilingWrite: 'ceiling: bare pg conditional UPDATE of the row (100 KB)',
  list: 'PostgreSQL: GET /api/projects (10,000 projects)',
  fileList: 'files: GET /api/projects (10,000 projects)',
  twoServers: 'PostgreSQL, two servers: PUT 100 KB, If-Match',
};

const STORED = 10_000;
/** The pool each server opens (PG_POOL_SIZE's default), and the ceiling's. */
const POOL = 10;

export async function benchPg(options: PgOptions, log: (line: string) => void = console.log): Promise<PgResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'psb-bench-pg-'));
  const cluster = await startCluster();
  const servers: ChildServer[] = [];
  try {
    return await measure(options, work, cluster, servers, log);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster.destroy();
    await rm(work, { recursive: true, force: true });
  }
}

async function measure(
  options: PgOptions,
  work: string,
  cluster: Awaited<ReturnType<typeof startCluster>>,
  servers: ChildServer[],
  log: (line: string) => void,
): Promise<PgResult> {
  const { connections } = options;
  const medium = generateSnapshot(nodeCountForBytes(100_000), 'Medium page');
  const putIds = Array.from({ length: connections }, (_, i) => `put-100k-${i}`);
  const putBody = draftBody(medium);

  // The same 10,000 projects in a folder and in a database.
  const dataDir = path.join(work, 'projects');
  await mkdir(dataDir);
  const projects = new ProjectSet(dataDir);
  const getBytes = await projects.add('get-100k', medium);
  for (const id of putIds) await projects.add(id, medium);
  await projects.fillTo(STORED);
  const database = await cluster.createDatabase();
  await copyFolder(dataDir, database);
  log(`pg: ${STORED.toLocaleString('en-US')} projects in a folder and in PostgreSQL`);

  const start = async (env: Record<string, string>) => {
    const server = await startChildServer('api', env);
    servers.push(server);
    return server;
  };
  const onPg = await start({ DATABASE_URL: database });
  const onFiles = await start({ DATA_DIR: dataDir });
  const ceilingPool = new pg.Pool({ connectionString: await ceilingTable(cluster, getBytes, connections), max: POOL });
  try {
    const scenarios: Scenario[] = [
      get(PG_SCENARIO.get, `${onPg.url}/api/projects/get-100k`, connections),
      get(PG_SCENARIO.fileGet, `${onFiles.url}/api/projects/get-100k`, connections),
      rowLoop(PG_SCENARIO.ceilingRead, connections, (i) =>
        ceilingPool.query({ name: 'read', text: 'SELECT bytes FROM ceiling WHERE id = $1', values: [`row-${i}`] }),
      ),
      ourPut(PG_SCENARIO.put, onPg.url, putIds, putBody, connections),
      ourPut(PG_SCENARIO.filePut, onFiles.url, putIds, putBody, connections),
      conditionalWrites(PG_SCENARIO.ceilingWrite, ceilingPool, getBytes, connections),
      get(PG_SCENARIO.list, `${onPg.url}/api/projects`, connections),
      get(PG_SCENARIO.fileList, `${onFiles.url}/api/projects`, connections),
    ];
    const scenarioResults: Record<string, LoadSummary> = {};
    for (const summary of await sideBySide(scenarios, options, log)) scenarioResults[summary.name] = summary;

    // A second server on the same database, each taking half the writers.
    const second = await start({ DATABASE_URL: database });
    const half = Math.max(1, Math.floor(connections / 2));
    const both = combined(PG_SCENARIO.twoServers, [
      ourPut('first', onPg.url, putIds.slice(0, half), putBody, half),
      ourPut('second', second.url, putIds.slice(half), putBody, connections - half),
    ]);
    const [twoServers] = await sideBySide([both], options, log);
    if (twoServers) scenarioResults[twoServers.name] = twoServers;
    const raceWinners = await race([onPg.url, second.url], putBody);
    log(`pg: 50 PUTs holding one ETag over two servers: ${raceWinners} won`);
    return { ...options, scenarios: scenarioResults, raceWinners };
  } finally {
    await ceilingPool.end();
  }
}

/** Each project of the folder stored in the database as the PgStore stores it, 16 at a time. */
async function copyFolder(dir: string, url: string): Promise<void> {
  const store = await PgStore.open(url, { poolSize: 16 });
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  for (let i = 0; i < names.length; i += 16) {
    await Promise.all(
      names.slice(i, i + 16).map(async (name) => {
        const bytes = await readFile(path.join(dir, name));
        await store.create({ meta: (JSON.parse(bytes.toString('utf8')) as { meta: ProjectMeta }).meta, bytes });
      }),
    );
  }
  await store.close();
}

/** A table shaped as the store's rows (text id and ETag, bytea), with one row per connection. */
async function ceilingTable(cluster: Awaited<ReturnType<typeof startCluster>>, bytes: Buffer, rows: number) {
  const url = await cluster.createDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('CREATE TABLE ceiling (id text COLLATE "C" PRIMARY KEY, etag text NOT NULL, bytes bytea NOT NULL)');
  for (let i = 0; i < rows; i++) {
    await client.query('INSERT INTO ceiling VALUES ($1, $2, $3)', [`row-${i}`, etagOf(bytes), bytes]);
  }
  await client.end();
  return url;
}

/** `connections` loops calling `call` with their number, as fast as it answers: what the database allows. */
function rowLoop(name: string, connections: number, call: (i: number) => Promise<unknown>): Scenario {
  return {
    name,
    async run(seconds) {
      const started = performance.now();
      const until = started + seconds * 1000;
      const latencies: number[] = [];
      await Promise.all(
        Array.from({ length: connections }, async (_, i) => {
          while (performance.now() < until) {
            const t = performance.now();
            await call(i);
            latencies.push(performance.now() - t);
          }
        }),
      );
      latencies.sort((a, b) => a - b);
      const at = (q: number) => Math.round(latencies[Math.floor(q * (latencies.length - 1))] ?? Number.NaN);
      return { reqPerSec: latencies.length / ((performance.now() - started) / 1000), p50: at(0.5), p99: at(0.99), unexpected: 0 };
    },
  };
}

/** The store's write without the server: each loop replaces its row where the ETag is the one it last wrote. */
function conditionalWrites(name: string, pool: pg.Pool, bytes: Buffer, connections: number): Scenario {
  const etags = Array.from({ length: connections }, () => etagOf(bytes));
  let version = 0;
  return rowLoop(name, connections, async (i) => {
    // New bytes each time, as a save's are: the same length, another ETag.
    const next = Buffer.from(bytes);
    next.writeUInt32BE(++version, 0);
    const etag = etagOf(next);
    const { rowCount } = await pool.query({
      name: 'write',
      text: 'UPDATE ceiling SET bytes = $2, etag = $3 WHERE id = $1 AND etag = $4',
      values: [`row-${i}`, next, etag, etags[i]],
    });
    if (rowCount !== 1) throw new Error('the ceiling lost its own ETag');
    etags[i] = etag;
  });
}

/** Scenarios run at the same time, as one: their rates add up. */
function combined(name: string, parts: Scenario[]): Scenario {
  return {
    name,
    async run(seconds): Promise<LoadRun> {
      const runs = await Promise.all(parts.map((p) => p.run(seconds)));
      return {
        reqPerSec: runs.reduce((sum, r) => sum + r.reqPerSec, 0),
        p50: Math.max(...runs.map((r) => r.p50)),
        p99: Math.max(...runs.map((r) => r.p99)),
        unexpected: runs.reduce((sum, r) => sum + r.unexpected, 0),
      };
    },
  };
}

/** 50 PUTs holding one ETag, alternating between the servers: the number of 200s. */
async function race(urls: string[], bytes: Buffer): Promise<number> {
  const body = bytes.toString('utf8');
  const created = await fetch(`${urls[0]}/api/projects`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  const { meta } = (await created.json()) as { meta: ProjectMeta };
  const etag = created.headers.get('etag') ?? '';
  const statuses = await Promise.all(
    Array.from({ length: 50 }, (_, i) =>
      fetch(`${urls[i % urls.length]}/api/projects/${meta.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'if-match': etag },
        body,
      }).then((r) => r.status),
    ),
  );
  return statuses.filter((s) => s === 200).length;
}
