// The editor as people get it: the production build in Chromium, served by the real server. Each open is a
// first visit in a fresh browser context (no cache), timed in the page from navigation start.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { richSnapshot } from '@psb/contracts/testing';
import { type Browser, type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/support/chromium.ts';
import { type EditorServer, startEditorServer } from '../e2e/support/editorServer.ts';
import { countReactRenderers } from '../e2e/support/reactRenderers.ts';
import { generateSnapshot } from './support/generateSnapshot.js';
import { installEditProbe, installProbes, type ProbeWindow } from './support/pageProbes.js';
import { measureScroll, type ScrollResult } from './support/scrollInPage.js';
import { median, percentile } from './support/stats.js';
import { measureUndo, type UndoResult } from './support/undoInPage.js';

export interface OpenResult {
  label: string;
  nodes: number;
  runs: number;
  /** Median ms from navigation start to the editor ready (four panels, tree rows, preview showing the document). */
  ready: number;
  /** Set when an open was not ready within this many seconds (then ready is Infinity). */
  timedOutAfter?: number;
  /** Set when an editor failed to load during an open (then ready is Infinity): the panels that failed. */
  failedPanels?: string[];
  /** JSON.parse of the project's bytes in the same page, median ms: the floor of any load. */
  jsonParse: number;
  /**
   * The open's own steps, as the host records them (User Timing measures `psb <step>`), median ms: parse,
   * migrate, check, hydrate, dispatch.
   */
  steps: Record<string, number>;
  bytes: number;
  /** Elements in the document once ready, and in each region (panel) of it. */
  domNodes: number;
  domByRegion: Record<string, number>;
  /** Chromium's own accounting up to ready (median), ms: script, style, layout; and the JS heap. */
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  heapBytes: number;
  /** JavaScript files fetched before ready (the first run's), by URL path. */
  scripts: string[];
  /** The same project opened again and again in one page, once the code is warm; absent for the small project. */
  warm?: WarmOpens;
}

/** Opens of a project in a page that has opened it before: the load once the JIT compiled the host's code. */
export interface WarmOpens {
  opens: number;
  /** Median ms of each step, as the host measures them. */
  steps: Record<string, number>;
  /** JSON.parse of the project's bytes in the same page right after each of these opens, median ms. */
  jsonParse: number;
}

export interface EditResult {
  /** Edits measured: EDITS, or fewer when they took longer than the time allowed. */
  edits: number;
  /** keydown → the preview's DOM showing the character, ms. */
  commitMedian: number;
  commitP90: number;
  /** keydown → the animation frame after that change, ms. */
  frameMedian: number;
  /** Chromium's script time over the edits, divided by their number, ms. */
  scriptPerEdit: number;
  /** A click on a binding's Component field → the animation frame after its list shows, median ms. */
  listOpenMedian: number;
  /** Options that list holds: at most the editor's cap, whatever the page's size. */
  listed: number;
  /** The typed burst undone and redone (one step). */
  undo: UndoResult;
}

export interface BrowserResult {
  small: OpenResult;
  large: OpenResult[];
  /** Typing in the 10,000-node project, which the first target is about (absent when it could not open). */
  edit?: EditResult;
  /** The same in the 50,000-node project: how typing grows with the page. */
  editLarge?: EditResult;
  /** The same in the 1,000-node project: what typing at 10,000 is compared with. */
  editSmall?: EditResult;
  /** The project issue 26 was filed with: a team's real data model, opened once and typed in. */
  team?: { open?: OpenResult; edit?: EditResult };
  /** Each region of the 50,000-node project scrolled for two seconds. */
  scrolls?: ScrollResult[];
  reactRenderers: number;
}

/** The sizes typing is measured at: the target's, then the largest, then the smallest (for the growth). */
export const EDIT_NODES = [10_000, 50_000, 1_000] as const;
/** The project whose regions are scrolled, and those regions. */
export const SCROLL_NODES = 50_000;
export const SCROLL_REGIONS = ['Preview', 'Component tree', 'Variables', 'Entity models', 'Action flows'] as const;
/** Issue 26's heavy case: 50,000 nodes whose texts use variables, with 2,000 variables and 1,000 models of five fields. */
export const TEAM_PROJECT = { nodes: 50_000, data: { variables: 2_000, models: 1_000, fieldsPerModel: 5 } } as const;

/**
 * Chromium's CPU slowed this many times (`BENCH_CPU_SLOWDOWN`, DevTools' throttling) in every page: how the
 * figures hold on a slower machine than the one at hand.
 */
export const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);

