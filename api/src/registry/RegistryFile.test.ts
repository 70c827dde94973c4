import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RemoteEntry } from '@psb/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../store/FileStore.js';
import { tempDir, testApp } from '../testing/tempStore.js';
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
    const app = await testApp({
      store: await FileStore.open(path.join(dir, 'projects')),
      registry: await RegistryFile.open(file, { allowedOrigins: ['https://cdn.example'] }),
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
    const registry = await RegistryFile.open(file, { onInvalid: (message) => reports.push(message) });
    await write(file, [{ ...variables, contract: '' }]);
    expect(await registry.entries()).toEqual([variables]);
    expect(reports[0]).toMatch(/\/0\/contract .*serving the last good registry/);
  });
});

describe('RegistryFile origins', () => {
  const tree: RemoteEntry = {
    key: 'componentTree',
    name: 'component_tree',
    entry: '/remotes/tree/mf-manifest.json',
    contract: '^1',
  };
  const at = (origin: string, entry: RemoteEntry) => ({ ...entry, entry: `${origin}/${entry.name}/mf-manifest.json` });

  it('refuses at start an entry on an origin REMOTE_ORIGINS does not allow, or with no origin to trust', async () => {
    const file = path.join(dir, 'remotes.json');
    await write(file, [at('https://evil.example', variables), tree]);
    await expect(RegistryFile.open(file, { allowedOrigins: ['https://cdn.example'] })).rejects.toThrow(
      '/0/entry https://evil.example is not an allowed origin (REMOTE_ORIGINS: https://cdn.example)',
    );
    await write(file, [{ ...variables, entry: '//cdn.example/variables/mf-manifest.json' }]);
    await expect(RegistryFile.open(file, { allowedOrigins: ['https://cdn.example'] })).rejects.toThrow(
      /\/0\/entry "\/\/cdn\.example\/variables\/mf-manifest\.json" is neither relative to the page nor an absolute http\(s\) URL/,
    );
    await write(file, [at('http://127.0.0.1:4000', variables)]);
    await expect(RegistryFile.open(file)).rejects.toThrow('REMOTE_ORIGINS: none');
  });

  it("lists the allowed origins its entries load from, relative entries being the page's own", async () => {
    const file = path.join(dir, 'remotes.json');
    await write(file, [at('https://cdn.example', variables), tree, at('http://127.0.0.1:4000', { ...tree, key: 'flows' })]);
    const registry = await RegistryFile.open(file, { allowedOrigins: ['https://cdn.example', 'http://127.0.0.1:4000'] });
    expect(await registry.origins()).toEqual(['http://127.0.0.1:4000', 'https://cdn.example']);
  });

  it("ignores a later entry on an origin that is not allowed, keeping that key's last good entry, and says why", async () => {
    const file = path.join(dir, 'remotes.json');
    const shipped = at('https://cdn.example', variables);
    await write(file, [shipped]);
    const reports: string[] = [];
    const registry = await RegistryFile.open(file, {
      allowedOrigins: ['https://cdn.example'],
      onInvalid: (message) => reports.push(message),
    });
    await write(file, [at('https://evil.example', variables), at('https://evil.example', tree), { ...tree, key: 'models' }]);
    expect(await registry.entries()).toEqual([shipped, { ...tree, key: 'models' }]);
    expect(await registry.origins()).toEqual(['https://cdn.example']);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/\/0\/entry https:\/\/evil\.example is not an allowed origin.*\/1\/entry https:\/\/evil\.example/);
  });
});
