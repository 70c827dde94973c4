// Over 300 lines: one scenario whose writers and checks are read together; the store layout checks are in testing/storeLayout.ts.
// Crash safety: the real server is SIGKILLed at random moments while it stores ~1 MB snapshots, and moves small
// projects to the trash and back, then started again on the same folder. After every restart each file must be
// whole, hold the last acknowledged version or the one in flight; the history must hold exactly the versions
// stored, newest first, each whole; every project must be live, in the trash or gone as acknowledged (or as the
// request in flight left it); and nothing may be half-moved: no temp file, no trash marker beside a live file or
// without a history, no history without a file or a marker, nothing left of a purge.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { RevisionSummary, Snapshot, SnapshotDraft, TrashedProject } from '@psb/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isStoredDraft, largeDraft } from '../testing/largeDraft.js';
import { randomSource } from '../testing/random.js';
import { startServer } from '../testing/serverProcess.js';
import { halfMoved, newestRevision, trashMarkers } from '../testing/storeLayout.js';
import { draft, tempDir } from '../testing/tempStore.js';

/**
 * 200 by default, 100 under CI=true (where this test alone would take a third of `npm test`'s 20 minutes);
 * RELIABILITY_CRASH_CYCLES may ask for more, never for fewer than the 50 the issue sets as a floor.
 */
const CYCLES = Math.max(50, Number(process.env.RELIABILITY_CRASH_CYCLES) || (process.env.CI ? 100 : 200));
/** Parallel lanes, each with its own server and folder: the cycles are shared out between them. */
const LANES = 2;
/** The longest a server runs under load before it is killed. */
const MAX_LIFE_MS = 900;
/** Versions the servers keep per project: few, so that pruning happens often. */
const KEEP = 10;

interface BigProject {
  id: string;
  /** The last version a PUT was acknowledged for (or found on disk after a crash). */
  acked: SnapshotDraft;
  etag: string;
  /** Sent, not yet acknowledged. */
  pending?: SnapshotDraft;
  /** The ETag of every version stored, oldest first: what the history must list, newest first, up to KEEP. */
  stored: string[];
  /** The names this project was sent with: a revision must hold one of them. */
  names: Set<string>;
  /** Revisions up to this one were read whole already (files never change). */
  checkedRev: number;
}

type Place = 'live' | 'trash' | 'gone';
/** Where each request of the small writer takes its project. */
const TARGET = { create: 'live', delete: 'trash', restore: 'live', purge: 'gone' } as const;

interface LaneState {
  big: BigProject[];
  /** Small projects, where their last acknowledged request put them. */
  small: Map<string, { sent: SnapshotDraft; place: Place }>;
  /** The small writer's request in flight: a create has no id until answered. */
  pending?: { op: keyof typeof TARGET; id?: string; sent: SnapshotDraft };
}

interface Figures {
  cycles: number;
  acknowledged: number;
  lost: number;
  torn: number;
  tempLeft: number;
  /** Revisions read whole from disk, and those that were not. */
  revisionsChecked: number;
  tornRevisions: number;
  /** Versions stored that the history does not list as it should (newest first, the last KEEP). */
  historyMismatches: number;
  /** Moves to the trash, restores from it and purges acknowledged. */
  trashMoves: number;
  /** Trash markers beside a live file or without a history, histories without a file or a marker, purge leftovers. */
  orphans: number;
  /** Kills that left a temp file behind (a write cut mid-way), later swept. */
  tempAtKill: number;
  /** Kills that hit a request in flight. */
  inFlightAtKill: number;
  /** Versions stored but not yet acknowledged when the kill came: the new version, as allowed. */
  unacknowledgedStored: number;
  unexpectedReplies: string[];
  mismatches: string[];
}

const json = { 'content-type': 'application/json' };
const random = randomSource(process.env.RELIABILITY_SEED);

let scratch: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  scratch = await tempDir();
});
afterAll(async () => scratch.remove());