const EDITS = 50;
const WARMUP_EDITS = 3;
const LIST_OPENS = 7;

export interface BrowserOptions {
  /** Opens of the small project and of each generated size (fewer for the big ones: each takes long). */
  runs: { small: number; sizes: [nodes: number, runs: number][] };
  /** An open that is not ready after this many seconds is reported as such, and that size's other runs skipped. */
  openTimeoutSeconds: number;
  /** The edits stop after this many seconds even before EDITS were made (each is reported). */
  editSeconds: number;
}

export const BROWSER_DEFAULTS: BrowserOptions = {
  runs: {
    small: 5,
    sizes: [
      [1_000, 5],
      [10_000, 3],
      [50_000, 1],
    ],
  },
  openTimeoutSeconds: 180,
  editSeconds: 90,
};

export async function benchBrowser(
  options = BROWSER_DEFAULTS,
  log: (line: string) => void = console.log,
): Promise<BrowserResult> {
  const server = await startEditorServer();
  const timeout = options.openTimeoutSeconds * 1000;
  try {
    const small = await withBrowser((b) =>
      measureOpen(b, server, 'richSnapshot (4 nodes)', richSnapshot(), options.runs.small, timeout, log),
    );
    const large: OpenResult[] = [];
    // Smallest first; the edits before the largest size, whose open may be cut off by the timeout.
    const sizes = [...options.runs.sizes].sort((a, b) => a[0] - b[0]);
    const last = sizes.pop();
    const open = async ([nodes, runs]: [number, number]) => {
      const label = `${nodes.toLocaleString('en-US')} nodes`;
      large.push(await withBrowser((b) => measureOpen(b, server, label, generateSnapshot(nodes), runs, timeout, log)));
    };
    for (const size of sizes) await open(size);
    const [target, largest, smallest] = EDIT_NODES;
    // A size whose editor fails to open is reported as such; the others are still measured.
    const attempt = async <T>(what: string, run: () => Promise<T>): Promise<T | undefined> =>
      run().catch((error: unknown) => {
        log(`  ${what} not measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        return undefined;
      });
    const edits = (nodes: number, snapshot = generateSnapshot(nodes), profileName?: string) =>
      attempt(`typing at ${nodes.toLocaleString('en-US')} nodes`, () =>
        withBrowser((b) => measureEdits(b, server, snapshot, options.editSeconds, log, profileName)),
      );
    const editSmall = (await edits(smallest))?.edit;
    const measured = await edits(target);
    const editLarge = (await edits(largest))?.edit;
    const scrolls = await attempt('scrolling', () => withBrowser((b) => measureScrolls(b, server, SCROLL_NODES, timeout, log)));
    if (last) await open(last);
    const teamProject = generateSnapshot(TEAM_PROJECT.nodes, 'A team’s data model', TEAM_PROJECT.data);
    const team = {
      open: await attempt('the team’s project', () =>
        withBrowser((b) => measureOpen(b, server, 'a team’s data model', teamProject, 1, timeout, log)),
      ),
      edit: (await edits(TEAM_PROJECT.nodes, teamProject, 'edits-team'))?.edit,
    };
    return {
      small,
      large,
      edit: measured?.edit,
      editLarge,
      editSmall,
      scrolls,
      team,
      reactRenderers: measured?.reactRenderers ?? Number.NaN,
    };
  } finally {
    await server.stop();
  }
}

/**
 * A fresh Chromium for each measurement: a page cut off in the middle of a long task must not share a renderer
 * with the next one.
 */
async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

/**
 * The text the preview shows for a generated project's first paragraph: the top of the page, which is what a
 * person sees of it (a canvas drawing its sections as they scroll into view never draws the last one at the open).
 */
function firstParagraphMarker(snapshot: { componentTree: { nodes: Record<string, { props: Record<string, unknown> }> } }) {
  const contents = Object.values(snapshot.componentTree.nodes).map((n) => String(n.props.content ?? ''));
  const first = contents.find((c) => c.startsWith('Paragraph '));
  return first ? first.slice(0, first.indexOf(' tells')) : 'Hello Ada';
}

async function measureOpen(
  browser: Browser,
  server: EditorServer,
  label: string,
  snapshot: ReturnType<typeof generateSnapshot>,
  runs: number,
  timeout: number,
  log: (line: string) => void,
): Promise<OpenResult> {
  const id = (await server.createProject({ ...snapshot, meta: { name: label } })).meta.id;
  const marker = firstParagraphMarker(snapshot);
  const samples: { ready: number; script: number; style: number; layout: number; heap: number }[] = [];
  const stepSamples: Record<string, number>[] = [];
  let first: (Awaited<ReturnType<typeof pageFacts>> & { scripts: string[] }) | undefined;
  let failedPanels: string[] | undefined;
  for (let run = 0; run < runs; run++) {
    const { context, page, cdp } = await freshPage(browser, marker);
    const scripts: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    try {
      const profiling = run === 0 ? await startProfile(cdp) : undefined;
      // Only the navigation itself: readiness is what the probe in the page measures.
      await page.goto(`${server.url}/projects/${id}`, { waitUntil: 'commit' });
      const outcome = await waitReady(page, timeout).catch(() => undefined);
      const ready = typeof outcome === 'number' ? outcome : undefined;
      if (Array.isArray(outcome)) failedPanels = outcome;
      if (ready === undefined) {
        log(
          `  open ${label}: ${failedPanels ? `${failedPanels.join(', ')} failed to load` : `not ready after ${timeout / 1000} s`}`,
        );
        // A failed load still says what the page held by then: its elements and heap, beside no ready time.
        const metrics = failedPanels ? await chromeMetrics(cdp) : undefined;
        if (failedPanels) first ??= { ...(await pageFacts(page, id)), scripts: [...scripts] };
        samples.push({
          ready: Number.POSITIVE_INFINITY,
          script: Number.NaN,
          style: Number.NaN,
          layout: Number.NaN,
          heap: metrics?.JSHeapUsedSize ?? Number.NaN,
        });
        break;
      }
      const metrics = await chromeMetrics(cdp);
      stepSamples.push(
        await page.evaluate(() =>
          Object.fromEntries(
            performance
              .getEntriesByType('measure')
              .filter((entry) => entry.name.startsWith('psb '))
              .map((entry) => [entry.name.slice('psb '.length), entry.duration]),
          ),
        ),
      );
      await profiling?.stop(`open-${label.replace(/\W+/g, '-')}`);
      samples.push({
        ready,
        script: metrics.ScriptDuration * 1000,
        style: metrics.RecalcStyleDuration * 1000,
        layout: metrics.LayoutDuration * 1000,
        heap: metrics.JSHeapUsedSize,
      });
      log(`  open ${label}: ready in ${ready.toFixed(0)} ms`);
      first ??= { ...(await pageFacts(page, id)), scripts: [...scripts] };
    } finally {
      await context.close();
    }
  }
  const nodes = Object.keys(snapshot.componentTree.nodes).length;
  const warm =
    nodes >= 1_000 && first && !failedPanels ? await measureWarmOpens(browser, server, label, id, marker, timeout) : undefined;
  if (warm) log(`  open ${label} again: ${OPEN_STEPS.map((step) => (warm.steps[step] ?? Number.NaN).toFixed(1)).join(' / ')} ms`);
  return {
    label,
    nodes,
    ...(warm ? { warm } : {}),
    runs: samples.length,
    ready: median(samples.map((s) => s.ready)),
    scriptMs: median(samples.map((s) => s.script)),
    styleMs: median(samples.map((s) => s.style)),
    layoutMs: median(samples.map((s) => s.layout)),
    heapBytes: median(samples.map((s) => s.heap)),
    steps: Object.fromEntries(OPEN_STEPS.map((step) => [step, median(stepSamples.map((s) => s[step] ?? Number.NaN))])),
    ...(first ?? { domNodes: Number.NaN, domByRegion: {}, jsonParse: Number.NaN, bytes: Number.NaN, scripts: [] }),
    ...(failedPanels ? { failedPanels } : {}),
    ...(!failedPanels && samples.some((s) => s.ready === Number.POSITIVE_INFINITY) ? { timedOutAfter: timeout / 1000 } : {}),
  };
}

/** Opens of the measured project after the first, alternating with a tiny project so that each is a real open. */
const WARM_OPENS = 5;

/**
 * In one page: the project opened cold, then WARM_OPENS more times, each after opening a tiny project, as a user
 * switching between projects does (the editor follows Back and Forward: pushState and popstate). The steps of
 * each later open, and after each, JSON.parse of the same bytes in the same page: the baseline, timed in the
 * same heap at the same moments (a JSON.parse timed in another page, as the first opens' is, varies threefold).
 */
async function measureWarmOpens(
  browser: Browser,
  server: EditorServer,
  label: string,
  id: string,
  marker: string,
  timeout: number,
): Promise<WarmOpens> {
  const otherId = (await server.createProject({ ...richSnapshot(), meta: { name: 'Tiny' } })).meta.id;
  const { context, page, cdp } = await freshPage(browser, marker);
  try {
    await openEditor(page, `${server.url}/projects/${id}`, timeout);
    await page.evaluate(async (projectId) => {
      (window as unknown as ProbeWindow).__benchText = await (await fetch(`/api/projects/${projectId}`)).text();
    }, id);
    const profiling = await startProfile(cdp);
    const opens: Awaited<ReturnType<typeof openInPage>>[] = [];
    const parses: number[] = [];
    for (let i = 0; i < WARM_OPENS; i++) {
      await openInPage(page, otherId, timeout);
      opens.push(await openInPage(page, id, timeout));
      parses.push(await page.evaluate(timeJsonParse));
    }
    await profiling?.stop(`open-again-${label.replace(/\W+/g, '-')}`);
    return {
      opens: opens.length,
      steps: Object.fromEntries(OPEN_STEPS.map((step) => [step, median(opens.map((o) => o[step] ?? Number.NaN))])),
      jsonParse: median(parses),
    };
  } finally {
    await context.close();
  }
}

/** Navigates to `url` and waits until the probe in the page finds the editor ready; throws if an editor failed to load. */
async function openEditor(page: Page, url: string, timeout: number) {
  // Only the navigation itself: readiness is what the probe in the page measures.
  await page.goto(url, { waitUntil: 'commit' });
  const outcome = await waitReady(page, timeout);
  if (Array.isArray(outcome)) throw new Error(`${outcome.join(', ')} failed to load`);
}

/** The probe's ready time, or the panels that failed to load first. */
async function waitReady(page: Page, timeout: number): Promise<number | string[]> {
  const handle = await page.waitForFunction(
    () => (window as unknown as ProbeWindow).__benchReady ?? (window as unknown as ProbeWindow).__benchFailed,
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as number | string[];
}

/** JSON.parse of the text the page fetched, ms. */
function timeJsonParse() {
  const started = performance.now();
  JSON.parse((window as unknown as ProbeWindow).__benchText as string);
  return performance.now() - started;
}

/** Opens a project in the editor already on the page, as Back or Forward would; the steps the host measured. */
async function openInPage(page: Page, id: string, timeout: number) {
  return page.evaluate(
    async ({ projectId, timeoutMs }) => {
      performance.clearMeasures();
      history.pushState(null, '', `/projects/${encodeURIComponent(projectId)}`);
      dispatchEvent(new PopStateEvent('popstate'));
      const deadline = performance.now() + timeoutMs;
      while (performance.getEntriesByName('psb dispatch').length === 0) {
        if (performance.now() > deadline) throw new Error(`project ${projectId} did not open in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const steps: Record<string, number> = Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('psb '))
          .map((entry) => [entry.name.slice('psb '.length), entry.duration]),
      );
      // The render finishes before the next open.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return steps;
    },
    { projectId: id, timeoutMs: timeout },
  );
}

