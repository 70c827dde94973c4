// What the production build makes a browser download, gzip-compressed (level 9), from host/dist and
// remotes/*/dist. Deterministic: sizes of files, no timing. Also read by e2e/tests/budgets.spec.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export const BUDGETS = {
  /** The host's initial JavaScript, gzip. */
  hostInitial: 150 * 1024,
  /** Each remote's ./domain JavaScript beyond the shared libraries, gzip. */
  remoteDomain: 40 * 1024,
  /**
   * The component tree's: it also checks pasted components with the sections' schemas and checkers (copy and
   * paste between projects), and draws the canvas's drop hints.
   */
  componentTreeDomain: 46 * 1024,
};

/** The budget of one remote's ./domain, by its folder under remotes/. */
export const domainBudget = (dir: string) =>
  dir.endsWith('component-tree') ? BUDGETS.componentTreeDomain : BUDGETS.remoteDomain;

export interface SizedFile {
  file: string;
  bytes: number;
  gzip: number;
}

export interface RemoteBytes {
  dir: string;
  /** The JS of the exposed ./domain module (its sync and async chunks), without the shared libraries. */
  domain: SizedFile[];
  domainGzip: number;
  css: SizedFile[];
  /** The remote's container entry (it carries the Module Federation runtime), fetched before ./domain. */
  remoteEntry: SizedFile;
  /** The remote's own copies of the shared libraries: not fetched when the host provides them. */
  sharedGzip: number;
}

export interface BuildBytes {
  hostInitial: SizedFile[];
  hostInitialGzip: number;
  remotes: RemoteBytes[];
}

export function sized(file: string): SizedFile {
  const content = readFileSync(file);
  return { file: path.relative(ROOT, file), bytes: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const sum = (files: SizedFile[]) => files.reduce((total, f) => total + f.gzip, 0);

/** Sizes of the build in host/dist and remotes/*\/dist (run `npm run build` first). */
export function measureBuild(root = ROOT): BuildBytes {
  const hostDir = path.join(root, 'host/dist');
  if (!existsSync(path.join(hostDir, 'index.html'))) throw new Error(`no build in ${hostDir}: run npm run build`);
  const hostInitial = hostInitialFiles(hostDir).map(sized);
  const remotesDir = path.join(root, 'remotes');
  const remotes = readdirSync(remotesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(remotesDir, d.name, 'dist/mf-manifest.json')))
    .map((d) => remoteBytes(path.join(remotesDir, d.name, 'dist'), d.name));
  return { hostInitial, hostInitialGzip: sum(hostInitial), remotes };
}

/**
 * The host's initial JavaScript: the scripts index.html loads, plus everything the entry waits for before the
 * app's code (bootstrap) runs: the chunks of its `import('./bootstrap.js')` and the shared libraries those
 * consume, as the host provides them itself (its share scope's factories; no remote is loaded yet). Read from
 * the emitted runtime: the entry's `Promise.all([__webpack_require__.e(id), …])`, and Module Federation's
 * `consumesLoadingData` and `initializeSharingData`.
 */
export function hostInitialFiles(hostDir: string): string[] {
  const html = readFileSync(path.join(hostDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)].map((m) => path.join(hostDir, m[1] as string));
  if (entries.length === 0) throw new Error('index.html loads no script');
  const files = new Set(entries);
  const chunkFiles = new Map(
    readdirSync(hostDir)
      .filter((f) => /^\d+\.[0-9a-f]+\.js$/.test(f))
      .map((f) => [f.slice(0, f.indexOf('.')), path.join(hostDir, f)]),
  );
  for (const entry of entries) {
    const code = readFileSync(entry, 'utf8');
    const boundary = /Promise\.all\(\[((?:[\w$]+\.e\(\d+\),?)+)\]\)/.exec(code);
    if (!boundary) throw new Error(`${entry}: cannot find the chunks the entry loads before the app starts`);
    const { chunkMapping, provided } = sharing(code);
    const pending = chunksIn(boundary[1] as string);
    const seen = new Set<string>();
    while (pending.length > 0) {
      const chunk = pending.pop() as string;
      if (seen.has(chunk)) continue;
      seen.add(chunk);
      const file = chunkFiles.get(chunk);
      if (file) files.add(file);
      for (const module of chunkMapping[chunk] ?? []) {
        const chunks = provided.get(module);
        if (!chunks) throw new Error(`the host entry provides no factory for the shared module ${module}`);
        pending.push(...chunks);
      }
    }
  }
  return [...files];
}

const chunksIn = (code: string) => [...code.matchAll(/\.e\((\d+)\)/g)].map((m) => m[1] as string);

/** Module Federation's data in an entry: the shared modules each chunk consumes, and the chunks the host's own providers load. */
function sharing(code: string) {
  const mapping = /consumesLoadingData=\{chunkMapping:(\{[^}]*\})/.exec(code);
  if (!mapping) throw new Error('cannot find consumesLoadingData.chunkMapping in the host entry');
  const chunkMapping = JSON.parse((mapping[1] as string).replace(/([{,])(\d+):/g, '$1"$2":')) as Record<string, string[]>;
  const factories = new Map<string, string[]>();
  for (const m of code.matchAll(/\{name:"([^"]+)",version:"[^"]*",factory:\(\)=>(.*?)\.then\(/g)) {
    factories.set(m[1] as string, chunksIn(m[2] as string));
  }
  const provided = new Map<string, string[]>();
  for (const m of code.matchAll(/"?(\d+)"?:\{shareScope:"[^"]*",shareKey:"([^"]+)"/g)) {
    const chunks = factories.get(m[2] as string);
    if (chunks) provided.set(m[1] as string, chunks);
  }
  return { chunkMapping, provided };
}

interface Assets {
  js: { sync: string[]; async: string[] };
  css: { sync: string[]; async: string[] };
}
interface Manifest {
  metaData: { remoteEntry: { name: string; path: string } };
  shared: { assets: Assets }[];
  exposes: { path: string; assets: Assets }[];
}

/** A remote's bytes from its mf-manifest.json: the ./domain expose's own assets, apart from the shared ones. */
export function remoteBytes(distDir: string, dir: string): RemoteBytes {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'mf-manifest.json'), 'utf8')) as Manifest;
  const domain = manifest.exposes.find((e) => e.path === './domain');
  if (!domain) throw new Error(`${dir}: mf-manifest.json exposes no ./domain`);
  const file = (name: string) => sized(path.join(distDir, name));
  const own = [...domain.assets.js.sync, ...domain.assets.js.async].map(file);
  const shared = manifest.shared.flatMap((s) => [...s.assets.js.sync, ...s.assets.js.async]).map(file);
  const { name, path: entryPath } = manifest.metaData.remoteEntry;
  return {
    dir,
    domain: own,
    domainGzip: sum(own),
    css: [...domain.assets.css.sync, ...domain.assets.css.async].map(file),
    remoteEntry: file(path.join(entryPath, name)),
    sharedGzip: sum(shared),
  };
}
