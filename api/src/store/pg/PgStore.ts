// Over 300 lines: it is the whole ProjectStore port over PostgreSQL, its SQL beside the methods that run it.
import { ID_PATTERN, type ProjectMeta, type ProjectSummary, type RevisionSummary, type TrashedProject } from '@psb/contracts';
import pg from 'pg';
import { etagOf } from '../etag.js';
import {
  type EtagCondition,
  NotInTrashError,
  PreconditionFailedError,
  ProjectExistsError,
  ProjectNotFoundError,
  type ProjectStore,
  RevisionNotFoundError,
  type SnapshotFile,
  type StorageHealth,
  type StoredProject,
} from '../ProjectStore.js';
import { storedMeta } from '../storedMeta.js';
import { migrate } from './schema.js';
import { isUnavailable, orUnavailable, unreachable } from './unavailable.js';

export interface PgStoreOptions {
  /** Most connections open at once (10 by default). */
  poolSize?: number;
  /** Longest a statement may run before the database cancels it, in milliseconds (10 s by default). */
  statementTimeoutMs?: number;
  /** Versions kept per project, the current one included (100 by default; 0 keeps them all). */
  revisionsKeep?: number;
  /** Told about a connection lost while idle (the database restarted): the pool opens another when needed. */
  onIdleError?: (error: Error) => void;
}

export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 10_000;
const DEFAULT_REVISIONS_KEEP = 100;
/** How long a request waits for a connection before the database counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5_000;

const idPattern = new RegExp(ID_PATTERN);

/** The JSON a list sends of each row, kept in the row: lists are joined in the database. */
const projectSummary = (meta: ProjectMeta, size: number): string =>
  JSON.stringify({ id: meta.id, name: meta.name, updatedAt: meta.updatedAt, size } satisfies ProjectSummary);
/** A revision's summary without its number, which the database assigns: `{"rev":N` is put before it. */
const revisionSummaryTail = (etag: string, meta: ProjectMeta, bytes: number): string =>
  `,${JSON.stringify({ etag, updatedAt: meta.updatedAt, name: meta.name, bytes }).slice(1)}`;
const jsonArray = (rows: string) => `'[' || coalesce(string_agg(${rows}), '') || ']'`;

const SQL = {
  current: 'SELECT etag, meta, rev FROM psb_projects WHERE id = $1 AND deleted_at IS NULL',
  get: `SELECT p.etag, p.meta, r.bytes FROM psb_projects p
        JOIN psb_revisions r ON r.project_id = p.id AND r.rev = p.rev
        WHERE p.id = $1 AND p.deleted_at IS NULL`,
  list: `SELECT ${jsonArray(`summary, ',' ORDER BY updated_at DESC, id`)} AS json,
         (SELECT v FROM psb_list_version) AS version FROM psb_projects WHERE deleted_at IS NULL`,
  listVersion: 'SELECT v AS version FROM psb_list_version',
  create: `WITH created AS (
             INSERT INTO psb_projects (id, rev, etag, updated_at, meta, summary) VALUES ($1, 1, $2, $3, $4, $5)
             ON CONFLICT (id) DO NOTHING RETURNING id
           ), bumped AS (UPDATE psb_list_version SET v = v + 1 WHERE EXISTS (SELECT 1 FROM created))
           INSERT INTO psb_revisions (project_id, rev, summary, bytes)
           SELECT id, 1, '{"rev":1' || $6, $7 FROM created RETURNING rev`,
  // The condition is decided here, in the database: the row changes only if its ETag is still the one read.
  replace: `WITH updated AS (
              UPDATE psb_projects SET rev = rev + 1, etag = $3, updated_at = $4, meta = $5, summary = $6
              WHERE id = $1 AND etag = $2 AND deleted_at IS NULL RETURNING id, rev
            ), added AS (
              INSERT INTO psb_revisions (project_id, rev, summary, bytes)
              SELECT id, rev, '{"rev":' || rev || $7, $8 FROM updated
            ), pruned AS (
              DELETE FROM psb_revisions r USING updated u
              WHERE $9::integer > 0 AND r.project_id = u.id AND r.rev <= u.rev - $9::integer
            ), bumped AS (UPDATE psb_list_version SET v = v + 1 WHERE EXISTS (SELECT 1 FROM updated))
            SELECT rev FROM updated`,
  remove: `WITH removed AS (
             UPDATE psb_projects SET deleted_at = $3, trashed = $4
             WHERE id = $1 AND etag = $2 AND deleted_at IS NULL RETURNING id
           ), bumped AS (UPDATE psb_list_version SET v = v + 1 WHERE EXISTS (SELECT 1 FROM removed))
           SELECT id FROM removed`,
  revisions: `SELECT ${jsonArray(`r.summary, ',' ORDER BY r.rev DESC`)} AS json
              FROM psb_projects p LEFT JOIN psb_revisions r ON r.project_id = p.id
              WHERE p.id = $1 AND p.deleted_at IS NULL GROUP BY p.id`,
  revision: `SELECT r.summary, r.bytes FROM psb_revisions r JOIN psb_projects p ON p.id = r.project_id
             WHERE r.project_id = $1 AND r.rev = $2 AND p.deleted_at IS NULL`,
  trash: `SELECT ${jsonArray(`trashed, ',' ORDER BY deleted_at DESC, id`)} AS json FROM psb_projects WHERE deleted_at IS NOT NULL`,
  restoreFromTrash: `WITH restored AS (
                       UPDATE psb_projects SET deleted_at = NULL, trashed = NULL
                       WHERE id = $1 AND deleted_at IS NOT NULL RETURNING id, rev, etag, meta
                     ), bumped AS (UPDATE psb_list_version SET v = v + 1 WHERE EXISTS (SELECT 1 FROM restored))
                     SELECT r.etag, r.meta, v.bytes FROM restored r
                     JOIN psb_revisions v ON v.project_id = r.id AND v.rev = r.rev`,
  purge: 'DELETE FROM psb_projects WHERE id = $1 AND deleted_at IS NOT NULL',
  health: 'SELECT pg_is_in_recovery() AS standby',
} as const;