/** The steps of an open the host measures, in order; their sum is the load compared with JSON.parse. */
export const OPEN_STEPS = ['parse', 'migrate', 'check', 'convert', 'hydrate', 'dispatch'];

/** A page in a fresh context (nothing cached), the probes installed, Chromium's performance metrics on. */
async function freshPage(browser: Browser, marker: string): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  // tsx compiles the probes with esbuild's keepNames, which wraps functions in __name(); the page has none.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(countReactRenderers);
  await page.addInitScript(installProbes, marker);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (CPU_SLOWDOWN > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  return { context, page, cdp };
}

/** Chromium's counters since Performance.enable: seconds of script, style and layout work, and the JS heap. */
async function chromeMetrics(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
  return {
    ScriptDuration: value('ScriptDuration'),
    RecalcStyleDuration: value('RecalcStyleDuration'),
    LayoutDuration: value('LayoutDuration'),
    JSHeapUsedSize: value('JSHeapUsedSize'),
  };
}

/** Elements in the document, and JSON.parse of the project's bytes timed in this page (median of 5). */
async function pageFacts(page: Page, id: string) {
  return page.evaluate(async (projectId) => {
    const text = await (await fetch(`/api/projects/${projectId}`)).text();
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const started = performance.now();
      JSON.parse(text);
      if (i > 0) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const regions: Record<string, number> = {};
    for (const section of document.querySelectorAll('section[aria-labelledby]')) {
      const name = document.getElementById(section.getAttribute('aria-labelledby') ?? '')?.textContent ?? '?';
      regions[name] = section.getElementsByTagName('*').length;
    }
    return {
      domNodes: document.getElementsByTagName('*').length,
      domByRegion: regions,
      jsonParse: times[2] as number,
      bytes: new TextEncoder().encode(text).length,
    };
  }, id);
}

