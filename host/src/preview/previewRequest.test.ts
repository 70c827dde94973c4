import { describe, expect, it, vi } from 'vitest';
import { previewRequest, REDIRECT_REFUSAL } from './previewRequest.js';
import { API_REFUSAL, SAME_ORIGIN_REFUSAL } from './requestRefusal.js';

const EDITOR = 'http://localhost:3000/projects/abc';

function setUp({ sameOriginAllowed = false, answer = new Response('{"ok":true}') } = {}) {
  const fetchImpl = vi.fn(async (..._args: Parameters<typeof fetch>) => answer);
  const request = previewRequest(() => ({ editorUrl: EDITOR, sameOriginAllowed }), fetchImpl);
  return { request, fetchImpl };
}

describe('previewRequest', () => {
  it.each(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'])(
    'sends no %s to the editor’s API, even with same-origin requests allowed, and says why',
    async (method) => {
      const { request, fetchImpl } = setUp({ sameOriginAllowed: true });
      await expect(request(method, '/api/projects/other')).rejects.toThrow(API_REFUSAL);
      await expect(request(method, 'http://127.0.0.1:3000/%61pi/projects/other')).rejects.toThrow(API_REFUSAL);
      expect(fetchImpl).not.toHaveBeenCalled();
    },
  );

  it('sends nothing to the editor’s own address unless allowed, then sends it', async () => {
    const refused = setUp();
    await expect(refused.request('GET', '/data.json')).rejects.toThrow(SAME_ORIGIN_REFUSAL);
    expect(refused.fetchImpl).not.toHaveBeenCalled();

    const allowed = setUp({ sameOriginAllowed: true });
    await expect(allowed.request('GET', '/data.json')).resolves.toEqual({ ok: true });
    expect(allowed.fetchImpl).toHaveBeenCalledOnce();
  });

  it('sends a request elsewhere, not following redirects, which could lead back to the API', async () => {
    const { request, fetchImpl } = setUp();
    await expect(request('POST', 'https://example.com/orders', '{"n":1}')).resolves.toEqual({ ok: true });
    expect(fetchImpl).toHaveBeenCalledWith('https://example.com/orders', {
      method: 'POST',
      redirect: 'manual',
      body: '{"n":1}',
      headers: { 'content-type': 'application/json' },
    });

    // What a browser gives for a redirect not followed.
    const redirected = setUp({ answer: { type: 'opaqueredirect', ok: false, status: 0 } as Response });
    await expect(redirected.request('DELETE', 'https://example.com/go')).rejects.toThrow(REDIRECT_REFUSAL);
  });
});
