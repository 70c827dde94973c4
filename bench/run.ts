// `npm run bench`: every benchmark in one run, then the tables and the verdict of each target.
// `npm run bench -- api pipeline` runs only those parts (bytes, pipeline, api, pg, browser, history, firstOpen).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { benchApi } from './api.js';
import { BROWSER_DEFAULTS, benchBrowser } from './browser.js';
import { type BuildBytes, measureBuild } from './bytes.js';
import { benchFirstOpen } from './firstOpen.js';
import { benchHistory, HISTORY_SIZES } from './history.js';
import { benchPg } from './pg.js';
import { benchPipeline, PIPELINE_SIZES } from './pipeline.js';
import { benchPipelineInChromium } from './pipelineInChromium.js';
import { type Results, report } from './report.js';
import { bytesBySource } from './support/sourceBytes.js';

const PARTS = ['bytes', 'pipeline', 'api', 'pg', 'browser', 'history', 'firstOpen'] as const;
const asked = process.argv.slice(2);
for (const part of asked)
  if (!(PARTS as readonly string[]).includes(part)) throw new Error(`unknown part "${part}": ${PARTS.join(', ')}`);
const wanted = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);

/** A positive number from the environment, or the default. */
function setting(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!(value > 0)) throw new Error(`${name} must be a positive number; it is "${process.env[name]}"`);
  return value;
}

const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const results: Results = {};

if (wanted('bytes'))
  await part('bytes', async () => {
    const bytes = measureBuild();
    results.bytes = { ...bytes, bySource: whereBytesGo(bytes) };
  });
if (wanted('pipeline')) await part('pipeline', async () => (results.pipeline = await benchPipeline(PIPELINE_SIZES, log)));
if (wanted('history')) await part('history', async () => (results.history = await benchHistory(HISTORY_SIZES, log)));
if (wanted('api')) {
  const options = {
    seconds: setting('BENCH_SECONDS', 3),
    runs: setting('BENCH_RUNS', 3),
    connections: setting('BENCH_CONNECTIONS', 10),
  };
  await part('api', async () => (results.api = await benchApi(options, log)));
}
if (wanted('pg')) {
  const options = {
    seconds: setting('BENCH_SECONDS', 3),
    runs: setting('BENCH_RUNS', 3),
    connections: setting('BENCH_CONNECTIONS', 10),
  };
  await part('pg', async () => (results.pg = await benchPg(options, log)));
}
// After the API, with the browser part, so that no Chromium is still closing as the API's first servers start.
if (wanted('pipeline'))
  await part(
    'pipeline in Chromium',
    async () => (results.pipelineInChromium = await benchPipelineInChromium(PIPELINE_SIZES, log)),
  );
if (wanted('browser')) await part('browser', async () => (results.browser = await benchBrowser(BROWSER_DEFAULTS, log)));
if (wanted('firstOpen')) await part('firstOpen', async () => (results.firstOpen = await benchFirstOpen(3, log)));

/** Runs one part; if it fails, says so and goes on, so that the other parts still report. */
async function part(name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    process.exitCode = 1;
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

const { text } = report(results);
const out = fileURLToPath(new URL('./.work/', import.meta.url));
await mkdir(out, { recursive: true });
await writeFile(`${out}last-run.md`, `${text}\n`);
await writeFile(`${out}last-run.json`, JSON.stringify(results, null, 2));
console.log(`\n${text}\n\nTook ${((Date.now() - started) / 1000).toFixed(0)} s; also written to bench/.work/last-run.md.`);

/** The biggest sources in the host's initial JS and in each remote's ./domain JS. */
function whereBytesGo(bytes: BuildBytes): Record<string, [string, number][]> {
  const top = (files: string[], count: number) => {
    const totals = new Map<string, number>();
    for (const file of files)
      for (const [source, size] of bytesBySource(file)) totals.set(source, (totals.get(source) ?? 0) + size);
    return [...totals].sort((a, b) => b[1] - a[1]).slice(0, count);
  };
  const root = fileURLToPath(new URL('../', import.meta.url));
  return {
    'host initial': top(
      bytes.hostInitial.map((f) => root + f.file),
      8,
    ),
    ...Object.fromEntries(
      bytes.remotes.map((r) => [
        `${r.dir} ./domain`,
        top(
          r.domain.map((f) => root + f.file),
          4,
        ),
      ]),
    ),
  };
}