/**
 * In a generated project of `nodes` nodes, the selected Text's Content box in the inspector: one key at a time,
 * the time until the preview shows it. A pause after each edit, so that each starts from an idle page.
 */
async function measureEdits(
  browser: Browser,
  server: EditorServer,
  snapshot: ReturnType<typeof generateSnapshot>,
  seconds: number,
  log: (line: string) => void,
  profileName = `edits-${Object.keys(snapshot.componentTree.nodes).length / 1000}k`,
) {
  const id = (await server.createProject({ ...snapshot, meta: { name: 'Edits' } })).meta.id;
  const { context, page, cdp } = await freshPage(browser, firstParagraphMarker(snapshot));
  try {
    await openEditor(page, `${server.url}/projects/${id}`, 300_000);
    const reactRenderers = await page.evaluate(() => (window as unknown as ProbeWindow).__reactRendererVersions.length);
    const content = page
      // The selected component's properties, in the workspace's right sidebar.
      .getByRole('region', { name: 'Inspector', exact: true })
      .getByRole('textbox', { name: 'Content', exact: true });
    const initial = await page
      .getByRole('region', { name: 'Preview', exact: true })
      .getByRole('heading', { level: 3 })
      .first()
      .textContent();
    await page.evaluate(installEditProbe, initial ?? '');
    await content.click();
    await content.press('End');
    const profiling = await startProfile(cdp);
    let typed = '';
    const commits: number[] = [];
    const frames: number[] = [];
    let scriptBefore = 0;
    let deadline = Number.POSITIVE_INFINITY;
    for (let i = 0; i < WARMUP_EDITS + EDITS && performance.now() < deadline; i++) {
      if (i === WARMUP_EDITS) {
        scriptBefore = (await chromeMetrics(cdp)).ScriptDuration;
        deadline = performance.now() + seconds * 1000;
      }
      const key = String.fromCharCode(97 + (i % 26));
      typed += key;
      await page.evaluate((expected) => (window as unknown as ProbeWindow).__armEdit?.(expected), `${initial}${typed}`);
      await page.keyboard.press(key);
      const { commit, frame } = await page.evaluate(() =>
        Promise.race([
          (window as unknown as ProbeWindow).__edit as Promise<{ commit: number; frame: number }>,
          new Promise<never>((_, reject) =>
            setTimeout(() => reject(new Error('the preview did not show the edit within 60 s')), 60_000),
          ),
        ]),
      );
      if (i >= WARMUP_EDITS) {
        commits.push(commit);
        frames.push(frame);
      }
      await page.waitForTimeout(100);
    }
    const scriptSeconds = (await chromeMetrics(cdp)).ScriptDuration - scriptBefore;
    await profiling?.stop(profileName);
    const undo = await measureUndo(page, cdp, `${initial ?? ''}${typed}`);
    log(`  undo / redo of the typed burst: ${undo.undoFrame.toFixed(1)} / ${undo.redoFrame.toFixed(1)} ms to the frame`);
    const list = await measureComponentList(page);
    const edit: EditResult = {
      edits: commits.length,
      commitMedian: median(commits),
      commitP90: percentile(commits, 90),
      frameMedian: median(frames),
      scriptPerEdit: (scriptSeconds * 1000) / commits.length,
      listOpenMedian: median(list.opens),
      listed: list.listed,
      undo,
    };
    log(`  ${commits.length} edits: keydown → preview ${edit.commitMedian.toFixed(1)} ms median`);
    log(`  the Component list: ${edit.listed} options in ${edit.listOpenMedian.toFixed(1)} ms median`);
    return { edit, reactRenderers };
  } finally {
    await context.close();
  }
}

