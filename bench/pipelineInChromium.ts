// Item 2 in Chromium: the snapshot pipeline's very steps (bench/support/pipelineSteps.ts), run in a page of
// their own as Node runs them, with the same baselines, collections and medians.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Configuration } from '@rspack/core';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/support/chromium.js';
import { baseConfig, build } from '../rspack.config.js';
import { PIPELINE_SIZES, type PipelineResult } from './pipeline.js';
import { generateSnapshot } from './support/generateSnapshot.js';
import type { PipelineTimes } from './support/pipelineSteps.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * A page served with the headers that make it cross-origin isolated: only then does Chromium's clock tick in
 * 5 µs steps rather than 100 µs ones, fine enough for a 1,000-node document's half-millisecond parse. The
 * benchmark answers the request itself; nothing listens on the address.
 */
const PAGE_URL = 'http://127.0.0.1/pipeline';
const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export async function benchPipelineInChromium(
  sizes = PIPELINE_SIZES,
  log: (line: string) => void = console.log,
): Promise<PipelineResult[]> {
  const script = await bundle();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    // gc() for the collections each step is timed between; the heap in use to the byte, not rounded.
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const page = await pipelinePage(browser, script);
    const results: PipelineResult[] = [];
    for (const nodes of sizes) {
      const text = JSON.stringify(generateSnapshot(nodes));
      await page.evaluate((value) => Object.assign(globalThis, { pipelineText: value }), text);
      // Memory first, in its own call, as in Node.
      const heapBytes = (await page.evaluate('pipeline.retainedHeap()')) as number | undefined;
      const times = (await page.evaluate(`pipeline.timeSteps(${nodes})`)) as PipelineTimes;
      results.push({ ...times, bytes: Buffer.byteLength(text), heapBytes });
      log(`pipeline in Chromium: ${nodes.toLocaleString('en-US')} nodes measured`);
    }
    return results;
  } finally {
    await browser.close();
  }
}

async function pipelinePage(browser: Browser, script: string) {
  const page = await browser.newPage();
  await page.route(PAGE_URL, (route) =>
    route.fulfill({ contentType: 'text/html', headers: ISOLATED, body: '<!doctype html><title>pipeline</title>' }),
  );
  await page.goto(PAGE_URL);
  if (!(await page.evaluate('crossOriginIsolated'))) throw new Error('the pipeline page is not cross-origin isolated');
  await page.addScriptTag({ content: script });
  return page;
}

/** The page's script, built by rspack with the editor's own build settings (production, ES2022, SWC). */
async function bundle(): Promise<string> {
  const outputPath = await mkdtemp(path.join(tmpdir(), 'psb-pipeline-page-'));
  const base = baseConfig('pipeline-page', ROOT, outputPath);
  const config: Configuration = {
    ...base,
    entry: { pipeline: './bench/support/pipelinePage.ts' },
    devtool: false,
    // One script: the page is given its text, not served files to fetch chunks from.
    output: { ...base.output, filename: 'pipeline.js', asyncChunks: false },
  };
  try {
    await build([config]);
    return await readFile(path.join(outputPath, 'pipeline.js'), 'utf8');
  } finally {
    await rm(outputPath, { recursive: true, force: true });
  }
}
