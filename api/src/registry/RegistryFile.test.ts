import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RemoteEntry } from '@psb/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { FileStore } from '../store/FileStore.js';
import { tempDir } from '../testing/tempStore.js';
import { RegistryFile } from './RegistryFile.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

const variables: RemoteEntry = {
  key: 'variables',
  name: 'variables',
  entry: '/remotes/variables/mf-manifest.json',
  contract: '^1',
};

/** Writes the file and moves its mtime on, as a later edit would. */
let tick = 0;
async function write(file: string, content: unknown) {
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  const when = new Date(Date.now() + ++tick * 1000);
  await utimes(file, when, when);
}

describe('RegistryFile', () => {
  it('refuses at start a registry that breaks the schema, naming each problem', async () => {
    const file = path.join(dir, 'remotes.json');
    await write(file, [{ ...variables, entry: 'https://cdn.example/variables/remoteEntry.js' }, variables, { key: 'x' }]);
    await expect(RegistryFile.open(file)).rejects.toThrow(
      /invalid: \/0\/entry Expected a URL ending in mf-manifest\.json\.; \/2\/name This property is required\..*\/1\/key The key "variables" is listed twice\./,
    );
    await write(file, '{ not json');
    await expect(RegistryFile.open(file)).rejects.toThrow(/not readable JSON/);
  });

  it('serves the registry at /api/remotes and picks up an edit without a restart', async () => {
    const file = path.join(dir, 'remotes.json');
    await write(file, [variables]);
    const app = await buildApp({
      store: await FileStore.open(path.join(dir, 'projects')),
      registry: await RegistryFile.open(file),
    });
    expect((await app.inject({ url: '/api/remotes' })).json()).toEqual([variables]);

    const shipped = { ...variables, entry: 'https://cdn.example/variables/2.1.0/mf-manifest.json' };
    await write(file, [shipped]);
    const res = await app.inject({ url: '/api/remotes' });
    expect(res.json()).toEqual([shipped]);
    expect(res.headers['cache-control']).toBe('no-cache');
    await app.close();
  });

  it('keeps serving the last good registry when an edit breaks it, and says why', async () => {
    const file = path.join(dir, 'remotes.json');
    await write(file, [variables]);
    const reports: string[] = [];
    const registry = await RegistryFile.open(file, (message) => reports.push(message));
    await write(file, [{ ...variables, contract: '' }]);
    expect(await registry.entries()).toEqual([variables]);
    expect(reports[0]).toMatch(/\/0\/contract .*serving the last good registry/);
  });
});