describe('crash safety', () => {
  it(
    `keeps every acknowledged write whole through ${CYCLES} SIGKILLs`,
    async () => {
      const started = Date.now();
      const share = Math.ceil(CYCLES / LANES);
      const total = emptyFigures();
      await Promise.all(
        Array.from({ length: LANES }, (_, i) =>
          runLane(path.join(scratch.dir, `lane-${i}`), Math.min(share, CYCLES - i * share), total),
        ),
      );
      console.log(
        `reliability: crash — ${total.cycles} SIGKILL cycles, ${total.acknowledged} acknowledged writes, ` +
          `${total.lost} lost acknowledged writes, ${total.torn} torn files, ${total.tempLeft} temp files left after restart ` +
          `(${total.inFlightAtKill} kills with a request in flight, ${total.tempAtKill} left a temp file that the restart swept, ` +
          `${total.unacknowledgedStored} unacknowledged writes found stored); history: ${total.revisionsChecked} revisions read whole, ` +
          `${total.tornRevisions} torn, ${total.historyMismatches} listing a stored version missing or out of place; trash: ` +
          `${total.trashMoves} moves acknowledged, ${total.orphans} orphans; in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${random.seed}`,
      );
      expect(total.mismatches).toEqual([]);
      expect(total.unexpectedReplies).toEqual([]);
      expect({
        lost: total.lost,
        torn: total.torn,
        tempLeft: total.tempLeft,
        tornRevisions: total.tornRevisions,
        historyMismatches: total.historyMismatches,
        orphans: total.orphans,
      }).toEqual({ lost: 0, torn: 0, tempLeft: 0, tornRevisions: 0, historyMismatches: 0, orphans: 0 });
      expect(total.revisionsChecked).toBeGreaterThan(0);
      expect(total.trashMoves).toBeGreaterThan(0);
      expect(total.cycles).toBe(CYCLES);
      // The kills must have landed inside writes for the figures to mean anything.
      expect(total.inFlightAtKill).toBeGreaterThan(CYCLES / 2);
      expect(total.tempAtKill).toBeGreaterThan(0);
    },
    30 * 60_000,
  );
});

function emptyFigures(): Figures {
  return {
    cycles: 0,
    acknowledged: 0,
    lost: 0,
    torn: 0,
    tempLeft: 0,
    revisionsChecked: 0,
    tornRevisions: 0,
    historyMismatches: 0,
    trashMoves: 0,
    orphans: 0,
    tempAtKill: 0,
    inFlightAtKill: 0,
    unacknowledgedStored: 0,
    unexpectedReplies: [],
    mismatches: [],
  };
}

