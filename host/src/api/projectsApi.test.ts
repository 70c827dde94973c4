import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { httpProjectsApi, type ProjectsApi } from './projectsApi.js';

/** A server stand-in answering every request with `reply`, and the requests it got. */
function serverAnswering(reply: () => Response) {
  const requests: Request[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push(new Request(new URL(String(input), 'http://localhost'), init));
    return reply();
  };
  return { api: httpProjectsApi('/api', fetchImpl as typeof fetch), requests };
}

const stored = richSnapshot();
const meta = { ...stored.meta, updatedAt: '2026-11-25T15:00:00.000Z' };

// Both store a document the client keeps, so both read back only what the server gave it.
describe.each([
  { call: 'replace', method: 'PUT', send: (api: ProjectsApi) => api.replace(stored.meta.id, JSON.stringify(stored), '"v1"') },
  { call: 'createCopy', method: 'POST', send: (api: ProjectsApi) => api.createCopy(JSON.stringify(stored)) },
])('$call', ({ method, send }) => {
  it('asks for the minimal reply and takes the meta and ETag the server gave the snapshot sent', async () => {
    const { api, requests } = serverAnswering(
      () =>
        new Response(JSON.stringify(meta), {
          headers: { 'content-type': 'application/json', etag: '"v2"', 'preference-applied': 'return=minimal' },
        }),
    );
    await expect(send(api)).resolves.toEqual({ meta, etag: '"v2"' });
    expect(requests[0]?.method).toBe(method);
    expect(requests[0]?.headers.get('prefer')).toBe('return=minimal');
    expect(requests[0]?.headers.get('if-match')).toBe(method === 'PUT' ? '"v1"' : null);
  });

  it('sends the document byte for byte, as JSON', async () => {
    const { api, requests } = serverAnswering(() => new Response(JSON.stringify(meta), { headers: { etag: '"v2"' } }));
    await send(api);
    expect(requests[0]?.headers.get('content-type')).toBe('application/json');
    await expect(requests[0]?.text()).resolves.toBe(JSON.stringify(stored));
  });

  it('takes the meta from the whole snapshot when the server does not apply the preference', async () => {
    const { api } = serverAnswering(
      () => new Response(JSON.stringify({ ...stored, meta }), { headers: { 'content-type': 'application/json', etag: '"v2"' } }),
    );
    await expect(send(api)).resolves.toEqual({ meta, etag: '"v2"' });
  });
});

describe('versions and the trash', () => {
  const answering = () => new Response('[]', { headers: { 'content-type': 'application/json', etag: '"v3"' } });

  it('asks for the routes of the history and the trash, a restore on the ETag it was given', async () => {
    const { api, requests } = serverAnswering(answering);
    await api.revisions('p 1');
    await api.revision('p1', 2);
    await api.trash();
    await api.restoreFromTrash('p1');
    await api.removeFromTrash('p1');
    await api.remove('p1');
    const sent = requests.map((r) => `${r.method} ${new URL(r.url).pathname}`);
    expect(sent).toEqual([
      'GET /api/projects/p%201/revisions',
      'GET /api/projects/p1/revisions/2',
      'GET /api/trash',
      'POST /api/trash/p1/restore',
      'DELETE /api/trash/p1',
      'DELETE /api/projects/p1',
    ]);
  });

  it('restores with If-Match and takes the whole stored result, which the editor opens', async () => {
    const { api, requests } = serverAnswering(
      () => new Response(JSON.stringify(stored), { headers: { 'content-type': 'application/json', etag: '"v4"' } }),
    );
    await expect(api.restoreRevision('p1', 2, '"v3"')).resolves.toEqual({ snapshot: stored, etag: '"v4"' });
    expect(requests[0]?.method).toBe('POST');
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/projects/p1/revisions/2/restore');
    expect(requests[0]?.headers.get('if-match')).toBe('"v3"');
  });

  it('reads a version’s exact bytes', async () => {
    const text = '{"schemaVersion":1}';
    const { api } = serverAnswering(() => new Response(text, { headers: { etag: '"v2"' } }));
    await expect(api.revision('p1', 2)).resolves.toEqual({ text, etag: '"v2"' });
  });
});
