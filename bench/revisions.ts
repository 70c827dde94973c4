// What the revision history costs and how fast it lists: PUT with history on and off side by side (two servers
// over copies of the same store of 1,000 projects), and GET /revisions of a project with 1,000 revisions. Run
// with the API part (bench/api.ts), whose rounds take these scenarios in turn with the others.
import { cp, link, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '@psb/contracts';
import type { ChildServer } from './support/childServer.js';
import { kb, ms, num, ratio, table, type Verdict } from './support/format.js';
import type { LoadSummary } from './support/load.js';

export const REVISION_SCENARIO = {
  putOff: 'PUT 100 KB, 1,000 stored, history off',
  list: 'GET /api/projects/:id/revisions (1,000 revisions)',
};

/** Revisions of the project listed. */
export const REVISIONS = 1_000;
const LISTED_ID = 'revisions-1000';

export interface RevisionsResult {
  revisions: number;
  /** Each revision's size, and the list's. */
  revisionBytes: number;
  listBytes: number;
  /** The first GET /revisions after the server started: it reads every revision once. */
  firstListMs: number;
}

/** The store of `dataDir` copied to `copyDir` and served with history off ("as before history was kept"). */
export async function historyOffServer(
  dataDir: string,
  copyDir: string,
  start: (env: Record<string, string>) => Promise<ChildServer>,
): Promise<ChildServer> {
  await cp(dataDir, copyDir, { recursive: true });
  return start({ DATA_DIR: copyDir, HISTORY: 'off' });
}

/**
 * A store holding one project with REVISIONS versions of `snapshot` (each renamed), laid out as the store keeps
 * them: `.history/{id}/{rev}.json`, the newest also the current file (a hard link). Served keeping them all; the
 * first listing is timed.
 */
export async function revisionsServer(
  dataDir: string,
  snapshot: Snapshot,
  start: (env: Record<string, string>) => Promise<ChildServer>,
): Promise<{ server: ChildServer; url: string; result: RevisionsResult }> {
  const history = path.join(dataDir, '.history', LISTED_ID);
  await mkdir(history, { recursive: true });
  let revisionBytes = 0;
  for (let rev = 1; rev <= REVISIONS; rev += 64) {
    const batch = Array.from({ length: Math.min(64, REVISIONS - rev + 1) }, (_, i) => rev + i);
    await Promise.all(
      batch.map((n) => {
        const day = new Date(Date.parse('2026-01-01T00:00:00.000Z') + n * 60_000).toISOString();
        const meta = { id: LISTED_ID, name: `Version ${n}`, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: day };
        const bytes = Buffer.from(JSON.stringify({ ...snapshot, meta }));
        revisionBytes = bytes.length;
        return writeFile(path.join(history, `${n}.json`), bytes);
      }),
    );
  }
  await link(path.join(history, `${REVISIONS}.json`), path.join(dataDir, `${LISTED_ID}.json`));
  const server = await start({ DATA_DIR: dataDir, REVISIONS_KEEP: '0' });
  const url = `${server.url}/api/projects/${LISTED_ID}/revisions`;
  const started = performance.now();
  const list = await (await fetch(url)).arrayBuffer();
  const firstListMs = performance.now() - started;
  return { server, url, result: { revisions: REVISIONS, revisionBytes, listBytes: list.byteLength, firstListMs } };
}

/** The table and targets of the history: `put` is the PUT with history on, beside the one with it off. */
export function revisionsReport(
  scenarios: Record<string, LoadSummary>,
  put: string,
  result: RevisionsResult | undefined,
): { text: string; verdicts: Verdict[] } {
  const on = scenarios[put];
  const off = scenarios[REVISION_SCENARIO.putOff];
  const list = scenarios[REVISION_SCENARIO.list];
  const putRatio = (on?.reqPerSec ?? Number.NaN) / (off?.reqPerSec ?? Number.NaN);
  const listP99 = list?.p99 ?? Number.NaN;
  const rows = [
    ['PUT 100 KB, 1,000 stored: req/s with history on / off', `${num(on?.reqPerSec)} / ${num(off?.reqPerSec)}`],
    ['PUT with history on ÷ off', ratio(putRatio)],
    ['PUT p99 with history on / off', `${ms(on?.p99)} / ${ms(off?.p99)}`],
    [
      `GET /revisions of ${num(result?.revisions)} revisions: req/s, p50, p99`,
      `${num(list?.reqPerSec)}, ${ms(list?.p50)}, ${ms(list?.p99)}`,
    ],
    ['its list, and each revision', `${kb(result?.listBytes)}, ${kb(result?.revisionBytes)}`],
    ['first GET /revisions after start (reads every revision once)', ms(result?.firstListMs)],
  ];
  const text = ['### 1b. Revision history', table(['measure', 'value'], rows)].join('\n\n');
  const verdicts: Verdict[] = [
    { target: 'PUT with history on ≥ 0.8 × with history off', measured: ratio(putRatio), met: putRatio >= 0.8 },
    { target: 'GET /revisions of 1,000 revisions: p99 ≤ 20 ms', measured: ms(listP99), met: listP99 <= 20 },
  ];
  return { text, verdicts };
}
