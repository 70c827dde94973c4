// The tables `npm run bench` prints, and the verdict of each target. Figures only from the results passed in.
import { type ApiResult, SCENARIO, STORE_SIZES } from './api.js';
import { bigProjectsReport } from './bigProjectsReport.js';
import { type BrowserResult, EDIT_NODES, type EditResult, OPEN_STEPS, type OpenResult } from './browser.js';
import { BUDGETS, type BuildBytes, domainBudget } from './bytes.js';
import type { FirstOpenResult } from './firstOpen.js';
import { firstOpenReport } from './firstOpenReport.js';
import type { HistoryResult } from './history.js';
import { historyReport } from './historyReport.js';
import type { PgResult } from './pg.js';
import { pgReport } from './pgReport.js';
import type { PipelineResult } from './pipeline.js';
import { revisionsReport } from './revisions.js';
import { kb, mb, ms, num, ratio, table, type Verdict, verdictRows } from './support/format.js';

export interface Results {
  bytes?: BuildBytes & { bySource?: Record<string, [string, number][]> };
  pipeline?: PipelineResult[];
  pipelineInChromium?: PipelineResult[];
  api?: ApiResult;
  browser?: BrowserResult;
  history?: HistoryResult[];
  firstOpen?: FirstOpenResult;
  pg?: PgResult;
}

/** A 60 Hz frame. */
const FRAME_MS = 1000 / 60;
/** "Flat" and "linear" allow this much drift on a noisy machine. */
const TOLERANCE = 1.25;

export function report(results: Results): { text: string; verdicts: Verdict[] } {
  const sections: string[] = [];
  const verdicts: Verdict[] = [];
  for (const part of [
    results.api && apiReport(results.api),
    results.api && revisionsReport(results.api.scenarios, SCENARIO.put(1_000), results.api.revisions),
    results.pipeline && pipelineReport(results.pipeline, 'Node'),
    results.pipelineInChromium && pipelineReport(results.pipelineInChromium, 'Chromium'),
    results.browser && browserReport(results.browser),
    results.browser && bigProjectsReport(results.browser),
    results.history && historyReport(results.history),
    results.firstOpen && firstOpenReport(results.firstOpen),
    results.pg && pgReport(results.pg),
    results.bytes && bytesReport(results.bytes),
  ]) {
    if (!part) continue;
    sections.push(part.text);
    verdicts.push(...part.verdicts);
  }
  sections.push(`### Targets\n\n${table(['verdict', 'target', 'measured'], verdictRows(verdicts))}`);
  return { text: sections.join('\n\n'), verdicts };
}

