// PostgreSQL going away under a running API server: requests answer 503 naming the database, the server keeps
// running and recovers by itself when the database is back, and neither a crash of PostgreSQL nor a SIGKILL of
// the API server loses a write that was acknowledged.
import type { Snapshot } from '@psb/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../testing/pgCluster.js';
import { type ServerProcess, startServer } from '../testing/serverProcess.js';
import { draft } from '../testing/tempStore.js';

const json = { 'content-type': 'application/json' };

/** PUTs new versions one after another, each on the ETag of the last, noting which were acknowledged. */
function writer(server: () => string, id: string, etag: string) {
  const acknowledged: string[] = [];
  let attempted: string | undefined;
  let current = etag;
  let stopped = false;
  const done = (async () => {
    for (let n = 0; !stopped; n++) {
      const name = `Version ${n}`;
      attempted = name;
      try {
        const response = await fetch(`${server()}/api/projects/${id}`, {
          method: 'PUT',
          headers: { ...json, 'if-match': current },
          body: JSON.stringify(draft(name)),
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 200) {
          acknowledged.push(name);
          current = response.headers.get('etag') as string;
        } else if (response.status === 412) {
          // The write before landed though its reply was lost: go on from what is stored.
          current = response.headers.get('etag') as string;
        } else await new Promise((resolve) => setTimeout(resolve, 50));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  })();
  return {
    acknowledged,
    attempted: () => attempted,
    async stop() {
      stopped = true;
      await done;
    },
  };
}

const waitFor = async (check: () => Promise<boolean>, ms: number) => {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeWithPostgres('PostgreSQL outages', () => {
  let cluster: PgCluster;
  let database: string;
  let server: ServerProcess;
  beforeAll(async () => {
    cluster = await startCluster();
    database = await cluster.createDatabase();
    server = await startServer({ DATABASE_URL: database, REVISIONS_KEEP: '0', RATE_LIMIT_WRITES: '0' });
  }, 90_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await cluster?.destroy();
  });

  const create = async (name: string) => {
    const response = await fetch(`${server.url}/api/projects`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(draft(name)),
    });
    expect(response.status).toBe(201);
    return { id: ((await response.json()) as Snapshot).meta.id, etag: response.headers.get('etag') as string };
  };
  const names = async (id: string) =>
    ((await (await fetch(`${server.url}/api/projects/${id}/revisions`)).json()) as { name: string }[]).map((r) => r.name);

  it('answers 503 naming the database while it is down, keeps running, and recovers by itself', async () => {
    const { id, etag } = await create('Before the outage');
    await cluster.stop('fast');
    const where = `PostgreSQL at 127.0.0.1:${cluster.port}/`;
    for (const [method, path] of [
      ['GET', '/api/projects'],
      ['GET', `/api/projects/${id}`],
      ['PUT', `/api/projects/${id}`],
    ] as const) {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...json, 'if-match': etag },
        body: method === 'PUT' ? JSON.stringify(draft('During the outage')) : undefined,
      });
      expect(response.status, `${method} ${path}`).toBe(503);
      expect(((await response.json()) as { message: string }).message).toContain(where);
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { storage: string }).storage).toContain(`${where}`);
    expect(server.child.exitCode).toBeNull();

    await cluster.start();
    await waitFor(async () => (await fetch(`${server.url}/api/projects/${id}`)).status === 200, 15_000);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const put = await fetch(`${server.url}/api/projects/${id}`, {
      method: 'PUT',
      headers: { ...json, 'if-match': etag },
      body: JSON.stringify(draft('After the outage')),
    });
    expect(put.status).toBe(200);
    expect(await names(id)).toEqual(['After the outage', 'Before the outage']);
  }, 60_000);

  it('loses no acknowledged write when PostgreSQL crashes and restarts under writes', async () => {
    const { id, etag } = await create('Start');
    const writes = writer(() => server.url, id, etag);
    await sleep(800);
    await cluster.stop('immediate');
    await sleep(300);
    await cluster.start();
    await sleep(800);
    await writes.stop();
    const stored = await names(id);
    expect(writes.acknowledged.length).toBeGreaterThan(5);
    for (const name of writes.acknowledged) expect(stored).toContain(name);
    const current = ((await (await fetch(`${server.url}/api/projects/${id}`)).json()) as Snapshot).meta.name;
    expect([writes.acknowledged.at(-1), writes.attempted()]).toContain(current);
    console.log(`reliability: PostgreSQL crashed under writes — ${writes.acknowledged.length} acknowledged writes, 0 lost`);
  }, 60_000);

  it('finishes the writes under way on SIGTERM, exits 0, and leaves no connection to the database open', async () => {
    const { id, etag } = await create('Before SIGTERM');
    const connections = async () => {
      const admin = await cluster.admin();
      try {
        const { rows } = await admin.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'page-scaffold-builder'",
        );
        return rows[0]?.n ?? 0;
      } finally {
        await admin.end();
      }
    };
    expect(await connections()).toBeGreaterThan(0);
    const put = fetch(`${server.url}/api/projects/${id}`, {
      method: 'PUT',
      headers: { ...json, 'if-match': etag },
      body: JSON.stringify(draft('Saved while stopping')),
    });
    await sleep(20);
    server.child.kill('SIGTERM');
    expect((await put).status).toBe(200);
    expect(await server.exited).toBe(0);
    await waitFor(async () => (await connections()) === 0, 5_000);
    server = await startServer({ DATABASE_URL: database, REVISIONS_KEEP: '0', RATE_LIMIT_WRITES: '0' });
    expect(await names(id)).toEqual(['Saved while stopping', 'Before SIGTERM']);
  }, 60_000);

  it('loses no acknowledged write when the API server is killed under writes', async () => {
    const { id, etag } = await create('Start');
    const writes = writer(() => server.url, id, etag);
    await sleep(800);
    server.child.kill('SIGKILL');
    await server.exited;
    server = await startServer({ DATABASE_URL: database, REVISIONS_KEEP: '0', RATE_LIMIT_WRITES: '0' });
    await sleep(800);
    await writes.stop();
    const stored = await names(id);
    expect(writes.acknowledged.length).toBeGreaterThan(5);
    for (const name of writes.acknowledged) expect(stored).toContain(name);
    console.log(
      `reliability: API server on PostgreSQL killed under writes — ${writes.acknowledged.length} acknowledged writes, 0 lost`,
    );
  }, 60_000);
});
