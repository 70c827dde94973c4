import { checkSnapshot, type ProjectSummary, type Snapshot } from '@psb/contracts';
import { nanoid } from '@reduxjs/toolkit';
import { ApiRequestError, type ProjectsApi, type StoredSnapshot } from './projectsApi.js';

/**
 * The projects API kept in memory, with the server's rules: server-made ids and dates, validation,
 * strong ETags and If-Match. For a remote's standalone page and for tests of the lifecycle.
 */
export function memoryProjectsApi(): ProjectsApi & { versions: number } {
  const projects = new Map<string, { snapshot: Snapshot; etag: string }>();
  let versions = 0;
  const copy = (p: { snapshot: Snapshot; etag: string }): StoredSnapshot => ({
    snapshot: structuredClone(p.snapshot),
    etag: p.etag,
  });
  const refuse = (status: number, message: string, details?: { path: string; message: string }[]) => {
    throw new ApiRequestError(status, { statusCode: status, error: 'Error', message, ...(details ? { details } : {}) });
  };
  const store = (body: string, id: string, createdAt: string | undefined, previous?: string) => {
    const draft = JSON.parse(body) as Snapshot;
    const problems = checkSnapshot(draft, { draft: true });
    if (problems.length > 0) refuse(400, `Invalid body (${problems.length} problems).`, problems);
    let now = new Date().toISOString();
    if (previous && now <= previous) now = new Date(Date.parse(previous) + 1).toISOString();
    const { name, description } = draft.meta;
    const snapshot = {
      ...draft,
      meta: { id, name, ...(description === undefined ? {} : { description }), createdAt: createdAt ?? now, updatedAt: now },
    };
    const stored = { snapshot, etag: `"v${++versions}"` };
    projects.set(id, stored);
    return copy(stored);
  };
  return {
    get versions() {
      return versions;
    },
    async list(): Promise<ProjectSummary[]> {
      return [...projects.values()]
        .map(({ snapshot: { meta } }) => ({ id: meta.id, name: meta.name, updatedAt: meta.updatedAt }))
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async get(id) {
      const found = projects.get(id);
      if (!found) return refuse(404, `No project with id "${id}".`);
      return copy(found);
    },
    async create(body) {
      return store(body, nanoid(), undefined);
    },
    async createCopy(body) {
      const { snapshot, etag } = store(body, nanoid(), undefined);
      return { meta: snapshot.meta, etag };
    },
    async replace(id, body, etag) {
      const found = projects.get(id);
      if (!found) return refuse(404, `No project with id "${id}".`);
      if (found.etag !== etag) throw new ApiRequestError(412, undefined, found.etag);
      const { snapshot, etag: newEtag } = store(body, id, found.snapshot.meta.createdAt, found.snapshot.meta.updatedAt);
      return { meta: snapshot.meta, etag: newEtag };
    },
    async remove(id) {
      if (!projects.delete(id)) refuse(404, `No project with id "${id}".`);
    },
  };
}