function apiReport(api: ApiResult) {
  const s = (name: string) => api.scenarios[name];
  const rate = (name: string) => s(name)?.reqPerSec ?? Number.NaN;
  const rows = Object.values(api.scenarios).map((r) => [
    r.name,
    num(r.reqPerSec),
    Number.isNaN(r.p50) ? '' : num(r.p50),
    Number.isNaN(r.p99) ? '' : num(r.p99),
    r.unexpected ? String(r.unexpected) : '',
  ]);
  const getRatio = rate(SCENARIO.get) / rate(SCENARIO.bare);
  const peerRatio = rate(SCENARIO.put(1_000)) / rate(SCENARIO.peerPut(1_000));
  const ceilingRatio = rate(SCENARIO.put(1_000)) / rate(SCENARIO.ceiling);
  const ceilingLargeRatio = rate(SCENARIO.putLarge) / rate(SCENARIO.ceilingLarge);
  const puts = STORE_SIZES.map((n) => rate(SCENARIO.put(n)));
  const peerPuts = STORE_SIZES.map((n) => rate(SCENARIO.peerPut(n)));
  const flat = Math.min(...puts) / Math.max(...puts);
  const listP99 = s(SCENARIO.list)?.p99 ?? Number.NaN;
  const ratios = [
    ['GET snapshot ÷ bare route (same 100 KB from memory)', ratio(getRatio)],
    ['GET with If-None-Match (304) ÷ bare route', ratio(rate(SCENARIO.get304) / rate(SCENARIO.bare))],
    ['GET snapshot ÷ json-server GET', ratio(rate(SCENARIO.get) / rate(SCENARIO.peerGet))],
    ['bare route ÷ Fastify hello world', ratio(rate(SCENARIO.bare) / rate(SCENARIO.hello))],
    ['PUT 100 KB ÷ json-server PUT, 1,000 stored', ratio(peerRatio)],
    ['PUT 100 KB ÷ ceiling (JSON.parse + durable write)', ratio(ceilingRatio)],
    ['PUT 2 MB ÷ ceiling (JSON.parse + durable write)', ratio(ceilingLargeRatio)],
    [`PUT 100 KB req/s at ${STORE_SIZES.map((n) => num(n)).join(' / ')} stored`, puts.map((p) => num(p)).join(' / ')],
    [`json-server PUT req/s at ${STORE_SIZES.map((n) => num(n)).join(' / ')} stored`, peerPuts.map((p) => num(p)).join(' / ')],
  ];
  const text = [
    `### 1. API (autocannon, ${api.connections} connections, ${api.seconds} s × ${api.runs} runs, medians)`,
    `Snapshot sizes: GET ${kb(api.bytes.get)}, PUT bodies ${kb(api.bytes.put)} and ${mb(api.bytes.putLarge)}.`,
    table(['scenario', 'req/s', 'p50 ms', 'p99 ms', 'unexpected'], rows),
    table(['ratio', 'value'], ratios),
  ].join('\n\n');
  const verdicts: Verdict[] = [
    { target: 'GET snapshot ≥ 0.8 × bare in-memory route', measured: ratio(getRatio), met: getRatio >= 0.8 },
    { target: 'PUT 100 KB ≥ 3 × json-server PUT (1,000 stored)', measured: ratio(peerRatio), met: peerRatio >= 3 },
    { target: 'PUT 100 KB ≥ 0.6 × JSON.parse + durable write', measured: ratio(ceilingRatio), met: ceilingRatio >= 0.6 },
    { target: 'PUT 2 MB ≥ 0.6 × JSON.parse + durable write', measured: ratio(ceilingLargeRatio), met: ceilingLargeRatio >= 0.6 },
    {
      target: `PUT flat from 100 to 10,000 stored (slowest ÷ fastest ≥ ${num(1 / TOLERANCE)})`,
      measured: `${ratio(flat)} (${puts.map((p) => num(p)).join(' / ')} req/s)`,
      met: flat >= 1 / TOLERANCE,
    },
    { target: 'list of 10,000 projects: p99 < 20 ms', measured: `${num(listP99)} ms`, met: listP99 < 20 },
  ];
  return { text, verdicts };
}

const PIPELINE_ROWS: [label: string, key: keyof PipelineResult][] = [
  ['JSON.parse alone', 'jsonParse'],
  ['JSON.parse + minor GC (baseline)', 'jsonParseCollected'],
  ['parse', 'parse'],
  ['migrateSnapshot', 'migrate'],
  ['checkSnapshot', 'check'],
  ['hydrate (domain reducers + store)', 'hydrate'],
  ['load = parse → hydrate', 'load'],
  ['minor GC right after the load', 'collectAfterLoad'],
  ['load + minor GC', 'loadCollected'],
  ['JSON.stringify, copy through minor + full GC (baseline)', 'jsonStringify'],
  ['JSON.stringify, copy through full GC only', 'jsonStringifyCompacted'],
  ['select (every domain + assemble)', 'select'],
  ['requestBody (compact, as sent)', 'serialize'],
  ['save = select → convert → serialize', 'save'],
  ['JSON.stringify pretty (as Export writes)', 'jsonStringifyPretty'],
  ['JSON.stringify of the opened document', 'jsonStringifyOpened'],
  ['checkSnapshot before a save (not in save)', 'saveCheck'],
];

