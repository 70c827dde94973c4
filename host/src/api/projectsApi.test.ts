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
  return { api: httpProjectsApi('/api/projects', fetchImpl as typeof fetch), requests };
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

  it('takes the meta from the whole snapshot when the server does not apply the preference', async () => {
    const { api } = serverAnswering(
      () => new Response(JSON.stringify({ ...stored, meta }), { headers: { 'content-type': 'application/json', etag: '"v2"' } }),
    );
    await expect(send(api)).resolves.toEqual({ meta, etag: '"v2"' });
  });
});
