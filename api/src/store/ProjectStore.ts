import type { ProjectMeta, ProjectSummary, RevisionSummary, TrashedProject } from '@psb/contracts';

/** A snapshot as the store writes it: the file's exact bytes, and the meta they hold (for the index). */
export interface SnapshotFile {
  meta: ProjectMeta;
  bytes: Buffer;
}

/** A stored snapshot: its exact bytes (what GET returns), its meta and its strong ETag. */
export interface StoredProject extends SnapshotFile {
  etag: string;
  /**
   * Set when the stored bytes cannot be read as a project (truncated, not JSON, a meta missing or unusable): what is
   * wrong, in words. `meta` is then a stand-in made of what could be read (the file's time for missing dates).
   * Such a project can be downloaded as it is, replaced (If-Match: its bytes' ETag) or deleted.
   */
  problem?: string;
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
  /** Every project, newest change first; a damaged one too, marked `damaged` with its `problem`. */
  list(): Promise<ProjectSummary[]>;
  /** The same list as JSON (what GET /api/projects sends), kept until the next change. */
  listJson(): Promise<Buffer>;
  /** The current version's ETag, without reading the project: enough to answer If-None-Match. */
  currentEtag(id: string): Promise<string | undefined>;
  /** The current version's exact bytes; a damaged project's too, with its `problem`. */
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

/** A project, or one of its versions, whose stored file cannot be read as a project (StoredProject's `problem`). */
export class DamagedProjectError extends Error {
  constructor(
    readonly id: string,
    readonly problem: string,
    /** The damaged bytes' ETag: what a PUT that repairs the project sends in If-Match. */
    readonly etag: string,
    readonly rev?: number,
  ) {
    super(
      rev === undefined
        ? `Project "${id}" is damaged: ${problem}. Download its file (GET /api/projects/${id}/raw), then replace it (PUT with If-Match: ${etag}) or delete it.`
        : `Version ${rev} of project "${id}" is damaged: ${problem}. Download it (GET /api/projects/${id}/revisions/${rev}) to repair it by hand.`,
    );
    this.name = 'DamagedProjectError';
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