/** The pipeline's table and targets, for the runtime it ran in. */
function pipelineReport(results: PipelineResult[], runtime: 'Node' | 'Chromium') {
  const first = results[0] as PipelineResult;
  const last = results.at(-1) as PipelineResult;
  const perNode = (r: PipelineResult, key: keyof PipelineResult) => ((r[key] as number) / r.nodes) * 1000;
  const growth = (key: keyof PipelineResult) => perNode(last, key) / perNode(first, key);
  // Linear means: growing no faster than JSON.parse / JSON.stringify of the same bytes do on this machine.
  const loadDrift = growth('loadCollected') / growth('jsonParseCollected');
  const saveDrift = growth('save') / growth('jsonStringify');
  const header = [
    'step (ms, median)',
    ...results.map((r) => `${num(r.nodes)} nodes`),
    'ms per 1k nodes',
    `per-node growth ${num(first.nodes)}→${num(last.nodes)}`,
  ];
  const rows = [
    ['JSON bytes', ...results.map((r) => mb(r.bytes)), '', ''],
    ...PIPELINE_ROWS.map(([label, key]) => [
      label,
      ...results.map((r) => num(r[key] as number)),
      results.map((r) => num(perNode(r, key))).join(' / '),
      ratio(growth(key)),
    ]),
    [
      'load + minor GC ÷ JSON.parse + minor GC',
      ...results.map((r) => ratio(r.loadCollected / r.jsonParseCollected)),
      '',
      ratio(loadDrift),
    ],
    ['load ÷ JSON.parse alone (GC on one side only)', ...results.map((r) => ratio(r.load / r.jsonParse)), '', ''],
    ['save ÷ JSON.stringify', ...results.map((r) => ratio(r.save / r.jsonStringify)), '', ratio(saveDrift)],
    ['save ÷ JSON.stringify of the opened document', ...results.map((r) => ratio(r.save / r.jsonStringifyOpened)), '', ''],
    [
      'save ÷ JSON.stringify of a copy only full GC moved',
      ...results.map((r) => ratio(r.save / r.jsonStringifyCompacted)),
      '',
      '',
    ],
    ['heap held by the open document', ...results.map((r) => mb(r.heapBytes)), '', ''],
    ['heap ÷ JSON bytes', ...results.map((r) => (r.heapBytes === undefined ? '–' : ratio(r.heapBytes / r.bytes))), '', ''],
  ];
  const loads = results.map((r) => r.loadCollected / r.jsonParseCollected);
  const saves = results.map((r) => r.save / r.jsonStringify);
  const heaps = results.map((r) => (r.heapBytes === undefined ? Number.NaN : r.heapBytes / r.bytes));
  const list = (values: number[]) => values.map((v) => ratio(v)).join(' / ');
  const text = [
    `### 2${runtime === 'Node' ? '' : 'b'}. Snapshot pipeline in ${runtime} (runs per size: ${results.map((r) => r.runs).join(' / ')}, medians)`,
    table(header, rows),
  ].join('\n\n');
  const verdicts: Verdict[] = [
    {
      target: `load in ${runtime} ≤ 2 × JSON.parse (1k / 10k / 50k), each with its minor GC`,
      measured: list(loads),
      met: loads.every((v) => v <= 2),
    },
    {
      target: `save in ${runtime} ≤ 1.5 × JSON.stringify (1k / 10k / 50k) of a copy through the same GCs`,
      measured: list(saves),
      met: saves.every((v) => v <= 1.5),
    },
    {
      target: `hydrated store in ${runtime} ≤ 3 × JSON size (1k / 10k / 50k)`,
      measured: list(heaps),
      met: heaps.some(Number.isNaN) ? undefined : heaps.every((v) => v <= 3),
    },
    {
      target: `load and save in ${runtime} linear: ${num(first.nodes)}→${num(last.nodes)} per-node growth ≤ ${TOLERANCE}× the baseline's`,
      measured: `load ${ratio(loadDrift)}, save ${ratio(saveDrift)}`,
      met: loadDrift <= TOLERANCE && saveDrift <= TOLERANCE,
    },
  ];
  return { text, verdicts };
}

/** An open's load: the sum of the steps the host measured. */
const openLoad = (o: OpenResult) => stepSum(o.steps);
const stepSum = (steps: Record<string, number>) => OPEN_STEPS.reduce((sum, step) => sum + (steps[step] ?? Number.NaN), 0);
/** A warm open's steps ÷ JSON.parse in the same page at the same moments. */
const warmLoad = (o: OpenResult) => (o.warm ? stepSum(o.warm.steps) / o.warm.jsonParse : Number.NaN);

