// The API's throughput and latency beside its ceilings and a peer, all in one run. Each server runs in its own
// Node process (production mode, logger off); autocannon drives it from this one over loopback.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from 'autocannon';
import { historyOffServer, REVISION_SCENARIO, type RevisionsResult, revisionsServer } from './revisions.js';
import { type ChildServer, startChildServer } from './support/childServer.js';
import { durableWriteRate } from './support/durableWrites.js';
import { generateSnapshot, nodeCountForBytes } from './support/generateSnapshot.js';
import { httpScenario, type LoadSummary, type Scenario, sideBySide } from './support/load.js';
import { draftBody, ProjectSet } from './support/projectSet.js';

export interface ApiOptions {
  /** Seconds of each measured run. */
  seconds: number;
  /** Measured runs of each scenario (the median is reported). */
  runs: number;
  connections: number;
}

export interface ApiResult extends ApiOptions {
  /** Every scenario by its name (see SCENARIO). */
  scenarios: Record<string, LoadSummary>;
  bytes: { get: number; put: number; putLarge: number };
  /** The revision history's part (bench/revisions.ts). */
  revisions?: RevisionsResult;
}

/** The scenarios' names, as the table and the targets refer to them. */
export const SCENARIO = {
  hello: 'Fastify hello world',
  bare: 'bare Fastify route, same bytes from memory',
  get: 'GET /api/projects/:id',
  get304: 'GET /api/projects/:id, If-None-Match → 304',
  peerGet: 'json-server GET /projects/:id',
  list: 'GET /api/projects (10,000 projects)',
  list1: 'GET /api/projects (10,000 projects), 1 connection',
  put: (stored: number) => `PUT 100 KB, ${stored.toLocaleString('en-US')} stored`,
  peerPut: (stored: number) => `json-server PUT 100 KB, ${stored.toLocaleString('en-US')} stored`,
  putLarge: 'PUT 2 MB, 1,000 stored',
  ceiling: 'ceiling: JSON.parse + durable write, 100 KB',
  ceilingLarge: 'ceiling: JSON.parse + durable write, 2 MB',
};

export const STORE_SIZES = [100, 1_000, 10_000];

