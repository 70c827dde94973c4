import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

/**
 * The minified bytes of a built file attributed to the sources they came from, through its source map: each
 * mapped segment counts up to the next one. Packages are grouped (node_modules/<package>), our files kept.
 */
export function bytesBySource(file: string): Map<string, number> {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const totals = new Map<string, number>();
  let previous: { line: number; column: number; source: string } | undefined;
  const close = (line: number, column: number) => {
    if (!previous) return;
    const end = line === previous.line ? column : (lines[previous.line - 1]?.length ?? previous.column);
    totals.set(previous.source, (totals.get(previous.source) ?? 0) + Math.max(0, end - previous.column));
  };
  map.eachMapping((m) => {
    close(m.generatedLine, m.generatedColumn);
    previous = { line: m.generatedLine, column: m.generatedColumn, source: groupOf(m.source ?? '(unmapped)') };
  });
  close(Number.MAX_SAFE_INTEGER, 0);
  return totals;
}

function groupOf(source: string): string {
  if (source.startsWith('data:')) return '(Module Federation runtime glue)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (pkg) return `node_modules/${pkg[1]}`;
  return source.replace(/^webpack:\/\/[^/]*\/(\.\/)?/, '').replace(/^(\.\.\/)+/, '');
}
