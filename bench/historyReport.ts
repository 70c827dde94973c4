// The undo history's table and targets (`npm run bench -- history`).
import type { HistoryResult } from './history.js';
import { mb, ms, num, ratio, table, type Verdict } from './support/format.js';

const FRAME_MS = 1000 / 60;

export function historyReport(results: HistoryResult[]): { text: string; verdicts: Verdict[] } {
  const rows: [string, (r: HistoryResult) => string][] = [
    ['undo one step, + dirty check (store work)', (r) => ms(r.undo)],
    ['redo one step, + dirty check (store work)', (r) => ms(r.redo)],
    ['undo the step before, the first time (its patches)', (r) => ms(r.undoOlder)],
    ['key press (a rename) without a history', (r) => ms(r.keyPressBare)],
    ['key press with the history recording it', (r) => ms(r.keyPressWithHistory)],
    ['… and the draft writer and autosave listening', (r) => ms(r.keyPressWithDrafts)],
    ['compacting a step to patches (a second later)', (r) => ms(r.compact)],
    ['heap held by the open document', (r) => mb(r.documentHeap)],
    [`heap held by the history after ${num(results[0]?.edits)} edits`, (r) => mb(r.historyHeap)],
    ['history ÷ document heap', (r) => historyRatio(r)],
  ];
  const text = [
    '### 5. Undo history in Node (host store, four real domains; medians)',
    table(
      ['', ...results.map((r) => `${num(r.nodes)} nodes`)],
      rows.map(([label, cell]) => [label, ...results.map(cell)]),
    ),
  ].join('\n\n');
  const at10k = results.find((r) => r.nodes === 10_000);
  const verdicts: Verdict[] = at10k
    ? [
        {
          target: 'undo and redo of one step, 10,000 nodes: store work within one 60 Hz frame (16.7 ms)',
          measured: `undo ${ms(at10k.undo)}, redo ${ms(at10k.redo)}`,
          met: Math.max(at10k.undo, at10k.redo) <= FRAME_MS,
        },
        {
          target: `history after ${at10k.edits} edits, 10,000 nodes < 2 × the document's heap`,
          measured: historyRatio(at10k),
          met: at10k.historyHeap === undefined ? undefined : (at10k.historyHeap as number) < 2 * (at10k.documentHeap as number),
        },
        {
          target: 'a key press pays nothing measurable for the history (≤ 1.25 × without, 10,000 nodes)',
          measured: ratio(at10k.keyPressWithHistory / at10k.keyPressBare),
          met: at10k.keyPressWithHistory <= 1.25 * at10k.keyPressBare,
        },
        {
          target: 'a key press pays nothing measurable for drafts and autosave (≤ 1.25 × the history alone, 10,000 nodes)',
          measured: ratio(at10k.keyPressWithDrafts / at10k.keyPressWithHistory),
          met: at10k.keyPressWithDrafts <= 1.25 * at10k.keyPressWithHistory,
        },
      ]
    : [];
  return { text, verdicts };
}

const historyRatio = (r: HistoryResult) =>
  r.historyHeap === undefined || r.documentHeap === undefined ? '–' : ratio(r.historyHeap / r.documentHeap);