interface CurrentRow {
  etag: string;
  meta: string;
  rev: number;
}

/** A project's row as `get` and `restoreFromTrash` read it: the meta is stored as JSON text. */
type ProjectRow = { etag: string; meta: string; bytes: Buffer };

const storedOf = (row: ProjectRow): StoredProject => ({
  etag: row.etag,
  meta: JSON.parse(row.meta) as ProjectMeta,
  bytes: row.bytes,
});

/**
 * Stores projects, their revisions and the trash in PostgreSQL, so that several API servers can share one
 * database. Nothing is cached but the list, checked against the database's list version on every read: a write
 * through one server is read through any other at once. A conditional write reads the current ETag, decides the
 * condition, and writes only if the row still has that ETag (one statement): two servers holding the same ETag
 * cannot both win.
 */
export class PgStore implements ProjectStore {
  readonly #pool: pg.Pool;
  /** Host, port and database, never the user or password: what messages name. */
  readonly #where: string;
  readonly #keep: number;
  /**
   * The list as last read, with the list version it was read at: served again while that version is the
   * database's, a one-row read instead of joining 10,000 rows' JSON. Every server sees every write's version.
   */
  #listing: { version: string; json: Buffer } | undefined;

  private constructor(pool: pg.Pool, where: string, keep: number) {
    this.#pool = pool;
    this.#where = where;
    this.#keep = keep;
  }

