// Undo as people feel it, in Node on the host's own store and history with the four real domains: one step
// undone and redone at 10,000 and 50,000 nodes (what the store does before React renders), the memory the
// history holds after 200 edits beside the document's own, and what a key press pays for the history and for
// the draft writer and autosave listening to the store.
import type { DomainModule } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import { differsFromSaved } from '../host/src/document/baseline.js';
import type { ProjectSession } from '../host/src/document/ProjectSession.js';
import { autosave } from '../host/src/drafts/autosaver.js';
import { autosaveSettingIn } from '../host/src/drafts/autosaveSetting.js';
import { keepDrafts } from '../host/src/drafts/draftWriter.js';
import { DocumentHistory } from '../host/src/history/DocumentHistory.js';
import { createHostStore, type HostStore } from '../host/src/store/createHostStore.js';
import { hydrate, openStored } from './support/documentPipeline.js';
import { loadDomains } from './support/domains.js';
import { generateSnapshot } from './support/generateSnapshot.js';
import { hasGc } from './support/pipelineSteps.js';
import { median } from './support/stats.js';

export interface HistoryResult {
  nodes: number;
  /** One step undone, then redone, with the dirty comparison the top bar makes after each: median ms. */
  undo: number;
  redo: number;
  /**
   * The step before the last undone the first time, after the last: by its patches, as the last keeps its states.
   * With the dirty comparison too: median ms.
   */
  undoOlder: number;
  /** A key press's edit dispatched without a history, and with it (the step recorded, not yet compacted): median ms. */
  keyPressBare: number;
  keyPressWithHistory: number;
  /** The same with the draft writer and autosave listening too: they only restart their timers. */
  keyPressWithDrafts: number;
  /** A step compacted to patches, a second after it was made, off the key press: median ms. */
  compact: number;
  /** Heap the open document holds, and what the history adds after EDITS separate edits (after a full GC). */
  documentHeap?: number;
  historyHeap?: number;
  edits: number;
}

export const HISTORY_SIZES = [10_000, 50_000];
const EDITS = 200;
const RUNS = 30;

const collect = () => (globalThis as { gc?: () => void }).gc?.();

interface Bench {
  store: HostStore;
  history: DocumentHistory | undefined;
  domains: DomainModule[];
  /** The real component tree's rename of node `index`: what typing a name dispatches. */
  rename(index: number, name: string): UnknownAction;
  /** Advances the history's clock past the join window, and runs the compaction it scheduled. */
  settle(): void;
}

function open(nodes: number, domains: DomainModule[], withHistory: boolean): Bench {
  const host = createHostStore();
  for (const domain of domains) host.injectDomain(domain.key, domain.slice.reducer);
  let now = 0;
  let due: (() => void)[] = [];
  const history = withHistory
    ? new DocumentHistory({
        store: host.store,
        observe: host.observe,
        domains: { readyModules: () => domains },
        now: () => now,
        schedule: (run) => due.push(run),
      })
    : undefined;
  const snapshot = generateSnapshot(nodes);
  hydrate(host.store, openStored(JSON.parse(JSON.stringify(snapshot)), domains), domains);
  const ids = Object.keys(snapshot.componentTree.nodes);
  const tree = domains.find((d) => d.key === 'componentTree') as DomainModule & {
    slice: { actions: { nodeRenamed(payload: { id: string; name: string }): UnknownAction } };
  };
  return {
    store: host.store,
    history,
    domains,
    rename: (index, name) => tree.slice.actions.nodeRenamed({ id: ids[index % ids.length] as string, name }),
    settle: () => {
      now += 5_000;
      const runs = due;
      due = [];
      for (const run of runs) run();
    },
  };
}

const timed = (run: () => void) => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

export async function benchHistory(sizes = HISTORY_SIZES, log: (line: string) => void = console.log): Promise<HistoryResult[]> {
  const domains = await loadDomains();
  const results: HistoryResult[] = [];
  for (const nodes of sizes) {
    const bare = open(nodes, domains, false);
    // Warmed first, as the other measurements are by what runs before them.
    for (let i = 0; i < RUNS; i++) bare.store.dispatch(bare.rename(i, `Warm ${i}`));
    const keyPressBare = median(
      Array.from({ length: RUNS }, (_, i) => timed(() => bare.store.dispatch(bare.rename(i, `Bare ${i}`)))),
    );
    const b = open(nodes, domains, true);
    const history = b.history as DocumentHistory;
    const dirty = () => differsFromSaved(b.store.getState(), b.domains);
    const keyPresses: number[] = [];
    const compactions: number[] = [];
    const undos: number[] = [];
    const redos: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      keyPresses.push(timed(() => b.store.dispatch(b.rename(i, `Step ${i}`))));
      compactions.push(timed(() => b.settle()));
      undos.push(timed(() => history.undo() && dirty()));
      redos.push(timed(() => history.redo() && dirty()));
    }
    const undosOlder: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      for (const name of ['Older', 'Last']) {
        b.store.dispatch(b.rename(i, `${name} ${i}`));
        b.settle();
      }
      history.undo();
      undosOlder.push(timed(() => history.undo() && dirty()));
      history.redo();
      history.redo();
      b.settle();
    }
    const keyPressWithDrafts = withDraftsAndAutosave(b.store, () =>
      median(Array.from({ length: RUNS }, (_, i) => timed(() => b.store.dispatch(b.rename(i, `Kept ${i}`))))),
    );
    const memory = hasGc() ? historyMemory(nodes, domains) : undefined;
    results.push({
      nodes,
      undo: median(undos),
      redo: median(redos),
      undoOlder: median(undosOlder),
      keyPressBare,
      keyPressWithHistory: median(keyPresses),
      keyPressWithDrafts,
      compact: median(compactions),
      ...memory,
      edits: EDITS,
    });
    log(`history: ${nodes.toLocaleString('en-US')} nodes measured`);
  }
  return results;
}

/**
 * Runs `measure` with the draft writer and autosave subscribed to `store`, as the editor has them, then stops
 * them. Their session is asked only when their timers fire, after the key presses measured: none does here.
 */
function withDraftsAndAutosave<T>(store: HostStore, measure: () => T): T {
  const untouched = () => {
    throw new Error('a draft or autosave timer fired during the measurement');
  };
  const session = { isDirty: untouched, assemble: untouched, save: untouched, opening: false } as unknown as ProjectSession;
  const page = { addEventListener() {}, removeEventListener() {}, document: { visibilityState: 'visible' } } as never;
  const drafts = { get: untouched, latest: untouched, put: untouched, remove: untouched };
  const stops = [
    keepDrafts({ store, session, drafts }, page),
    autosave({ store, session, setting: autosaveSettingIn(undefined) }, page),
  ];
  try {
    return measure();
  } finally {
    for (const stop of stops) stop();
  }
}

/** The heap the open document holds, and what the history holds beside it after EDITS separate steps. */
function historyMemory(nodes: number, domains: DomainModule[]): { documentHeap: number; historyHeap: number } {
  collect();
  collect();
  const empty = process.memoryUsage().heapUsed;
  const b = open(nodes, domains, true);
  collect();
  collect();
  const opened = process.memoryUsage().heapUsed;
  for (let i = 0; i < EDITS; i++) {
    b.store.dispatch(b.rename(i * 7, `Edited ${i}`));
    b.settle();
  }
  collect();
  collect();
  const edited = process.memoryUsage().heapUsed;
  if (!b.history?.getView().undo) throw new Error('the history recorded nothing');
  return { documentHeap: opened - empty, historyHeap: edited - opened };
}
