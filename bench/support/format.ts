/** Numbers as people read them in a table: few significant digits, thousands grouped. */
export function num(value: number | undefined, digits = 3): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value === 0) return '0';
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  return value.toLocaleString('en-US', { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
}

export const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${num(value)} ms`);
export const ratio = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${num(value)}×`);
export const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${num(bytes / 1024)} KB`);
export const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${num(bytes / 1024 / 1024)} MB`);

/** A Markdown table (it reads as a plain table in a terminal too), columns padded to line up. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] as number)).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** A verdict line: what the target is, the figure measured, and whether it is met. */
export interface Verdict {
  target: string;
  measured: string;
  met: boolean | undefined;
}

export const verdictRows = (verdicts: Verdict[]) =>
  verdicts.map((v) => [v.met === undefined ? 'n/a' : v.met ? 'met' : 'MISSED', v.target, v.measured]);
