// Two API server processes on one database, as behind a load balancer: each sees the other's writes at once, and
// If-Match is decided by the database, so that racing writers spread across both still have one winner.
import type { ProjectSummary, Snapshot } from '@psb/contracts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../../testing/pgCluster.js';
import { type ServerProcess, startServer } from '../../testing/serverProcess.js';
import { draft } from '../../testing/tempStore.js';

describeWithPostgres('two API servers on one database', () => {
  let cluster: PgCluster;
  let servers: ServerProcess[] = [];
  beforeAll(async () => {
    cluster = await startCluster();
    const url = await cluster.createDatabase();
    servers = await Promise.all([startServer({ DATABASE_URL: url }), startServer({ DATABASE_URL: url })]);
  }, 90_000);
  afterAll(async () => {
    for (const server of servers) server.child.kill('SIGKILL');
    await cluster?.destroy();
  });

  const [a, b] = [0, 1].map((i) => (path: string, init?: RequestInit) => fetch(`${servers[i]?.url}${path}`, init));
  const json = { 'content-type': 'application/json' };
  const create = async (name: string) => {
    const response = await (a as typeof fetch)('/api/projects', {
      method: 'POST',
      headers: json,
      body: JSON.stringify(draft(name)),
    });
    expect(response.status).toBe(201);
    return { id: ((await response.json()) as Snapshot).meta.id, etag: response.headers.get('etag') as string };
  };

  it('reads through one server what was written through the other, at once, and lists the same on both', async () => {
    const serverA = a as typeof fetch;
    const serverB = b as typeof fetch;
    const { id, etag } = await create('Written through A');
    const read = await serverB(`/api/projects/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe(etag);

    // A keeps the list it read; B's write must still show in A's next list.
    expect(((await (await serverA('/api/projects')).json()) as ProjectSummary[]).find((p) => p.id === id)?.name).toBe(
      'Written through A',
    );
    const edited = { ...draft('Edited through B') };
    const put = await serverB(`/api/projects/${id}`, {
      method: 'PUT',
      headers: { ...json, 'if-match': etag },
      body: JSON.stringify(edited),
    });
    expect(put.status).toBe(200);
    const again = await serverA(`/api/projects/${id}`);
    expect(((await again.json()) as Snapshot).meta.name).toBe('Edited through B');
    expect(again.headers.get('etag')).toBe(put.headers.get('etag'));
    expect(await (await serverA(`/api/projects/${id}`, { headers: { 'if-none-match': etag } })).status).toBe(200);

    const [listA, listB] = await Promise.all([
      serverA('/api/projects').then((r) => r.text()),
      serverB('/api/projects').then((r) => r.text()),
    ]);
    expect(listA).toBe(listB);
    expect((JSON.parse(listA) as ProjectSummary[]).find((p) => p.id === id)?.name).toBe('Edited through B');

    const removed = await serverA(`/api/projects/${id}`, {
      method: 'DELETE',
      headers: { 'if-match': put.headers.get('etag') as string },
    });
    expect(removed.status).toBe(204);
    expect((await serverB(`/api/projects/${id}`)).status).toBe(404);
    const trash = (await (await serverB('/api/trash')).json()) as { id: string }[];
    expect(trash.map((t) => t.id)).toContain(id);
    expect((await serverB(`/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(200);
    expect(((await (await serverA(`/api/projects/${id}/revisions`)).json()) as unknown[]).length).toBe(2);
  });

  it('lets exactly one of 50 PUTs holding the same ETag, spread over both servers, win', async () => {
    const { id, etag } = await create('Contested');
    const statuses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        ((i % 2 === 0 ? a : b) as typeof fetch)(`/api/projects/${id}`, {
          method: 'PUT',
          headers: { ...json, 'if-match': etag },
          body: JSON.stringify(draft(`Writer ${i}`)),
        }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(49);
    const revisions = (await (await (b as typeof fetch)(`/api/projects/${id}/revisions`)).json()) as { name: string }[];
    expect(revisions).toHaveLength(2);
    expect(revisions[1]?.name).toBe('Contested');
  });
});
