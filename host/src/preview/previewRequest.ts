import { type RequestRules, requestRefusal } from './requestRefusal.js';

export const REDIRECT_REFUSAL = 'The preview does not follow redirects: one could lead to the editor’s own API.';

/**
 * A flow's `request` step as the preview sends it: refused before anything is sent when `requestRefusal` says so,
 * and thrown like any failed request, so the flow's step fails and says why. `rules` is read at each request, as
 * the setting can change while the page is tried.
 */
export function previewRequest(rules: () => RequestRules, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  return async (method: string, url: string, body?: string): Promise<unknown> => {
    const refusal = requestRefusal(url, rules());
    if (refusal) throw new Error(refusal);
    const response = await fetchImpl(url, {
      method,
      // Checked above is only the first address: a redirect would go on unchecked.
      redirect: 'manual',
      ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
    });
    if (response.type === 'opaqueredirect') throw new Error(REDIRECT_REFUSAL);
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  };
}
