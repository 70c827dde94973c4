// Bad input, fuzzed: generated requests of every shape go through the whole app. None may cause a
// 5xx or a crash, every error reply must be the JSON error shape, and a rejected request must leave
// what is stored exactly as it was. Run on every store.
import { ApiError, type Snapshot } from '@psb/contracts';
import { Value } from '@sinclair/typebox/value';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FuzzRequest, fuzzRequest, SEEDED_IDS, withCurrentEtag } from '../testing/fuzzRequests.js';
import { describeWithPostgres, type PgCluster, startCluster } from '../testing/pgCluster.js';
import { type AppOnStorage, appOnFiles, appOnPostgres } from '../testing/storages.js';
import { draft, snapshotFile } from '../testing/tempStore.js';

/** RELIABILITY_FUZZ_RUNS may ask for more, never for fewer than 10,000. */
const RUNS = Math.max(10_000, Number(process.env.RELIABILITY_FUZZ_RUNS) || 10_000);

function fuzz(name: string, storage: () => Promise<AppOnStorage>) {
  let ctx: AppOnStorage;
  beforeAll(async () => {
    ctx = await storage();
  });
  afterAll(async () => ctx.close());

  /** Puts the seeded projects back when a request deleted or replaced them, and drops projects a request created. */
  async function resetStore() {
    for (const { id } of await ctx.store.list()) {
      if (!(SEEDED_IDS as readonly string[]).includes(id)) await ctx.store.remove(id, () => true);
    }
    for (const id of SEEDED_IDS) {
      const current = await ctx.store.get(id);
      if (current?.meta.name === `Seed ${id}`) continue;
      if (current) await ctx.store.remove(id, () => true);
      // Deleted (by a request, or just now), it waits in the trash under its id: removed for good before it is made again.
      if ((await ctx.store.trash()).some((trashed) => trashed.id === id)) await ctx.store.purge(id);
      const { meta, ...sections } = draft(`Seed ${id}`);
      const now = new Date().toISOString();
      await ctx.store.create(snapshotFile({ ...sections, meta: { ...meta, id, createdAt: now, updatedAt: now } } as Snapshot));
    }
  }

  describe(`bad input, fuzzed: ${name}`, () => {
    it(`answers ${RUNS} generated requests without a 5xx, with JSON errors, changing nothing when it refuses`, async () => {
      await resetStore();
      const tally = new Map<string, number>();
      const statuses = new Map<number, number>();
      let sent = 0;
      let refused = 0;
      const started = Date.now();

      await fc.assert(
        fc.asyncProperty(fuzzRequest, async (generated: FuzzRequest) => {
          const request = await withCurrentEtag(generated, async (id) => (await ctx.store.get(id).catch(() => undefined))?.etag);
          const before = await ctx.fingerprint();
          const res = await ctx.app.inject(request);
          sent++;
          tally.set(request.kind, (tally.get(request.kind) ?? 0) + 1);
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);

          expect(res.statusCode, res.body.slice(0, 300)).toBeLessThan(500);
          if (res.statusCode >= 400) {
            refused++;
            if (request.method !== 'HEAD') {
              expect(res.headers['content-type']).toMatch(/^application\/json/);
              const error = res.json();
              expect(Value.Check(ApiError, error), res.body.slice(0, 300)).toBe(true);
              expect(error.statusCode).toBe(res.statusCode);
              expect(res.body).not.toMatch(/\/tmp\/|\/work\/|node_modules|at .*\.[jt]s:\d+/);
            }
            expect(await ctx.fingerprint(), `${request.method} ${request.url} → ${res.statusCode}`).toBe(before);
          } else if (res.statusCode < 300 && request.method !== 'GET' && request.method !== 'HEAD') {
            await resetStore();
          }
        }),
        { numRuns: RUNS, endOnFailure: false },
      );

      // Still serving, and nothing leaked into Object.prototype.
      expect((await ctx.app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      const server5xx = [...statuses].filter(([s]) => s >= 500).reduce((sum, [, n]) => sum + n, 0);
      console.log(
        `reliability: fuzz (${name}) — ${sent} generated requests in ${((Date.now() - started) / 1000).toFixed(0)} s, ${server5xx} server errors, 0 crashes, ` +
          `${refused} refused, each with a JSON error and what is stored unchanged; statuses ${[...statuses]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s}×${n}`)
            .join(' ')}; inputs ${[...tally].map(([k, n]) => `${k}×${n}`).join(', ')}`,
      );
      expect(sent).toBeGreaterThanOrEqual(RUNS);
    }, 600_000);
  });
}

fuzz('file store', appOnFiles);

describeWithPostgres('fuzz on PostgreSQL', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 60_000);
  afterAll(async () => cluster?.destroy());
  fuzz('PostgreSQL', () => appOnPostgres(cluster));
});