/**
 * Opens the first binding's Component list LIST_OPENS times, as a click does, after one unmeasured: ms from the
 * click to the frame after the list shows. The list grows with the page's emitting components (7,464 at 50,000
 * nodes), so it is what a picker costs in a big page.
 */
async function measureComponentList(page: Page): Promise<{ opens: number[]; listed: number }> {
  // The action flows sit in the dock under the canvas, behind their tab.
  await page.getByRole('tablist', { name: 'Data and logic' }).getByRole('tab', { name: 'Action flows' }).click();
  const input = page
    .getByRole('region', { name: 'Action flows', exact: true })
    .getByRole('combobox', { name: 'Component' })
    .first();
  const opens: number[] = [];
  let listed = 0;
  for (let i = 0; i <= LIST_OPENS; i++) {
    const open = await input.evaluate(
      (field: HTMLInputElement) =>
        new Promise<{ ms: number; listed: number }>((resolve) => {
          const list = document.getElementById(field.getAttribute('aria-controls') ?? '');
          const start = performance.now();
          field.focus();
          field.click();
          requestAnimationFrame(() =>
            setTimeout(() => resolve({ ms: performance.now() - start, listed: list?.children.length ?? 0 })),
          );
        }),
    );
    await input.evaluate((field: HTMLInputElement) => field.blur());
    await page.waitForTimeout(200);
    if (i === 0) continue;
    opens.push(open.ms);
    listed = open.listed;
  }
  return { opens, listed };
}

