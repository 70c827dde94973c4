// Races: bursts of concurrent writes holding the same If-Match on the same and on different projects,
// with creates and reads mixed in. Exactly one write may win per ETag; no update may be lost; what is stored
// must stay whole and the list must match it; each write that wins adds exactly one revision. Run on every store.
import type { RevisionSummary, Snapshot } from '@psb/contracts';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../testing/pgCluster.js';
import { type AppOnStorage, appOnFiles, appOnPostgres } from '../testing/storages.js';
import { draft } from '../testing/tempStore.js';

function races(name: string, storage: () => Promise<AppOnStorage>) {
  let ctx: AppOnStorage;
  let counts = { PUT: 0, DELETE: 0, POST: 0, GET: 0 };
  beforeEach(async () => {
    ctx = await storage();
    counts = { PUT: 0, DELETE: 0, POST: 0, GET: 0 };
  });
  afterEach(async () => ctx.close());

  function send(request: InjectOptions & { method: keyof typeof counts }): Promise<LightMyRequestResponse> {
    counts[request.method]++;
    return ctx.app.inject(request);
  }
  const post = (name: string) =>
    send({
      method: 'POST',
      url: '/api/projects',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify(draft(name)),
    });
  const put = (id: string, body: unknown, ifMatch: string) =>
    send({
      method: 'PUT',
      url: `/api/projects/${id}`,
      headers: { 'content-type': 'application/json', 'if-match': ifMatch },
      payload: JSON.stringify(body),
    });
  const total = () => Object.values(counts).reduce((a, b) => a + b, 0);

  /** Every project stored whole, and the list exactly what is stored, newest first. */
  async function expectStoredMatchesList() {
    const stored = [...(await ctx.stored()).values()]
      .map((bytes) => ({ meta: (JSON.parse(bytes.toString('utf8')) as Snapshot).meta, size: bytes.length }))
      .map(({ meta, size }) => ({ id: meta.id, name: meta.name, updatedAt: meta.updatedAt, size }))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1));
    expect((await send({ method: 'GET', url: '/api/projects' })).json()).toEqual(stored);
  }

  describe(`races: ${name}`, () => {
    it('lets exactly one conditional write win per ETag, across concurrent PUT, DELETE, POST and reads', async () => {
      const PROJECTS = 6;
      const ROUNDS = 12;
      const WRITERS = 10;
      const projects = await Promise.all(Array.from({ length: PROJECTS }, (_, i) => post(`Project ${i}`)));
      let tags = projects.map((r) => ({ id: (r.json() as Snapshot).meta.id, etag: r.headers.etag as string }));
      let contests = 0;

      for (let round = 0; round < ROUNDS; round++) {
        const previous = tags.map((t) => t.etag);
        const bursts = tags.map(({ id, etag }, p) =>
          Promise.all(
            Array.from({ length: WRITERS }, (_, w) => {
              if (w === 0 && round > 0) return put(id, draft('stale'), `"stale-${previous[p]}"`);
              if (w % 4 === 3) return send({ method: 'DELETE', url: `/api/projects/${id}`, headers: { 'if-match': etag } });
              return put(id, draft(`Round ${round} writer ${w}`), etag);
            }),
          ),
        );
        const noise = Promise.all([
          ...Array.from({ length: 4 }, (_, i) => post(`Round ${round} new ${i}`)),
          send({ method: 'GET', url: '/api/projects' }),
        ]);
        const reads = Promise.all(tags.map(({ id }) => send({ method: 'GET', url: `/api/projects/${id}` })));
        const [replies, noiseReplies, readReplies] = await Promise.all([Promise.all(bursts), noise, reads]);
        expect(noiseReplies.map((r) => r.statusCode).every((s) => s === 200 || s === 201)).toBe(true);
        // A read racing its project's deletion may find it gone; otherwise it finds a whole version.
        for (const [p, read] of readReplies.entries()) {
          const deleted = replies[p]?.some((r) => r.statusCode === 204);
          expect(
            read.statusCode === 200 || (deleted && read.statusCode === 404),
            `read of project ${p}: ${read.statusCode}`,
          ).toBe(true);
        }

        const next: typeof tags = [];
        for (const [p, burst] of replies.entries()) {
          const { id } = tags[p] as { id: string };
          contests++;
          const winners = burst.filter((r) => r.statusCode < 300);
          expect(winners, `round ${round}, project ${p}: ${burst.map((r) => r.statusCode)}`).toHaveLength(1);
          expect(burst.filter((r) => r.statusCode >= 300).every((r) => r.statusCode === 412 || r.statusCode === 404)).toBe(true);
          const winner = winners[0] as LightMyRequestResponse;
          const stored = (await ctx.stored()).get(id);
          if (winner.statusCode === 204) {
            expect(stored).toBeUndefined();
            const fresh = await post(`Replacing ${id}`);
            next.push({ id: (fresh.json() as Snapshot).meta.id, etag: fresh.headers.etag as string });
          } else {
            expect(stored?.toString('utf8')).toBe(winner.body);
            next.push({ id, etag: winner.headers.etag as string });
          }
        }
        tags = next;
        await expectStoredMatchesList();
      }
      console.log(
        `reliability: races (${name}) — ${total()} concurrent requests (${counts.PUT} PUT, ${counts.DELETE} DELETE, ${counts.POST} POST, ${counts.GET} GET) ` +
          `in ${ROUNDS} rounds on ${PROJECTS} projects: exactly 1 winner for each of ${contests} contested ETags, 0 torn projects, the list matched what was stored after every round`,
      );
    }, 60_000);

    it('gives 50 PUTs holding one ETag one winner, and the history exactly one new revision: the winner’s', async () => {
      const PUTS = 50;
      const created = await post('Contested');
      const id = (created.json() as Snapshot).meta.id;
      const etag = created.headers.etag as string;
      const revisions = async () =>
        (await send({ method: 'GET', url: `/api/projects/${id}/revisions` })).json() as RevisionSummary[];
      const before = await revisions();

      const replies = await Promise.all(Array.from({ length: PUTS }, (_, i) => put(id, draft(`Writer ${i}`), etag)));
      const winners = replies.filter((r) => r.statusCode === 200);
      expect(winners).toHaveLength(1);
      expect(replies.filter((r) => r.statusCode === 412)).toHaveLength(PUTS - 1);
      const winner = winners[0] as LightMyRequestResponse;

      const after = await revisions();
      expect(after.slice(1)).toEqual(before);
      expect(after[0]).toMatchObject({
        rev: (before[0]?.rev ?? 0) + 1,
        etag: winner.headers.etag,
        name: winner.json().meta.name,
      });
      const stored = await send({ method: 'GET', url: `/api/projects/${id}/revisions/${after[0]?.rev}` });
      expect(stored.body).toBe(winner.body);
      console.log(
        `reliability: races (${name}) — ${PUTS} PUTs holding one ETag: 1 winner, ${PUTS - 1} × 412, ` +
          `${after.length - before.length} new revision (rev ${after[0]?.rev}, the winner's bytes)`,
      );
    });

    it('loses no update when clients read, change and write back with If-Match, retrying on 412', async () => {
      const CLIENTS = 10;
      const INCREMENTS = 20;
      const created = await post('Counter');
      const id = (created.json() as Snapshot).meta.id;
      let conflicts = 0;

      const client = async () => {
        for (let done = 0; done < INCREMENTS; ) {
          const read = await send({ method: 'GET', url: `/api/projects/${id}` });
          const snapshot = read.json() as Snapshot;
          const values = snapshot.variables.values ?? {};
          const next = {
            ...snapshot,
            variables: { ...snapshot.variables, values: { ...values, 'v-count': Number(values['v-count']) + 1 } },
          };
          const res = await put(id, next, read.headers.etag as string);
          if (res.statusCode === 200) done++;
          else if (res.statusCode === 412) conflicts++;
          else throw new Error(`PUT answered ${res.statusCode}: ${res.body}`);
        }
      };
      await Promise.all(Array.from({ length: CLIENTS }, client));

      const start = Number(draft().variables.values?.['v-count']);
      const final = JSON.parse((await ctx.stored()).get(id)?.toString('utf8') ?? '') as Snapshot;
      const counter = Number(final.variables.values?.['v-count']) - start;
      console.log(
        `reliability: races (${name}) — ${CLIENTS} clients × ${INCREMENTS} read-modify-write increments (${total()} requests, ${conflicts} × 412 retried): ` +
          `counter ${counter} of ${CLIENTS * INCREMENTS}, ${CLIENTS * INCREMENTS - counter} lost updates`,
      );
      expect(counter).toBe(CLIENTS * INCREMENTS);
      expect(conflicts).toBeGreaterThan(0);
      await expectStoredMatchesList();
    }, 60_000);
  });
}

races('file store', appOnFiles);

describeWithPostgres('races on PostgreSQL', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 60_000);
  afterAll(async () => cluster?.destroy());
  races('PostgreSQL', () => appOnPostgres(cluster));
});