function browserReport(browser: BrowserResult) {
  const opens: OpenResult[] = [browser.small, ...browser.large];
  const readyText = (o: OpenResult) =>
    o.failedPanels
      ? `not ready: ${o.failedPanels.join(', ')} failed to load`
      : o.timedOutAfter === undefined
        ? num(o.ready)
        : `not ready after ${o.timedOutAfter} s`;
  const regions = ['Component tree', 'Variables', 'Entity models', 'Action flows', 'Preview'];
  const rows = [
    ['runs', ...opens.map((o) => String(o.runs))],
    ['navigation → editor ready, ms', ...opens.map(readyText)],
    ['JSON.parse of the same bytes in the page, ms', ...opens.map((o) => num(o.jsonParse))],
    [
      `the open's ${OPEN_STEPS.join(' / ')}, ms`,
      ...opens.map((o) => OPEN_STEPS.map((step) => num(o.steps[step] ?? Number.NaN)).join(' / ')),
    ],
    [
      '… their sum ÷ JSON.parse in the page',
      // The page's clock is coarse (0.1 ms): a tiny project's parse reads 0.
      ...opens.map((o) => (o.jsonParse > 0 ? ratio(openLoad(o) / o.jsonParse) : '–')),
    ],
    [
      `opened again in the same page (warm, median of ${browser.large[0]?.warm?.opens ?? '–'}): steps, ms`,
      ...opens.map((o) => (o.warm ? OPEN_STEPS.map((step) => num(o.warm?.steps[step] ?? Number.NaN)).join(' / ') : '–')),
    ],
    [
      'JSON.parse of the same bytes in that page, after each warm open, ms',
      ...opens.map((o) => (o.warm ? num(o.warm.jsonParse) : '–')),
    ],
    ['… the warm steps’ sum ÷ that JSON.parse', ...opens.map((o) => (o.warm ? ratio(warmLoad(o)) : '–'))],
    ['project JSON', ...opens.map((o) => kb(o.bytes))],
    [
      'Chromium script / style / layout until ready, ms',
      ...opens.map((o) => [o.scriptMs, o.styleMs, o.layoutMs].map((v) => num(v)).join(' / ')),
    ],
    ['JS heap when ready', ...opens.map((o) => mb(o.heapBytes))],
    ['DOM elements', ...opens.map((o) => num(o.domNodes))],
    ...regions.map((name) => [`… in ${name}`, ...opens.map((o) => num(o.domByRegion[name]))]),
  ];
  const { edit, editLarge, editSmall } = browser;
  // Smallest first, as the opens are.
  const editColumns: [number, EditResult | undefined][] = [
    [EDIT_NODES[2], editSmall],
    [EDIT_NODES[0], edit],
    [EDIT_NODES[1], editLarge],
  ];
  const shownEdits = editColumns.filter((c): c is [number, EditResult] => c[1] !== undefined);
  const edits = shownEdits.map(([, e]) => e);
  const editRows = [
    ['edits measured (after 3 unmeasured)', ...edits.map((e) => String(e.edits))],
    ['keydown → preview DOM shows it, median', ...edits.map((e) => ms(e.commitMedian))],
    ['… 90th percentile', ...edits.map((e) => ms(e.commitP90))],
    ['keydown → next animation frame, median', ...edits.map((e) => ms(e.frameMedian))],
    ['Chromium script time per edit (mean)', ...edits.map((e) => ms(e.scriptPerEdit))],
    ['Ctrl+Z of the typed burst → next animation frame, median', ...edits.map((e) => ms(e.undo?.undoFrame))],
    ['Ctrl+Shift+Z → next animation frame, median', ...edits.map((e) => ms(e.undo?.redoFrame))],
    ['Chromium script time per undo or redo (mean)', ...edits.map((e) => ms(e.undo?.scriptPerStep))],
    ["click a binding's Component field → its list shown, median of 7", ...edits.map((e) => ms(e.listOpenMedian))],
    ['… options it lists', ...edits.map((e) => num(e.listed))],
  ];
  const firstLoads = browser.large.map((o) => openLoad(o) / o.jsonParse);
  const loads = browser.large.map(warmLoad);
  const text = [
    '### 3. Editor in Chromium (production build, real server, first visit in a fresh context, medians)',
    table(['', ...opens.map((o) => o.label)], rows),
    `Typing in the inspector's Content box of a Text, then opening a picker of the action flows:\n\n${table(['', ...shownEdits.map(([n]) => `${num(n)} nodes`)], editRows)}`,
    `React renderers registered in the page: ${browser.reactRenderers}.`,
  ].join('\n\n');
  const verdicts: Verdict[] = [
    {
      target: `key press → preview < one 60 Hz frame (${num(FRAME_MS)} ms), ${num(EDIT_NODES[0])} nodes`,
      measured: `${ms(edit?.commitMedian)} median (script ${ms(edit?.scriptPerEdit)} per edit)`,
      met: edit ? edit.commitMedian < FRAME_MS : undefined,
    },
    {
      target: `undo and redo of one step, ${num(EDIT_NODES[0])} nodes: script within one 60 Hz frame`,
      measured: `${ms(edit?.undo?.scriptPerStep)} script per step (Ctrl+Z → frame ${ms(edit?.undo?.undoFrame)})`,
      met: edit?.undo ? edit.undo.scriptPerStep < FRAME_MS : undefined,
    },
    {
      // The load target is the pipeline's, judged in a page of its own (2b); here it shares the page with the editor.
      target: `the editor's open, opened again in the same page, ÷ JSON.parse in that page (${browser.large.map((o) => num(o.nodes)).join(' / ')} nodes; no target)`,
      measured: loads.map((v) => ratio(v)).join(' / '),
      met: undefined,
    },
    {
      target: 'load in Chromium, first open of a fresh page ÷ JSON.parse alone (no target: the JIT is cold)',
      measured: firstLoads.map((v) => ratio(v)).join(' / '),
      met: undefined,
    },
    { target: 'navigation → four panels ready (no target)', measured: ms(browser.small.ready), met: undefined },
    { target: 'one copy of React in the page', measured: String(browser.reactRenderers), met: browser.reactRenderers === 1 },
  ];
  return { text, verdicts };
}

