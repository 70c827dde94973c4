// The editor's first requests, started by index.ts while the rest of its code is still arriving: on a fresh open
// the registry and the project are asked for about half a second sooner than bootstrap could ask.

/** How the editor asks the server for JSON: never from the HTTP cache, which may hold a version since replaced. */
export const JSON_HEADERS = { accept: 'application/json' };
export const READ_INIT: RequestInit = { cache: 'no-store', headers: JSON_HEADERS };

const started = new Map<string, Promise<Response>>();

/** Starts reading `url` now, for the first call that would read it. */
export function requestEarly(url: string): void {
  const response = fetch(url, READ_INIT);
  // Whoever takes it sees a failure; until then it is not an unhandled rejection.
  response.catch(() => undefined);
  started.set(url, response);
}

/** The request of `url` started early, once: a later read of the same URL asks the server again. */
export function takeEarly(url: string): Promise<Response> | undefined {
  const response = started.get(url);
  started.delete(url);
  return response;
}
