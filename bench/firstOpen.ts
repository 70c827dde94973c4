// A first open over a real network: the production build served by the real server to a Chromium with nothing
// cached, its network throttled to a fast 3G profile. Once as browsers ask (compressed), once asking for no
// compression (what the editor cost before the build wrote brotli and gzip copies), on the same build.
import { richSnapshot } from '@psb/contracts/testing';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/support/chromium.ts';
import { startEditorServer } from '../e2e/support/editorServer.ts';
import { installProbes, type ProbeWindow } from './support/pageProbes.js';
import { median } from './support/stats.js';

/** Chrome DevTools' "Fast 3G": 1.6 Mbit/s down, 750 kbit/s up, 150 ms of latency (bytes per second here). */
export const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };

export interface FirstOpen {
  /** Navigation start → the frame's first paint, and → every editor usable (the four panels ready, the page drawn). */
  firstPaint: number;
  ready: number;
  /** Bytes over the wire (headers included), all of them and the JavaScript's, and JavaScript files sent uncompressed. */
  transferred: number;
  scriptTransferred: number;
  scriptDecoded: number;
  uncompressedScripts: string[];
  requests: number;
}

export interface FirstOpenResult {
  compressed: FirstOpen;
  identity: FirstOpen;
  runs: number;
}

const MARKER = 'Hello Ada';

export async function benchFirstOpen(runs = 3, log: (line: string) => void = console.log): Promise<FirstOpenResult> {
  const server = await startEditorServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const { meta } = await server.createProject(richSnapshot());
    const url = `${server.url}/projects/${meta.id}`;
    const medianOf = async (compressed: boolean) => {
      const opens: FirstOpen[] = [];
      for (let i = 0; i < runs; i++) opens.push(await openOnce(browser, url, compressed));
      const pick = (key: 'firstPaint' | 'ready') => median(opens.map((o) => o[key]));
      return { ...(opens[0] as FirstOpen), firstPaint: pick('firstPaint'), ready: pick('ready') };
    };
    const compressed = await medianOf(true);
    log(`first open, fast 3G, compressed: ready in ${Math.round(compressed.ready)} ms, ${compressed.transferred} bytes`);
    const identity = await medianOf(false);
    log(`first open, fast 3G, uncompressed: ready in ${Math.round(identity.ready)} ms, ${identity.transferred} bytes`);
    return { compressed, identity, runs };
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function openOnce(browser: Browser, url: string, compressed: boolean): Promise<FirstOpen> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installProbes, MARKER);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  if (!compressed) await cdp.send('Network.setExtraHTTPHeaders', { headers: { 'accept-encoding': 'identity' } });
  const responses = new Map<string, { url: string; script: boolean; encoding?: string }>();
  const facts = { transferred: 0, scriptTransferred: 0, scriptDecoded: 0, uncompressedScripts: [] as string[], requests: 0 };
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const encoding = Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1];
    responses.set(requestId, { url: response.url, script: type === 'Script', encoding });
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    if (responses.get(requestId)?.script) facts.scriptDecoded += dataLength;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const response = responses.get(requestId);
    facts.requests++;
    facts.transferred += encodedDataLength;
    if (!response?.script) return;
    facts.scriptTransferred += encodedDataLength;
    if (!response.encoding) facts.uncompressedScripts.push(new URL(response.url).pathname);
  });
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as ProbeWindow).__benchReady, undefined, { timeout: 120_000 });
    const timings = await page.evaluate(() => ({
      ready: (window as unknown as ProbeWindow).__benchReady as number,
      firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    }));
    // What is still arriving once the editor is usable is counted too (a font, a late chunk).
    await page.waitForLoadState('networkidle');
    return { ...timings, ...facts };
  } finally {
    await context.close();
  }
}
