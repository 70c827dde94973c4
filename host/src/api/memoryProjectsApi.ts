import { checkSnapshot, countProblems, type ProjectSummary, type RevisionSummary, type Snapshot } from '@psb/contracts';
import { nanoid } from '@reduxjs/toolkit';
import { ApiRequestError, type ProjectsApi, type StoredSnapshot } from './projectsApi.js';

/** One stored version: the exact text written, as the server keeps a file. */
interface Revision {
  rev: number;
  etag: string;
  text: string;
  bytes: number;
}

/** A project: its versions, oldest first (the last is the current one), and the number its next version takes. */
interface Stored {
  revisions: Revision[];
  nextRev: number;
}

const encoder = new TextEncoder();

/**
 * The projects API kept in memory, with the server's rules: server-made ids and dates, validation, strong ETags,
 * If-Match (412 stale, 428 missing on a restore), a history of every version stored, and a trash that Delete moves
 * projects to. For a remote's standalone page and for tests of the lifecycle.
 */
export function memoryProjectsApi(): ProjectsApi & { versions: number } {
  const projects = new Map<string, Stored>();
  const trashed = new Map<string, Stored & { deletedAt: string }>();
  let versions = 0;
  const refuse = (status: number, message: string, details?: { path: string; message: string }[]): never => {
    throw new ApiRequestError(status, { statusCode: status, error: 'Error', message, ...(details ? { details } : {}) });
  };
  const current = (project: Stored) => project.revisions.at(-1) as Revision;
  const snapshotOf = (revision: Revision) => JSON.parse(revision.text) as Snapshot;
  const stored = (revision: Revision): StoredSnapshot => ({ snapshot: snapshotOf(revision), etag: revision.etag });
  const found = (id: string) => projects.get(id) ?? refuse(404, `No project with id "${id}".`);
  /** Stores `body` as the next version of project `id` (a new project when it has none). */
  const store = (body: string, id: string): StoredSnapshot => {
    const draft = JSON.parse(body) as Snapshot;
    const problems = checkSnapshot(draft, { draft: true });
    if (problems.length > 0) refuse(400, `Invalid body (${countProblems(problems).toLowerCase()}).`, problems);
    const project = projects.get(id) ?? { revisions: [], nextRev: 1 };
    const previous = project.revisions.at(-1) && snapshotOf(current(project)).meta;
    let now = new Date().toISOString();
    if (previous && now <= previous.updatedAt) now = new Date(Date.parse(previous.updatedAt) + 1).toISOString();
    const { name, description } = draft.meta;
    const snapshot = {
      ...draft,
      meta: {
        id,
        name,
        ...(description === undefined ? {} : { description }),
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
      },
    };
    const text = JSON.stringify(snapshot);
    const revision = { rev: project.nextRev, etag: `"v${++versions}"`, text, bytes: encoder.encode(text).length };
    projects.set(id, { revisions: [...project.revisions, revision], nextRev: project.nextRev + 1 });
    return stored(revision);
  };
  const summary = (revision: Revision): RevisionSummary => {
    const { meta } = snapshotOf(revision);
    return { rev: revision.rev, etag: revision.etag, updatedAt: meta.updatedAt, name: meta.name, bytes: revision.bytes };
  };
  return {
    get versions() {
      return versions;
    },
    async list(): Promise<ProjectSummary[]> {
      return [...projects.entries()]
        .map(([id, project]) => {
          const { meta } = snapshotOf(current(project));
          return { id, name: meta.name, updatedAt: meta.updatedAt, size: current(project).bytes };
        })
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async get(id) {
      return stored(current(found(id)));
    },
    async create(body) {
      return store(body, nanoid());
    },
    async createCopy(body) {
      const { snapshot, etag } = store(body, nanoid());
      return { meta: snapshot.meta, etag };
    },
    async replace(id, body, etag) {
      const project = found(id);
      if (current(project).etag !== etag) throw new ApiRequestError(412, undefined, current(project).etag);
      const { snapshot, etag: newEtag } = store(body, id);
      return { meta: snapshot.meta, etag: newEtag };
    },
    async remove(id) {
      const project = found(id);
      projects.delete(id);
      trashed.set(id, { ...project, deletedAt: new Date().toISOString() });
    },
    async revisions(id) {
      return found(id).revisions.map(summary).reverse();
    },
    async revision(id, rev) {
      const revision = found(id).revisions.find((r) => r.rev === rev) ?? refuse(404, `No version ${rev} of "${id}".`);
      return { text: revision.text, etag: revision.etag };
    },
    async restoreRevision(id, rev, etag) {
      const project = found(id);
      const revision = project.revisions.find((r) => r.rev === rev) ?? refuse(404, `No version ${rev} of "${id}".`);
      if (!etag) refuse(428, 'A restore needs If-Match with the current ETag.');
      if (current(project).etag !== etag) throw new ApiRequestError(412, undefined, current(project).etag);
      return store(revision.text, id);
    },
    async trash() {
      return [...trashed.entries()]
        .map(([id, project]) => ({ id, name: snapshotOf(current(project)).meta.name, deletedAt: project.deletedAt }))
        .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
    },
    async restoreFromTrash(id) {
      const project = trashed.get(id) ?? refuse(404, `No project with id "${id}" in the trash.`);
      if (projects.has(id)) refuse(409, `A project with id "${id}" exists again.`);
      trashed.delete(id);
      const { deletedAt: _deletedAt, ...kept } = project;
      projects.set(id, kept);
    },
    async removeFromTrash(id) {
      if (!trashed.delete(id)) refuse(404, `No project with id "${id}" in the trash.`);
    },
  };
}