  /** Connects, and makes or upgrades the schema (schema.ts). */
  static async open(url: string, options: PgStoreOptions = {}): Promise<PgStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? DEFAULT_POOL_SIZE,
      statement_timeout: options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      application_name: 'page-scaffold-builder',
    });
    // An idle connection the database closed (a restart) must not end the process: the pool replaces it.
    pool.on('error', (error) => options.onIdleError?.(error));
    const store = new PgStore(pool, describeDatabase(url), options.revisionsKeep ?? DEFAULT_REVISIONS_KEEP);
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw isUnavailable(error) ? new Error(unreachable(store.#where, error)) : error;
    }
    return store;
  }

  async list(): Promise<ProjectSummary[]> {
    return JSON.parse((await this.listJson()).toString('utf8')) as ProjectSummary[];
  }

  async listJson(): Promise<Buffer> {
    if (this.#listing) {
      const [row] = await this.#query<{ version: string }>('psb_list_version', SQL.listVersion, []);
      if (row?.version === this.#listing.version) return this.#listing.json;
    }
    const [row] = await this.#query<{ json: string; version: string }>('psb_list', SQL.list, []);
    const { json, version } = row as { json: string; version: string };
    this.#listing = { version, json: Buffer.from(json) };
    return this.#listing.json;
  }

  async currentEtag(id: string): Promise<string | undefined> {
    return (await this.#current(id))?.etag;
  }

  async get(id: string): Promise<StoredProject | undefined> {
    if (!idPattern.test(id)) return undefined;
    const [row] = await this.#query<ProjectRow>('psb_get', SQL.get, [id]);
    return row && storedOf(row);
  }

  async create({ meta, bytes }: SnapshotFile): Promise<StoredProject> {
    if (!idPattern.test(meta.id)) throw new ProjectNotFoundError(meta.id);
    const etag = etagOf(bytes);
    const rows = await this.#query('psb_create', SQL.create, [
      meta.id,
      etag,
      meta.updatedAt,
      JSON.stringify(meta),
      projectSummary(meta, bytes.length),
      revisionSummaryTail(etag, meta, bytes.length),
      bytes,
    ]);
    if (rows.length === 0) throw new ProjectExistsError(meta.id);
    return { meta, etag, bytes };
  }

  async replace(id: string, condition: EtagCondition, next: (current: ProjectMeta) => SnapshotFile): Promise<StoredProject> {
    return this.#writeIf(id, condition, async (current) => next(JSON.parse(current.meta) as ProjectMeta));
  }

  async remove(id: string, condition: EtagCondition): Promise<void> {
    for (;;) {
      const current = await this.#currentOrThrow(id, condition);
      const { name } = JSON.parse(current.meta) as ProjectMeta;
      const deletedAt = new Date().toISOString();
      const trashed = JSON.stringify({ id, name, deletedAt } satisfies TrashedProject);
      const removed = await this.#query('psb_remove', SQL.remove, [id, current.etag, deletedAt, trashed]);
      if (removed.length === 1) return;
    }
  }

  async revisions(id: string): Promise<RevisionSummary[] | undefined> {
    const json = await this.revisionsJson(id);
    return json && (JSON.parse(json.toString('utf8')) as RevisionSummary[]);
  }

  async revisionsJson(id: string): Promise<Buffer | undefined> {
    if (!idPattern.test(id)) return undefined;
    const [row] = await this.#query<{ json: string }>('psb_revisions', SQL.revisions, [id]);
    return row && Buffer.from(row.json);
  }

  async revision(id: string, rev: number): Promise<StoredProject | undefined> {
    if (!idPattern.test(id) || !Number.isSafeInteger(rev) || rev < 1 || rev > 2 ** 31 - 1) return undefined;
    const [row] = await this.#query<{ summary: string; bytes: Buffer }>('psb_revision', SQL.revision, [id, rev]);
    if (!row) return undefined;
    const { etag } = JSON.parse(row.summary) as RevisionSummary;
    return { etag, meta: storedMeta(row.bytes), bytes: row.bytes };
  }

  async restoreRevision(
    id: string,
    rev: number,
    condition: EtagCondition,
    next: (current: ProjectMeta, revision: StoredProject) => SnapshotFile,
  ): Promise<StoredProject> {
    return this.#writeIf(id, condition, async (current) => {
      const revision = await this.revision(id, rev);
      if (!revision) throw new RevisionNotFoundError(id, rev);
      return next(JSON.parse(current.meta) as ProjectMeta, revision);
    });
  }

  async trash(): Promise<TrashedProject[]> {
    const [row] = await this.#query<{ json: string }>('psb_trash', SQL.trash, []);
    return JSON.parse((row as { json: string }).json) as TrashedProject[];
  }

  async restoreFromTrash(id: string): Promise<StoredProject> {
    if (!idPattern.test(id)) throw new NotInTrashError(id);
    const [row] = await this.#query<ProjectRow>('psb_restore_from_trash', SQL.restoreFromTrash, [id]);
    if (!row) throw new NotInTrashError(id);
    return storedOf(row);
  }

  async purge(id: string): Promise<void> {
    if (!idPattern.test(id)) throw new NotInTrashError(id);
    const { rowCount } = await this.#run('psb_purge', SQL.purge, [id]);
    if (rowCount !== 1) throw new NotInTrashError(id);
  }

  async health(): Promise<StorageHealth> {
    try {
      const { rows } = await this.#pool.query<{ standby: boolean }>(SQL.health);
      if (rows[0]?.standby) {
        return {
          writable: false,
          problem: `PostgreSQL at ${this.#where} is a read-only standby: point DATABASE_URL at the primary.`,
        };
      }
      return { writable: true };
    } catch (error) {
      return { writable: false, problem: unreachable(this.#where, error) };
    }
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** Reads the current row, decides the condition, makes the new version, and stores it if the row did not change meanwhile. */
  async #writeIf(
    id: string,
    condition: EtagCondition,
    make: (current: CurrentRow) => Promise<SnapshotFile>,
  ): Promise<StoredProject> {
    for (;;) {
      const current = await this.#currentOrThrow(id, condition);
      const { meta, bytes } = await make(current);
      const etag = etagOf(bytes);
      const rows = await this.#query('psb_replace', SQL.replace, [
        id,
        current.etag,
        etag,
        meta.updatedAt,
        JSON.stringify(meta),
        projectSummary(meta, bytes.length),
        revisionSummaryTail(etag, meta, bytes.length),
        bytes,
        this.#keep,
      ]);
      if (rows.length === 1) return { meta, etag, bytes };
      // Another writer won since the read: decide again on what it stored.
    }
  }

  async #current(id: string): Promise<CurrentRow | undefined> {
    if (!idPattern.test(id)) return undefined;
    const [row] = await this.#query<CurrentRow>('psb_current', SQL.current, [id]);
    return row;
  }

  async #currentOrThrow(id: string, condition: EtagCondition): Promise<CurrentRow> {
    const current = await this.#current(id);
    if (!current) throw new ProjectNotFoundError(id);
    if (!condition(current.etag)) throw new PreconditionFailedError(current.etag);
    return current;
  }

  async #query<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<R[]> {
    return (await this.#run<R>(name, text, values)).rows;
  }

  /** A prepared statement (parsed once per connection); a database that is down becomes a 503. */
  #run<R extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<pg.QueryResult<R>> {
    return orUnavailable(this.#where, () => this.#pool.query<R>({ name, text, values }));
  }
}

/** `host:port/database` of a connection string, without the user or password, which must never be logged. */
export function describeDatabase(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname || 'localhost'}:${port || 5432}${pathname || '/'}`;
  } catch {
    return 'the DATABASE_URL given';
  }
}