function bytesReport(bytes: NonNullable<Results['bytes']>) {
  const rows = [
    [
      'host initial JS',
      bytes.hostInitial.map((f) => f.file.split('/').pop()).join(', '),
      kb(bytes.hostInitialGzip),
      kb(BUDGETS.hostInitial),
    ],
    ...bytes.remotes.flatMap((r) => [
      [
        `${r.dir} ./domain JS`,
        r.domain.map((f) => f.file.split('/').pop()).join(', '),
        kb(r.domainGzip),
        kb(domainBudget(r.dir)),
      ],
      [`${r.dir} remoteEntry (MF runtime + container)`, r.remoteEntry.file.split('/').pop() ?? '', kb(r.remoteEntry.gzip), ''],
      [
        `${r.dir} ./domain CSS`,
        r.css.map((f) => f.file.split('/').pop()).join(', '),
        kb(r.css.reduce((t, f) => t + f.gzip, 0)),
        '',
      ],
    ]),
  ];
  const sources = Object.entries(bytes.bySource ?? {}).map(
    ([group, top]) => `- ${group}: ${top.map(([source, size]) => `${source} ${kb(size)}`).join(', ')}`,
  );
  const text = [
    '### 4. Bytes (gzip level 9 of the production build)',
    table(['what', 'files', 'gzip', 'budget'], rows),
    sources.length > 0 ? `Where the minified bytes come from (before gzip, by source map):\n\n${sources.join('\n')}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
  const verdicts: Verdict[] = [
    {
      target: 'host initial JS ≤ 150 KB gzip',
      measured: kb(bytes.hostInitialGzip),
      met: bytes.hostInitialGzip <= BUDGETS.hostInitial,
    },
    ...bytes.remotes.map((r) => ({
      target: `${r.dir} ./domain ≤ ${kb(domainBudget(r.dir))} gzip beyond shared libraries`,
      measured: kb(r.domainGzip),
      met: r.domainGzip <= domainBudget(r.dir),
    })),
  ];
  return { text, verdicts };
}