export async function benchApi(options: ApiOptions, log: (line: string) => void = console.log): Promise<ApiResult> {
  const work = await mkdtemp(path.join(tmpdir(), 'psb-bench-api-'));
  const servers: ChildServer[] = [];
  try {
    return await measure(options, work, servers, log);
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * One store of each size, each served by our server and json-server, all at once: their scenarios take turns in
 * every round, so that a slow moment of the machine hits each size alike, and the three sizes' PUTs run back to
 * back, so that what ran just before them is the same for all three.
 * Our three servers hold the same projects to write; the store of 1,000 also holds the one read and the 2 MB ones.
 */
async function measure(
  options: ApiOptions,
  work: string,
  servers: ChildServer[],
  log: (line: string) => void,
): Promise<ApiResult> {
  const { connections } = options;
  const medium = generateSnapshot(nodeCountForBytes(100_000), 'Medium page');
  const large = generateSnapshot(nodeCountForBytes(2_000_000), 'Large page');
  const putIds = Array.from({ length: connections }, (_, i) => `put-100k-${i}`);
  const putLargeIds = Array.from({ length: connections }, (_, i) => `put-2m-${i}`);
  const putBody = draftBody(medium);
  const putLargeBody = draftBody(large);
  const start = async (entry: Parameters<typeof startChildServer>[0], env: Record<string, string>) => {
    const server = await startChildServer(entry, env);
    servers.push(server);
    return server;
  };

  // By kind, so that in each round the three stores' PUTs run back to back, and so do json-server's.
  const puts: Scenario[] = [];
  const peerPuts: Scenario[] = [];
  const others: Scenario[] = [];
  let getSize = 0;
  let revisions: RevisionsResult | undefined;
  for (const stored of STORE_SIZES) {
    const dataDir = path.join(work, `projects-${stored}`);
    await mkdir(dataDir);
    const projects = new ProjectSet(dataDir);
    const reads = stored === 1_000;
    if (reads) getSize = (await projects.add('get-100k', medium)).length;
    for (const id of putIds) await projects.add(id, medium);
    if (reads) for (const id of putLargeIds) await projects.add(id, large, { apiOnly: true });
    await projects.fillTo(stored);
    const dbFile = path.join(work, `db-${stored}.json`);
    await projects.writeJsonServerDb(dbFile);
    // The same store with history off, its PUTs right after these (bench/revisions.ts).
    const off = reads ? await historyOffServer(dataDir, path.join(work, 'history-off'), (env) => start('api', env)) : undefined;
    const api = await start('api', { DATA_DIR: dataDir });
    const peer = await start('jsonServer', { DB_FILE: dbFile });
    log(`api: ${stored.toLocaleString('en-US')} projects stored and served`);
    puts.push(ourPut(SCENARIO.put(stored), api.url, putIds, putBody, connections));
    if (off) puts.push(ourPut(REVISION_SCENARIO.putOff, off.url, putIds, putBody, connections));
    peerPuts.push(peerPut(SCENARIO.peerPut(stored), peer.url, putIds, putBody, connections));
    if (reads) {
      const reference = await start('reference', { BYTES_FILE: path.join(dataDir, 'get-100k.json') });
      const etag = (await fetch(`${api.url}/api/projects/get-100k`)).headers.get('etag') ?? '';
      others.push(
        get(SCENARIO.hello, `${reference.url}/`, connections),
        get(SCENARIO.bare, `${reference.url}/bytes`, connections),
        get(SCENARIO.get, `${api.url}/api/projects/get-100k`, connections),
        httpScenario({
          name: SCENARIO.get304,
          options: { url: `${api.url}/api/projects/get-100k`, connections, headers: { 'if-none-match': etag } },
          expectStatus: 304,
        }),
        get(SCENARIO.peerGet, `${peer.url}/projects/get-100k`, connections),
        ceiling(SCENARIO.ceiling, putBody, path.join(work, 'ceiling'), connections),
        ourPut(SCENARIO.putLarge, api.url, putLargeIds, putLargeBody, connections),
        ceiling(SCENARIO.ceilingLarge, putLargeBody, path.join(work, 'ceiling'), connections),
      );
      const history = await revisionsServer(path.join(work, 'revisions'), medium, (env) => start('api', env));
      revisions = history.result;
      log(`api: a project of ${revisions.revisions} revisions listed first in ${revisions.firstListMs.toFixed(0)} ms`);
      others.push(get(REVISION_SCENARIO.list, history.url, connections));
    }
    if (stored === 10_000) {
      others.push(get(SCENARIO.list, `${api.url}/api/projects`, connections), get(SCENARIO.list1, `${api.url}/api/projects`, 1));
    }
  }
  const scenarios: Record<string, LoadSummary> = {};
  for (const summary of await sideBySide([...puts, ...peerPuts, ...others], options, log)) scenarios[summary.name] = summary;
  return { ...options, scenarios, bytes: { get: getSize, put: putBody.length, putLarge: putLargeBody.length }, revisions };
}

export const get = (name: string, url: string, connections: number) => httpScenario({ name, options: { url, connections } });

/**
 * PUTs as the editor sends them: each connection replaces its own project, sends the ETag of the version it
 * last stored in If-Match, and asks for the minimal reply (the stored meta, not the document back). The tags are
 * read again before each run, so that a write still under way when the last run stopped does not turn the next
 * run's first request into a 412.
 */
export function ourPut(name: string, url: string, ids: string[], body: Buffer, connections: number): Scenario {
  const etags = new Map<string, string>();
  const readTags = async () => {
    await idle(url);
    for (const id of ids) etags.set(id, (await fetch(`${url}/api/projects/${id}`)).headers.get('etag') ?? '');
  };
  let next = 0;
  return httpScenario({
    name,
    prepare: readTags,
    settle: () => idle(url),
    options: {
      url,
      connections,
      setupClient(client: Client) {
        const id = ids[next++ % ids.length] as string;
        client.setRequests([
          {
            method: 'PUT',
            path: `/api/projects/${id}`,
            headers: { 'content-type': 'application/json', prefer: 'return=minimal' },
            body,
            setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'if-match': etags.get(id) ?? '' } }),
            onResponse: (_status, _body, _context, headers) => {
              const etag = headers.etag ?? headers.ETag;
              if (etag) etags.set(id, etag);
            },
          },
        ]);
      },
    },
  });
}

/** json-server has no ETags: each connection PUTs its own project, unconditionally. */
function peerPut(name: string, url: string, ids: string[], body: Buffer, connections: number): Scenario {
  let next = 0;
  return httpScenario({
    name,
    // json-server writes synchronously: this answer waits until the writes left in flight are done.
    settle: async () => void (await fetch(`${url}/projects/bg-000099`)).arrayBuffer(),
    options: {
      url,
      connections,
      setupClient(client: Client) {
        const id = ids[next++ % ids.length] as string;
        client.setRequests([{ method: 'PUT', path: `/projects/${id}`, headers: { 'content-type': 'application/json' }, body }]);
      },
    },
  });
}

function ceiling(name: string, bytes: Buffer, dir: string, concurrency: number): Scenario {
  return {
    name,
    async run(seconds) {
      const rate = await durableWriteRate(bytes, dir, { seconds, concurrency });
      return { reqPerSec: rate, p50: Number.NaN, p99: Number.NaN, unexpected: 0 };
    },
  };
}

/** Lets the writes a stopped run left in flight finish (the API answers /healthz while its disk is still busy). */
async function idle(url: string): Promise<void> {
  await fetch(`${url}/healthz`).then((r) => r.arrayBuffer());
  await new Promise((resolve) => setTimeout(resolve, 250));
}
