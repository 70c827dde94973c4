import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../store/FileStore.js';
import { tempDir, testApp } from '../testing/tempStore.js';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => remove());

async function files(entries: Record<string, string>) {
  for (const [name, content] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), content);
  }
}

async function app() {
  return testApp({
    store: await FileStore.open(path.join(dir, 'projects')),
    web: { hostDir: path.join(dir, 'host/dist'), remotesDir: path.join(dir, 'remotes') },
  });
}

describe('serving the editor', () => {
  it('serves the host at / and each built remote under /remotes/<name>/, hashed files immutable', async () => {
    await files({
      'host/dist/index.html': '<!doctype html><title>editor</title>',
      'host/dist/main.0123abcd.js': 'console.log(1)',
      'remotes/variables/dist/mf-manifest.json': '{"id":"variables"}',
      'remotes/variables/dist/remoteEntry.89abcdef.js': 'var variables',
      'remotes/unbuilt/src/domain.tsx': 'export default {}',
    });
    const web = await app();
    const index = await web.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<title>editor</title>');
    expect(index.headers['cache-control']).toBe('no-cache');
    expect((await web.inject({ url: '/main.0123abcd.js' })).headers['cache-control']).toBe('public, max-age=31536000, immutable');

    const manifest = await web.inject({ url: '/remotes/variables/mf-manifest.json' });
    expect(manifest.json()).toEqual({ id: 'variables' });
    expect(manifest.headers['cache-control']).toBe('no-cache');
    expect((await web.inject({ url: '/remotes/variables/remoteEntry.89abcdef.js' })).headers['cache-control']).toContain(
      'immutable',
    );
    expect((await web.inject({ url: '/remotes/unbuilt/mf-manifest.json' })).statusCode).toBe(404);
    await web.close();
  });

  it('sends the build’s brotli or gzip copy to a browser that accepts it, and the file itself to one that does not', async () => {
    await files({
      'host/dist/index.html': '<!doctype html>',
      'host/dist/main.0123abcd.js': 'plain',
      'host/dist/main.0123abcd.js.br': 'brotli',
      'host/dist/main.0123abcd.js.gz': 'gzip',
      'remotes/variables/dist/mf-manifest.json': '{}',
      'remotes/variables/dist/remoteEntry.89abcdef.js': 'plain',
      'remotes/variables/dist/remoteEntry.89abcdef.js.gz': 'gzip',
    });
    const web = await app();
    const asking = (url: string, encodings: string) => web.inject({ url, headers: { 'accept-encoding': encodings } });

    const brotli = await asking('/main.0123abcd.js', 'gzip, deflate, br');
    expect([brotli.body, brotli.headers['content-encoding']]).toEqual(['brotli', 'br']);
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers.vary).toBe('accept-encoding');
    expect(brotli.headers['cache-control']).toContain('immutable');
    const gzip = await asking('/main.0123abcd.js', 'gzip');
    expect([gzip.body, gzip.headers['content-encoding']]).toEqual(['gzip', 'gzip']);
    const plain = await asking('/main.0123abcd.js', 'identity');
    expect([plain.body, plain.headers['content-encoding']]).toEqual(['plain', undefined]);
    expect(plain.headers.vary).toBe('accept-encoding');
    // A remote with only a gzip copy: brotli is asked for first, gzip is what there is.
    const remote = await asking('/remotes/variables/remoteEntry.89abcdef.js', 'br, gzip');
    expect([remote.body, remote.headers['content-encoding']]).toEqual(['gzip', 'gzip']);
    await web.close();
  });

  it('serves a new build of the editor without a restart', async () => {
    await files({ 'host/dist/index.html': '<script src="/main.0123abcd.js"></script>', 'host/dist/main.0123abcd.js': 'old' });
    const web = await app();
    await files({ 'host/dist/index.html': '<script src="/main.4567cdef.js"></script>', 'host/dist/main.4567cdef.js': 'new' });
    expect((await web.inject({ url: '/' })).body).toContain('main.4567cdef.js');
    expect((await web.inject({ url: '/main.4567cdef.js' })).body).toBe('new');
    await web.close();
  });

  it('answers deep links to a project with the editor page, and unknown files with a JSON 404', async () => {
    await files({ 'host/dist/index.html': '<!doctype html><title>editor</title>' });
    const web = await app();
    const deep = await web.inject({ url: '/projects/abc' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('<title>editor</title>');
    const missing = await web.inject({ url: '/nope.js' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().statusCode).toBe(404);
    await web.close();
  });

  it('says the editor is not built when there is no build', async () => {
    const web = await app();
    const res = await web.inject({ url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.json().message).toBe('The editor is not built yet: run npm run build.');
    await web.close();
  });
});
