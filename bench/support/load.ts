import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import autocannon, { type Options } from 'autocannon';
import { median } from './stats.js';

/** One run's figures. */
export interface LoadRun {
  reqPerSec: number;
  /** Latency percentiles in milliseconds; NaN for what is not a request (a ceiling loop). */
  p50: number;
  p99: number;
  /** Responses that were not the status the scenario expects, plus connection errors and timeouts. */
  unexpected: number;
}

/** Something measured as a rate: an HTTP load, or a loop in this process. */
export interface Scenario {
  name: string;
  run(seconds: number): Promise<LoadRun>;
}

export interface LoadSummary extends LoadRun {
  name: string;
  runs: LoadRun[];
}

export interface HttpScenario {
  name: string;
  options: Options;
  /** The status every response should have (200 unless said); others are counted as unexpected. */
  expectStatus?: number;
  /** Before each run, outside the measured time (e.g. reading the current ETags). */
  prepare?: () => Promise<void>;
  /** After each run: waits until the server finished what the run left in flight, so the next run starts from quiet. */
  settle?: () => Promise<void>;
}

/** A run goes on past its seconds until this many responses came, so that a slow server's rate rests on several. */
const MIN_RESPONSES = 10;
/** ...but never longer than this. */
const MAX_SECONDS = 90;

/** Load from autocannon, in this process, over loopback. */
export function httpScenario({ name, options, expectStatus = 200, prepare, settle }: HttpScenario): Scenario {
  return {
    name,
    async run(seconds) {
      await prepare?.();
      const started = performance.now();
      const times: number[] = [];
      const instance = autocannon({ timeout: MAX_SECONDS, ...options, duration: MAX_SECONDS });
      instance.on('response', () => {
        const now = performance.now();
        times.push(now);
        if (now - started >= seconds * 1000 && times.length >= MIN_RESPONSES) instance.stop();
      });
      const result = await instance;
      await settle?.();
      const total = Object.values(result.statusCodeStats).reduce((sum, s) => sum + s.count, 0);
      const good = result.statusCodeStats[String(expectStatus)]?.count ?? 0;
      return {
        reqPerSec: rateUntilLast(started, times),
        p50: result.latency.p50,
        p99: result.latency.p99,
        unexpected: total - good + result.errors,
      };
    },
  };
}

/**
 * Responses per second from the start of the load to the last response, without the end (requests cut off
 * when the run stops). The start needs no cutting: with every connection waiting for its answer, the responses
 * by any moment are the rate times that moment. Counting only between the first and the last response would
 * read a server that answers its connections in one burst (json-server writing 45 MB a PUT: ten answers in the
 * same few milliseconds, seconds after the start) at hundreds a second.
 */
function rateUntilLast(started: number, times: number[]): number {
  if (times.length === 0) return Number.NaN;
  return times.length / (((times.at(-1) as number) - started) / 1000);
}

/**
 * Each scenario once to warm up (not counted), then `runs` rounds in which every scenario runs once in turn, so
 * that a slow moment of a noisy machine hits all of them alike. The median of each figure over the rounds.
 */
export async function sideBySide(
  scenarios: Scenario[],
  { runs, seconds, warmupSeconds = 1 }: { runs: number; seconds: number; warmupSeconds?: number },
  log: (line: string) => void,
): Promise<LoadSummary[]> {
  for (const s of scenarios) {
    await flushDisk();
    await s.run(warmupSeconds);
  }
  const byScenario = scenarios.map(() => [] as LoadRun[]);
  for (let round = 0; round < runs; round++) {
    for (const [i, s] of scenarios.entries()) {
      await flushDisk();
      const run = await s.run(seconds);
      byScenario[i]?.push(run);
      const latency = Number.isNaN(run.p99) ? '' : `, p50 ${run.p50} ms, p99 ${run.p99} ms`;
      log(`  ${s.name}: ${run.reqPerSec.toFixed(1)}/s${latency}${run.unexpected ? `, ${run.unexpected} unexpected` : ''}`);
    }
  }
  return scenarios.map((s, i) => summarize(s.name, byScenario[i] ?? []));
}

/**
 * Writes every dirty page to disk (sync(1)), so that no run pays for the writes another left in the page cache:
 * the store's fill, and json-server's PUTs, each of which rewrites its whole db.json (5 MB with 1,000 projects,
 * 45 MB with 10,000) without fsync. A server that fsyncs would otherwise wait behind that writeback.
 */
const flushDisk = () => promisify(execFile)('sync');

function summarize(name: string, runs: LoadRun[]): LoadSummary {
  return {
    name,
    runs,
    reqPerSec: median(runs.map((r) => r.reqPerSec)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    unexpected: runs.reduce((sum, r) => sum + r.unexpected, 0),
  };
}