/** Runs `cycles` kill-and-restart cycles on one folder, adding to `figures` (shared by the lanes). */
async function runLane(dir: string, cycles: number, figures: Figures): Promise<void> {
  const state: LaneState = { big: [], small: new Map() };
  const env = { DATA_DIR: dir, REVISIONS_KEEP: String(KEEP) };
  let server = await startServer(env);
  for (const name of ['Big A', 'Big B']) {
    const sent = largeDraft(name);
    const res = await fetch(`${server.url}/api/projects`, { method: 'POST', headers: json, body: JSON.stringify(sent) });
    const stored = (await res.json()) as Snapshot;
    const etag = res.headers.get('etag') as string;
    state.big.push({ id: stored.meta.id, acked: sent, etag, stored: [etag], names: new Set([name]), checkedRev: 0 });
  }
  try {
    for (let cycle = 0; cycle < cycles; cycle++) {
      let stop = false;
      const writers = [
        ...state.big.map((project) => bigWriter(server.url, project, cycle, figures, () => stop)),
        smallWriter(server.url, state, cycle, figures, () => stop),
      ];
      await sleep(random.next() * MAX_LIFE_MS);
      const inFlight = state.big.some((p) => p.pending) || state.pending !== undefined;
      server.child.kill('SIGKILL');
      await server.exited;
      stop = true;
      await Promise.all(writers);
      if (inFlight) figures.inFlightAtKill++;
      if ((await readdir(dir)).some((n) => n.endsWith('.tmp'))) figures.tempAtKill++;

      server = await startServer(env);
      await verify(dir, server.url, state, figures, cycle);
      figures.cycles++;
    }
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

/** PUTs new ~1 MB versions of one project, one at a time, until the server dies. */
async function bigWriter(url: string, project: BigProject, cycle: number, figures: Figures, stopped: () => boolean) {
  for (let n = 0; !stopped(); n++) {
    const next = {
      ...project.acked,
      meta: { ...project.acked.meta, name: `${project.id.slice(0, 8)} cycle ${cycle} write ${n}` },
    };
    project.pending = next;
    project.names.add(next.meta.name);
    let res: Response;
    try {
      res = await fetch(`${url}/api/projects/${project.id}`, {
        method: 'PUT',
        headers: { ...json, 'if-match': project.etag },
        body: JSON.stringify(next),
      });
    } catch {
      return; // killed before an answer: the write stays pending
    }
    if (res.status !== 200) {
      figures.unexpectedReplies.push(`PUT ${res.status}`);
      return;
    }
    // The status line is the acknowledgement: the server answers only once the file and folder are synced.
    figures.acknowledged++;
    project.acked = next;
    project.pending = undefined;
    project.etag = res.headers.get('etag') as string;
    project.stored.push(project.etag);
    await res.arrayBuffer().catch(() => {});
  }
}

/**
 * Takes small projects through the trash, again and again, until the server dies: create, delete (to the trash),
 * restore, delete again, remove for good.
 */
async function smallWriter(url: string, state: LaneState, cycle: number, figures: Figures, stopped: () => boolean) {
  for (let n = 0; !stopped(); n++) {
    const sent = draft(`Small cycle ${cycle} number ${n}`);
    state.pending = { op: 'create', sent };
    let id: string;
    try {
      const res = await fetch(`${url}/api/projects`, { method: 'POST', headers: json, body: JSON.stringify(sent) });
      if (res.status !== 201) {
        figures.unexpectedReplies.push(`POST ${res.status}`);
        return;
      }
      figures.acknowledged++;
      id = (res.headers.get('location') as string).split('/').pop() as string;
      state.small.set(id, { sent, place: 'live' });
      state.pending = undefined;
      await res.arrayBuffer();
    } catch {
      return;
    }
    const steps = [
      ['delete', 'DELETE', `/api/projects/${id}`, 204],
      ['restore', 'POST', `/api/trash/${id}/restore`, 200],
      ['delete', 'DELETE', `/api/projects/${id}`, 204],
      ['purge', 'DELETE', `/api/trash/${id}`, 204],
    ] as const;
    for (const [op, method, route, status] of steps) {
      if (stopped()) return;
      state.pending = { op, id, sent };
      try {
        const res = await fetch(`${url}${route}`, { method });
        await res.arrayBuffer();
        if (res.status !== status) {
          figures.unexpectedReplies.push(`${method} ${route.replace(id, ':id')} ${res.status}`);
          return;
        }
      } catch {
        return;
      }
      figures.acknowledged++;
      figures.trashMoves++;
      state.small.set(id, { sent, place: TARGET[op] });
      state.pending = undefined;
    }
  }
}

/** Checks the folder against what was acknowledged, as the restarted server sees it too. */
async function verify(dir: string, url: string, state: LaneState, figures: Figures, cycle: number) {
  const names = await readdir(dir);
  figures.tempLeft += names.filter((n) => n.endsWith('.tmp')).length;
  const onDisk = new Map<string, Snapshot>();
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const text = await readFile(path.join(dir, name), 'utf8');
    try {
      onDisk.set(name.slice(0, -'.json'.length), JSON.parse(text) as Snapshot);
    } catch {
      figures.torn++;
      figures.mismatches.push(`cycle ${cycle}: ${name} does not parse`);
    }
  }
  const files = new Set(onDisk.keys());

  for (const project of state.big) {
    const stored = onDisk.get(project.id);
    let foundPending = false;
    if (stored && isStoredDraft(stored, project.acked)) {
      // the acknowledged version
    } else if (stored && project.pending && isStoredDraft(stored, project.pending)) {
      figures.unacknowledgedStored++;
      project.acked = project.pending;
      foundPending = true;
    } else {
      figures.lost++;
      figures.mismatches.push(
        `cycle ${cycle}: ${project.id} holds ${stored?.meta.name ?? 'nothing'}, not ${project.acked.meta.name}`,
      );
    }
    project.pending = undefined;
    onDisk.delete(project.id);
    // The restarted server serves exactly the file...
    const res = await fetch(`${url}/api/projects/${project.id}`);
    const body = Buffer.from(await res.arrayBuffer());
    if (!body.equals(await readFile(path.join(dir, `${project.id}.json`)))) {
      figures.mismatches.push(`cycle ${cycle}: GET ${project.id} differs from the file`);
    }
    project.etag = res.headers.get('etag') as string;
    if (foundPending) project.stored.push(project.etag);
    await verifyHistory(dir, url, project, figures, cycle);
  }

  const trashed = new Set(((await (await fetch(`${url}/api/trash`)).json()) as TrashedProject[]).map((t) => t.id));
  for (const [id, small] of state.small) {
    const place: Place = onDisk.has(id) ? 'live' : trashed.has(id) ? 'trash' : 'gone';
    const inFlight = state.pending?.id === id ? TARGET[state.pending.op] : undefined;
    if (place !== small.place && place !== inFlight) {
      figures.lost++;
      figures.mismatches.push(`cycle ${cycle}: small ${id} is ${place}, not ${small.place}${inFlight ? ` or ${inFlight}` : ''}`);
    }
    small.place = place;
    const stored = place === 'live' ? onDisk.get(id) : place === 'trash' ? await newestRevision(dir, id) : undefined;
    if (place !== 'gone' && (!stored || !isStoredDraft(stored, small.sent))) {
      figures.lost++;
      figures.mismatches.push(`cycle ${cycle}: small ${id} (${place}) is not the version sent`);
    }
    onDisk.delete(id);
  }
  for (const [id, stored] of onDisk) {
    // Only the POST in flight may have left a project the client never heard of.
    const { pending } = state;
    if (pending?.op === 'create' && isStoredDraft(stored, pending.sent)) {
      figures.unacknowledgedStored++;
      state.small.set(id, { sent: pending.sent, place: 'live' });
    } else {
      figures.mismatches.push(`cycle ${cycle}: unexpected project ${id} (${stored.meta?.name})`);
    }
  }
  state.pending = undefined;
  const orphans = await halfMoved(dir, files);
  figures.orphans += orphans.length;
  for (const orphan of orphans) figures.mismatches.push(`cycle ${cycle}: ${orphan}`);
  const markers = [...(await trashMarkers(dir))].sort().join();
  if (markers !== [...trashed].sort().join()) figures.mismatches.push(`cycle ${cycle}: the trash is not its markers`);

  const listed = ((await (await fetch(`${url}/api/projects`)).json()) as { id: string }[]).map((p) => p.id).sort();
  if (listed.join() !== [...files].sort().join()) figures.mismatches.push(`cycle ${cycle}: the list differs from the files`);
}

/**
 * The history lists exactly the versions stored, newest first, up to KEEP, the current one first; and every
 * revision not read before is a whole file holding a version this project was sent.
 */
async function verifyHistory(dir: string, url: string, project: BigProject, figures: Figures, cycle: number) {
  const list = (await (await fetch(`${url}/api/projects/${project.id}/revisions`)).json()) as RevisionSummary[];
  const expected = project.stored.slice(-KEEP).reverse();
  if (list.map((r) => r.etag).join() !== expected.join() || list[0]?.etag !== project.etag) {
    figures.historyMismatches++;
    figures.mismatches.push(`cycle ${cycle}: ${project.id} lists revisions ${list.map((r) => r.rev)} not as stored`);
  }
  if (list.some((r, i) => i > 0 && r.rev >= (list[i - 1] as RevisionSummary).rev)) {
    figures.mismatches.push(`cycle ${cycle}: ${project.id} lists revisions out of order: ${list.map((r) => r.rev)}`);
  }
  for (const { rev, name } of list.filter((r) => r.rev > project.checkedRev)) {
    figures.revisionsChecked++;
    try {
      const stored = JSON.parse(await readFile(path.join(dir, '.history', project.id, `${rev}.json`), 'utf8')) as Snapshot;
      if (stored.meta.name !== name || !project.names.has(name)) throw new Error(`holds "${stored.meta.name}"`);
    } catch (error) {
      figures.tornRevisions++;
      figures.mismatches.push(`cycle ${cycle}: ${project.id} revision ${rev} is not whole: ${(error as Error).message}`);
    }
  }
  project.checkedRev = Math.max(project.checkedRev, list[0]?.rev ?? 0);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
