import type { ProjectMeta, ProjectSummary, RevisionSummary, TrashedProject } from '@psb/contracts';

/** A snapshot as the store writes it: the file's exact bytes, and the meta they hold (for the index). */
export interface SnapshotFile {
  meta: ProjectMeta;
  bytes: Buffer;
}

/** A stored snapshot: its exact bytes (what GET returns), its meta and its strong ETag. */
export interface StoredProject extends SnapshotFile {
  etag: string;
}

/** Whether the store can take writes now; when not, why, in words that name what to fix. */
export interface StorageHealth {
  writable: boolean;
  problem?: string;
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
  /** Moves a project, with its history, to the trash, if `condition` holds. */
  remove(id: string, condition: EtagCondition): Promise<void>;

  /** A project's stored versions, newest (the current one) first; undefined when there is no such project. */
  revisions(id: string): Promise<RevisionSummary[] | undefined>;
  /** The same list as JSON (what GET /api/projects/:id/revisions sends), kept until the project changes. */
  revisionsJson(id: string): Promise<Buffer | undefined>;
  /** One stored version of a project, its exact bytes; undefined when unknown or expired. */
  revision(id: string, rev: number): Promise<StoredProject | undefined>;
  /**
   * Stores what `next` makes of the current meta and an earlier version as a new version, if `condition` holds:
   * the versions in between stay in the history.
   */
  restoreRevision(
    id: string,
    rev: number,
    condition: EtagCondition,
    next: (current: ProjectMeta, revision: StoredProject) => SnapshotFile,
  ): Promise<StoredProject>;

  /** The deleted projects, most recently deleted first. */
  trash(): Promise<TrashedProject[]>;
  /** Brings a deleted project back, as it was, under its id. */
  restoreFromTrash(id: string): Promise<StoredProject>;
  /** Removes a deleted project, with its history, for good. */
  purge(id: string): Promise<void>;

  /** Whether the store can take writes now (a file store probes its folder at start and after a write fails). */
  health(): Promise<StorageHealth>;

  close(): Promise<void>;
}

/** The storage cannot be reached or written now (a read-only folder, a database down): the message says what to fix. */
export class StorageUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageUnavailableError';
  }
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

export class RevisionNotFoundError extends Error {
  constructor(
    readonly id: string,
    readonly rev: number,
  ) {
    super(`Project "${id}" has no revision ${rev}: it never existed or is no longer kept.`);
    this.name = 'RevisionNotFoundError';
  }
}

export class NotInTrashError extends Error {
  constructor(readonly id: string) {
    super(`No project with id "${id}" in the trash.`);
    this.name = 'NotInTrashError';
  }
}
