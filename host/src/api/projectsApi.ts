import type { ApiError, ProjectMeta, ProjectSummary, RevisionSummary, Snapshot, TrashedProject } from '@psb/contracts';
import { measured } from '../timing/measured.js';
import { JSON_HEADERS, READ_INIT, takeEarly } from './earlyRequests.js';

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

/** One stored version: its exact bytes (what Export of it downloads) and its ETag. */
export interface StoredRevision {
  text: string;
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
  /** Moves a project, with its history, to the trash. */
  remove(id: string): Promise<void>;
  /** The project's stored versions, newest (the current one) first. */
  revisions(id: string): Promise<RevisionSummary[]>;
  revision(id: string, rev: number): Promise<StoredRevision>;
  /** Makes version `rev` the current one, as a new version, if the current one is still `etag`: the stored result. */
  restoreRevision(id: string, rev: number, etag: string): Promise<StoredSnapshot>;
  trash(): Promise<TrashedProject[]>;
  /** Brings a trashed project back under its id. */
  restoreFromTrash(id: string): Promise<void>;
  /** Removes a trashed project for good. */
  removeFromTrash(id: string): Promise<void>;
}

export function httpProjectsApi(root = '/api', fetchImpl: typeof fetch = (...args) => fetch(...args)): ProjectsApi {
  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    let response: Response;
    try {
      const url = `${root}${path}`;
      const early = init.method === undefined ? takeEarly(url) : undefined;
      // A string body is copied by fetch on the page's thread, at about three times the cost of making a Blob of it:
      // what a save of a large project held the editor still for.
      const body = typeof init.body === 'string' ? new Blob([init.body]) : init.body;
      response = await (early ?? fetchImpl(url, { ...READ_INIT, ...init, body, headers: { ...JSON_HEADERS, ...init.headers } }));
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
  const project = (id: string) => `/projects/${encodeURIComponent(id)}`;
  const trashed = (id: string) => `/trash/${encodeURIComponent(id)}`;
  return {
    list: async () => (await (await request('/projects')).json()) as ProjectSummary[],
    get: async (id) => stored(await request(project(id))),
    create: async (body) => stored(await request('/projects', { method: 'POST', headers: json, body })),
    createCopy: async (body) => storedMeta(await request('/projects', { method: 'POST', headers: askingMinimal, body })),
    replace: async (id, body, etag) =>
      storedMeta(await request(project(id), { method: 'PUT', headers: { ...askingMinimal, 'if-match': etag }, body })),
    remove: async (id) => {
      await request(project(id), { method: 'DELETE' });
    },
    revisions: async (id) => (await (await request(`${project(id)}/revisions`)).json()) as RevisionSummary[],
    revision: async (id, rev) => {
      const response = await request(`${project(id)}/revisions/${rev}`);
      return { text: await response.text(), etag: response.headers.get('etag') ?? '' };
    },
    // The whole stored result comes back: the editor opens it.
    restoreRevision: async (id, rev, etag) =>
      stored(await request(`${project(id)}/revisions/${rev}/restore`, { method: 'POST', headers: { 'if-match': etag } })),
    trash: async () => (await (await request('/trash')).json()) as TrashedProject[],
    restoreFromTrash: async (id) => {
      await request(`${trashed(id)}/restore`, { method: 'POST' });
    },
    removeFromTrash: async (id) => {
      await request(trashed(id), { method: 'DELETE' });
    },
  };
}
