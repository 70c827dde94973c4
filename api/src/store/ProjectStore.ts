import type { ProjectMeta, ProjectSummary } from '@psb/contracts';

/** A snapshot as the store writes it: the file's exact bytes, and the meta they hold (for the index). */
export interface SnapshotFile {
  meta: ProjectMeta;
  bytes: Buffer;
}

/** A stored snapshot: its exact bytes (what GET returns), its meta and its strong ETag. */
export interface StoredProject extends SnapshotFile {
  etag: string;
}

/** Decides from the current ETag whether a conditional write may go ahead (If-Match). */
export type EtagCondition = (currentEtag: string) => boolean;

/**
 * Where projects live. Writes to one id are serialized, and each write's condition is
 * checked inside that critical section, so two writers holding the same ETag cannot both win.
 */
export interface ProjectStore {
  /** Every project, newest change first. */
  list(): Promise<ProjectSummary[]>;
  /** The same list as JSON (what GET /api/projects sends), kept until the next change. */
  listJson(): Promise<Buffer>;
  /** The current version's ETag, without reading the project: enough to answer If-None-Match. */
  currentEtag(id: string): Promise<string | undefined>;
  get(id: string): Promise<StoredProject | undefined>;
  /** Stores a snapshot under its (new) `meta.id`. */
  create(file: SnapshotFile): Promise<StoredProject>;
  /** Replaces a project with what `next` makes of its current meta, if `condition` holds. */
  replace(id: string, condition: EtagCondition, next: (current: ProjectMeta) => SnapshotFile): Promise<StoredProject>;
  remove(id: string, condition: EtagCondition): Promise<void>;
  close(): Promise<void>;
}

export class ProjectNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No project with id "${id}".`);
    this.name = 'ProjectNotFoundError';
  }
}

export class PreconditionFailedError extends Error {
  constructor(readonly currentEtag: string) {
    super('The project has changed since you loaded it.');
    this.name = 'PreconditionFailedError';
  }
}

export class ProjectExistsError extends Error {
  constructor(readonly id: string) {
    super(`A project with id "${id}" exists already.`);
    this.name = 'ProjectExistsError';
  }
}
