import { richSnapshot } from '@psb/contracts/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchRegistry } from '../federation/fetchRegistry.js';
import { requestEarly } from './earlyRequests.js';
import { httpProjectsApi } from './projectsApi.js';

/** The global fetch answering `bodies` in turn, and the URLs it was asked for. */
function serverAnswering(...bodies: unknown[]) {
  const asked: string[] = [];
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    asked.push(String(input));
    return new Response(JSON.stringify(bodies[asked.length - 1]), { headers: { etag: `"v${asked.length}"` } });
  });
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('requests started before the editor code arrived', () => {
  it('the project in the URL is read from the request started early, once: a later read asks the server again', async () => {
    const snapshot = richSnapshot();
    const asked = serverAnswering(snapshot, { ...snapshot, meta: { ...snapshot.meta, name: 'Renamed since' } });
    requestEarly(`/api/projects/${snapshot.meta.id}`);
    const api = httpProjectsApi('/api', () => Promise.reject(new Error('not asked again while the early one waits')));
    await expect(api.get(snapshot.meta.id)).resolves.toMatchObject({
      snapshot: { meta: { name: snapshot.meta.name } },
      etag: '"v1"',
    });
    expect(asked).toEqual([`/api/projects/${snapshot.meta.id}`]);

    const again = httpProjectsApi('/api');
    await expect(again.get(snapshot.meta.id)).resolves.toMatchObject({ snapshot: { meta: { name: 'Renamed since' } } });
    expect(asked).toHaveLength(2);
  });

  it('a write to the same URL is never answered by the early read', async () => {
    const snapshot = richSnapshot();
    const asked = serverAnswering(snapshot, { meta: snapshot.meta });
    requestEarly(`/api/projects/${snapshot.meta.id}`);
    const writes: string[] = [];
    const api = httpProjectsApi('/api', async (input, init) => {
      writes.push(`${init?.method} ${String(input)}`);
      return new Response(JSON.stringify(snapshot.meta), { headers: { 'preference-applied': 'return=minimal' } });
    });
    await api.replace(snapshot.meta.id, JSON.stringify(snapshot), '"v1"');
    expect(writes).toEqual([`PUT /api/projects/${snapshot.meta.id}`]);
    expect(asked).toHaveLength(1);
  });

  it('the registry is read from its early request, and a failed early request fails the read that takes it', async () => {
    const registry = [{ key: 'variables', name: 'variables', entry: '/remotes/variables/mf-manifest.json', contract: '^1.0.0' }];
    serverAnswering(registry);
    requestEarly('/api/remotes');
    await expect(fetchRegistry()).resolves.toEqual(registry);

    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    requestEarly('/api/remotes');
    await expect(fetchRegistry()).rejects.toThrow('Failed to fetch');
  });
});
