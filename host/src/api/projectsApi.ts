import type { ApiError, ProjectMeta, ProjectSummary, Snapshot } from '@psb/contracts';
import { measured } from '../timing/measured.js';

/** The server answered with an error; `body` is its JSON error when it sent one. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | undefined,
    readonly etag?: string,
  ) {
    super(body?.message ?? `The server answered ${status}.`);
    this.name = 'ApiRequestError';
  }
}

/** The request never got an answer: the server is down or the network is gone. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super(`The server could not be reached (${cause instanceof Error ? cause.message : String(cause)}).`);
    this.name = 'NetworkError';
  }
}

export interface StoredSnapshot {
  snapshot: Snapshot;
  etag: string;
}

/** What a replace or a copy stored: the client has the snapshot it sent; the server's meta and ETag are all that is new. */
export interface StoredMeta {
  meta: ProjectMeta;
  etag: string;
}

/** The projects API as the host uses it. Bodies go as text: the exact bytes Export would download. */
export interface ProjectsApi {
  list(): Promise<ProjectSummary[]>;
  get(id: string): Promise<StoredSnapshot>;
  create(body: string): Promise<StoredSnapshot>;
  /** Stores a new project whose document the client keeps (Save As): only the meta and ETag come back. */
  createCopy(body: string): Promise<StoredMeta>;
  replace(id: string, body: string, etag: string): Promise<StoredMeta>;
  remove(id: string): Promise<void>;
}

export function httpProjectsApi(base = '/api/projects', fetchImpl: typeof fetch = (...args) => fetch(...args)): ProjectsApi {
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        cache: 'no-store',
        ...init,
        headers: { accept: 'application/json', ...init.headers },
      });
    } catch (error) {
      throw new NetworkError(error);
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => undefined)) as ApiError | undefined;
      throw new ApiRequestError(response.status, body, response.headers.get('etag') ?? undefined);
    }
    return response;
  }
  const stored = async (response: Response): Promise<StoredSnapshot> => {
    const text = await response.text();
    return { snapshot: measured('parse', () => JSON.parse(text)) as Snapshot, etag: response.headers.get('etag') ?? '' };
  };
  const storedMeta = async (response: Response): Promise<StoredMeta> => {
    const reply = await response.json();
    // A server that does not apply the preference sends the stored snapshot, meta included.
    const minimal = response.headers.get('preference-applied')?.toLowerCase().includes('return=minimal');
    return { meta: (minimal ? reply : reply.meta) as ProjectMeta, etag: response.headers.get('etag') ?? '' };
  };
  const json = { 'content-type': 'application/json' };
  // The meta alone comes back (RFC 7240), not the whole document just sent, to be read for nothing.
  const askingMinimal = { ...json, prefer: 'return=minimal' };
  return {
    list: async () => (await (await request('')).json()) as ProjectSummary[],
    get: async (id) => stored(await request(`/${encodeURIComponent(id)}`)),
    create: async (body) => stored(await request('', { method: 'POST', headers: json, body })),
    createCopy: async (body) => storedMeta(await request('', { method: 'POST', headers: askingMinimal, body })),
    replace: async (id, body, etag) =>
      storedMeta(
        await request(`/${encodeURIComponent(id)}`, { method: 'PUT', headers: { ...askingMinimal, 'if-match': etag }, body }),
      ),
    remove: async (id) => {
      await request(`/${encodeURIComponent(id)}`, { method: 'DELETE' });
    },
  };
}
