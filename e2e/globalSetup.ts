// Builds the remotes the tests load from a second origin: the fixtures, a new build of the variables remote
// with a visible change, and a variables remote at section version 2; then serves them for the whole run.
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, remoteConfig } from '../rspack.config.ts';
import { FIXTURE_DIST, ROOT, WORK } from './support/paths.ts';
import { startStaticServer } from './support/staticServer.ts';

/** The variables remote's source, copied and changed where a person would see it. */
async function variablesNextSource(): Promise<string> {
  const dir = path.join(WORK, 'variables-next');
  await rm(dir, { recursive: true, force: true });
  await cp(path.join(ROOT, 'remotes/variables/src'), path.join(dir, 'src'), { recursive: true });
  const editor = path.join(dir, 'src/Editor.tsx');
  const text = await readFile(editor, 'utf8');
  if (!text.includes('No variables yet.')) throw new Error('the variables editor no longer says "No variables yet."');
  await writeFile(editor, text.replace('No variables yet.', 'No variables yet (build 2).'));
  return dir;
}

export default async function globalSetup() {
  await mkdir(WORK, { recursive: true });
  const builds = [
    { dir: path.join(ROOT, 'e2e/fixtures/remotes/contract-v3'), name: 'contract_v3', out: 'contract-v3' },
    { dir: path.join(ROOT, 'e2e/fixtures/remotes/crashing'), name: 'crashing', out: 'crashing' },
    { dir: path.join(ROOT, 'e2e/fixtures/remotes/throwing-reducer'), name: 'throwing_reducer', out: 'throwing-reducer' },
    { dir: await variablesNextSource(), name: 'variables', out: 'variables-next' },
    { dir: path.join(ROOT, 'e2e/fixtures/remotes/variables-v2'), name: 'variables_v2', out: 'variables-v2' },
  ];
  await build(
    builds.map((b) => ({
      ...remoteConfig({ dir: b.dir, name: b.name, outputPath: path.join(FIXTURE_DIST, b.out) }),
      stats: 'errors-only',
    })),
  );
  const server = await startStaticServer(FIXTURE_DIST);
  process.env.FIXTURE_REMOTES_URL = server.url;
  return () => server.close();
}
