// Where a CPU profile's time goes, by original function and file: `tsx bench/profile.ts <file.cpuprofile> [top]`.
// Profiles come from BENCH_PROFILE_DIR (see docs/performance.md); frames of the production build are mapped
// back to the sources through the build's source maps.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SourceMapConsumer } from 'source-map-js';

interface Frame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: Frame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const maps = new Map<string, SourceMapConsumer | undefined>();

/** The built file a URL of the editor's page names: the host's files at /, each remote's at /remotes/<dir>/. */
function builtFile(url: string): string | undefined {
  if (!url.startsWith('http')) return undefined;
  const { pathname } = new URL(url);
  const remote = /^\/remotes\/([^/]+)\/(.+)$/.exec(pathname);
  return remote
    ? path.join(ROOT, 'remotes', remote[1] as string, 'dist', remote[2] as string)
    : path.join(ROOT, 'host/dist', pathname);
}

function mapOf(file: string): SourceMapConsumer | undefined {
  if (!maps.has(file)) {
    const map = `${file}.map`;
    maps.set(file, existsSync(map) ? new SourceMapConsumer(JSON.parse(readFileSync(map, 'utf8'))) : undefined);
  }
  return maps.get(file);
}

/** "function (source file)", through the source map when there is one. */
export function frameName({ functionName, url, lineNumber, columnNumber }: Frame): string {
  const file = builtFile(url);
  const map = file && mapOf(file);
  if (map) {
    const original = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    if (original.source) {
      const source = original.source.replace(/^webpack:\/\/[^/]*\//, '').replace(/^(\.\.\/)+/, '');
      return `${original.name ?? functionName ?? '(anonymous)'} (${source}:${original.line})`;
    }
  }
  const where = url ? ` (${url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${lineNumber + 1})` : '';
  return `${functionName || '(anonymous)'}${where}`;
}

/** Self and inclusive milliseconds per function name. */
export function summarizeProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const names = new Map(profile.nodes.map((n) => [n.id, frameName(n.callFrame)]));
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const name = names.get(id) as string;
    self.set(name, (self.get(name) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = names.get(at) as string;
      if (!byId.has(at) || seen.has(frame)) continue;
      seen.add(frame);
      inclusive.set(frame, (inclusive.get(frame) ?? 0) + ms);
    }
  });
  return { total, self, inclusive };
}

const top = (entries: Map<string, number>, total: number, count: number) =>
  [...entries]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const [file, count = '30'] = process.argv.slice(2);
  if (!file) throw new Error('usage: tsx bench/profile.ts <file.cpuprofile> [top]');
  const { total, self, inclusive } = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  console.log(`${total.toFixed(0)} ms sampled\n\nself time\n${top(self, total, Number(count))}`);
  console.log(`\ninclusive time\n${top(inclusive, total, Number(count))}`);
}
