// The first open's table and targets (`npm run bench -- firstOpen`).
import type { FirstOpen, FirstOpenResult } from './firstOpen.js';
import { kb, ms, num, table, type Verdict } from './support/format.js';

/** The targets for a first open: what crosses the wire, and the time to every editor over fast 3G. */
const MAX_TRANSFERRED = 450 * 1024;
const MAX_READY_MS = 4000;

export function firstOpenReport(result: FirstOpenResult): { text: string; verdicts: Verdict[] } {
  const rows: [string, (o: FirstOpen) => string][] = [
    ['the frame drawn (first contentful paint)', (o) => ms(o.firstPaint)],
    ['every editor usable', (o) => ms(o.ready)],
    ['bytes over the wire, all requests', (o) => kb(o.transferred)],
    ['… of which JavaScript (decoded size)', (o) => `${kb(o.scriptTransferred)} (${kb(o.scriptDecoded)})`],
    ['requests', (o) => num(o.requests)],
    ['JavaScript files sent uncompressed', (o) => num(o.uncompressedScripts.length)],
  ];
  const { compressed, identity } = result;
  const text = [
    `### First open over fast 3G (1.6 Mbit/s, 150 ms; Chromium, nothing cached; median of ${result.runs})`,
    table(
      ['', 'as browsers ask (brotli)', 'asking for no compression'],
      rows.map(([label, cell]) => [label, cell(compressed), cell(identity)]),
    ),
  ].join('\n\n');
  const verdicts: Verdict[] = [
    {
      target: 'first open: ≤ 450 KB over the wire, all JavaScript compressed',
      measured: `${kb(compressed.transferred)}, ${compressed.uncompressedScripts.length} uncompressed scripts`,
      met: compressed.transferred <= MAX_TRANSFERRED && compressed.uncompressedScripts.length === 0,
    },
    {
      target: 'first open over fast 3G: every editor usable in under 4 s',
      measured: ms(compressed.ready),
      met: compressed.ready < MAX_READY_MS,
    },
  ];
  return { text, verdicts };
}