/** With BENCH_PROFILE_DIR set, a CPU profile of what follows, written there as `<name>.cpuprofile`. */
async function startProfile(cdp: CDPSession) {
  const dir = process.env.BENCH_PROFILE_DIR;
  if (!dir) return undefined;
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return {
    async stop(name: string) {
      const { profile } = await cdp.send('Profiler.stop');
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    },
  };
}

/** In a fresh page of the `nodes`-node project, each of SCROLL_REGIONS scrolled for two seconds; the dock's shown by its tab. */
async function measureScrolls(
  browser: Browser,
  server: EditorServer,
  nodes: number,
  timeout: number,
  log: (line: string) => void,
): Promise<ScrollResult[]> {
  const snapshot = generateSnapshot(nodes);
  const id = (await server.createProject({ ...snapshot, meta: { name: 'Scrolls' } })).meta.id;
  const { context, page } = await freshPage(browser, firstParagraphMarker(snapshot));
  try {
    await openEditor(page, `${server.url}/projects/${id}`, timeout);
    const results: ScrollResult[] = [];
    for (const region of SCROLL_REGIONS) {
      const tab = page.getByRole('tablist', { name: 'Data and logic' }).getByRole('tab', { name: region, exact: true });
      if ((await tab.count()) > 0) await tab.click();
      // Whatever showing the tab set off settles first: the scroll alone is measured.
      await page.waitForTimeout(1_000);
      const result = await measureScroll(page, region);
      log(`  scroll ${region}: ${result.longFrames} frames > 50 ms, longest ${result.longestFrame.toFixed(0)} ms`);
      results.push(result);
    }
    return results;
  } finally {
    await context.close();
  }
}
