// The snapshot pipeline's timed steps and the heap an opened document holds, as plain functions of the
// document's text and the domain modules: Node runs them (bench/pipeline.ts), and so does a Chromium page
// (bench/pipelineInChromium.ts), so that both time the same code the same way.
import { type DomainModule, type Snapshot, snapshotForFile } from '@psb/contracts';
import type { Timer } from '../../host/src/document/openDocument.js';
import { hydrate, openStored, prepare, requestBody, storeWith } from './documentPipeline.js';
import { median } from './stats.js';

export interface PipelineResult {
  nodes: number;
  /** The compact JSON the server stores. */
  bytes: number;
  runs: number;
  /** Median milliseconds of each step and of the baselines. */
  jsonParse: number;
  /**
   * JSON.parse, then the minor collection that copies what it allocated: the load's baseline. A load pays for
   * that copy (the collector runs during it once the document outgrows the young generation, and a forced one
   * ends it); JSON.parse timed alone would not.
   */
  jsonParseCollected: number;
  parse: number;
  migrate: number;
  check: number;
  hydrate: number;
  load: number;
  /** A minor collection forced right after the load: what copying the young document costs when none ran yet. */
  collectAfterLoad: number;
  loadCollected: number;
  /**
   * JSON.stringify of a parsed copy that has been through a minor and then a full collection, as every document
   * an editor holds has: the save's baseline.
   */
  jsonStringify: number;
  /**
   * JSON.stringify of a parsed copy that only a full collection moved. It keeps the order JSON.parse allocated in,
   * which is JSON.stringify's own order; a minor collection copies breadth-first and loses it. Shown for reference.
   */
  jsonStringifyCompacted: number;
  jsonStringifyPretty: number;
  /**
   * JSON.stringify of the opened document's own objects, those the store holds and Save sends: the same call on
   * the same data as the baseline, but on objects that have been through the collector, not just parsed.
   */
  jsonStringifyOpened: number;
  select: number;
  serialize: number;
  save: number;
  /** checkSnapshot as Save runs it before sending (not part of the save target). */
  saveCheck: number;
  /** Heap the open document keeps (store + everything it references), after a full GC; undefined without --expose-gc. */
  heapBytes: number | undefined;
}

const collect = () => (globalThis as { gc?: () => void }).gc?.();
const collectMinor = () => (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });
export const hasGc = () => typeof (globalThis as { gc?: unknown }).gc === 'function';

/** The step times of one document size, before the caller adds what only its environment can measure. */
export type PipelineTimes = Omit<PipelineResult, 'bytes' | 'heapBytes'>;

/** More runs for small documents, so each figure rests on at least a few hundred milliseconds; never fewer than 7. */
const runsFor = (nodes: number) => Math.max(7, Math.min(21, Math.round(20_000 / nodes)));
/**
 * Unmeasured runs first, as many as make 50,000 nodes of work, one run of the largest document: V8 compiles a
 * function for speed only after it has run hot for a while. In Chromium, the 1,000-node check took 1.3–3.2 ms in
 * its first five runs, 0.68 ms (median) in the twenty after twenty such runs, and 0.555–0.58 ms after forty to a
 * hundred, as fast a node as at 10,000 nodes.
 */
const warmupsFor = (nodes: number) => Math.ceil(50_000 / nodes);

/** Medians of each step of loading and saving a document, and of the baselines, over its runs. */
export function timeSteps(nodes: number, text: string, domains: DomainModule[]): PipelineTimes {
  const runs = runsFor(nodes);
  const warmups = warmupsFor(nodes);
  const times: Record<Exclude<keyof PipelineResult, 'nodes' | 'bytes' | 'runs' | 'heapBytes'>, number[]> = {
    jsonParse: [],
    jsonParseCollected: [],
    parse: [],
    migrate: [],
    check: [],
    hydrate: [],
    load: [],
    collectAfterLoad: [],
    loadCollected: [],
    jsonStringify: [],
    jsonStringifyCompacted: [],
    jsonStringifyPretty: [],
    jsonStringifyOpened: [],
    select: [],
    serialize: [],
    save: [],
    saveCheck: [],
  };
  // A full collection before each timed step, so that no step pays for the garbage of the one before it.
  for (let run = 0; run < warmups + runs; run++) {
    const record = (key: keyof typeof times, value: number) => run >= warmups && times[key].push(value);
    const timed = <T>(key: keyof typeof times, fn: () => T): T => {
      collect();
      const started = performance.now();
      const value = fn();
      record(key, performance.now() - started);
      return value;
    };
    const compacted = timed('jsonParse', () => JSON.parse(text) as Snapshot);
    timed('jsonStringifyCompacted', () => JSON.stringify(compacted));
    const baseline = timed('jsonParseCollected', () => {
      const value = JSON.parse(text) as Snapshot;
      collectMinor();
      return value;
    });
    timed('jsonStringify', () => JSON.stringify(baseline));
    timed('jsonStringifyPretty', () => JSON.stringify(baseline, null, 2));

    // The host's own steps time themselves through `time`: the load's back to back, as they run when a project opens.
    const steps = new Map<string, number>();
    const time: Timer = (name, run) => {
      const started = performance.now();
      try {
        return run();
      } finally {
        steps.set(name, performance.now() - started);
      }
    };
    const step = (name: string) => steps.get(name) as number;

    const store = storeWith(domains);
    collect();
    const t0 = performance.now();
    const parsed = JSON.parse(text);
    const t1 = performance.now();
    const opened = openStored(parsed, domains, time);
    const t2 = performance.now();
    hydrate(store, opened, domains);
    const t3 = performance.now();
    collectMinor();
    const t4 = performance.now();
    record('parse', t1 - t0);
    record('migrate', step('migrate'));
    record('check', step('check'));
    record('hydrate', t3 - t2);
    record('load', t3 - t0);
    record('collectAfterLoad', t4 - t3);
    record('loadCollected', t4 - t0);

    // The save's steps each after a full collection: Save checks the document between selecting and serialising it.
    const saveStep: Timer = (name, run) => {
      collect();
      return time(name, run);
    };
    const snapshot = prepare(store.getState(), domains, saveStep);
    saveStep('serialize', () => requestBody(snapshot));
    record('select', step('assemble'));
    record('serialize', step('serialize'));
    // Into a file's form between them: the tree's nodes from the editors' buckets into one record by id.
    record('save', step('assemble') + step('convert') + step('serialize'));
    record('saveCheck', step('check'));
    const openedFile = snapshotForFile(opened);
    timed('jsonStringifyOpened', () => JSON.stringify(openedFile));
  }
  const medians = Object.fromEntries(Object.entries(times).map(([key, values]) => [key, median(values)])) as Record<
    keyof typeof times,
    number
  >;
  return { nodes, runs, ...medians };
}

/** Heap held by an opened document, the JSON text excluded: the median of three samples after full collections. */
export function retainedHeap(text: string, domains: DomainModule[], heapUsed: () => number): number | undefined {
  if (!hasGc()) return undefined;
  // Small documents are opened many times at once, so that a sample is megabytes, well above the heap's own noise.
  const copies = Math.max(1, Math.ceil(8_000_000 / text.length));
  // The first sample also compiles code the later ones reuse: not counted. One call per sample, so that no
  // earlier sample's stores are still referenced from this frame.
  heapOfLoads(text, domains, copies, heapUsed);
  return median([0, 1, 2].map(() => heapOfLoads(text, domains, copies, heapUsed) / copies));
}

function heapOfLoads(text: string, domains: DomainModule[], copies: number, heapUsed: () => number): number {
  collect();
  collect();
  const before = heapUsed();
  const stores = Array.from({ length: copies }, () => {
    const store = storeWith(domains);
    hydrate(store, openStored(JSON.parse(text), domains), domains);
    return store;
  });
  collect();
  collect();
  const retained = heapUsed() - before;
  // Keeps the stores alive until after the measurement.
  if (stores.some((s) => s.getState().document.status !== 'open')) throw new Error('a document did not open');
  return retained;
}
