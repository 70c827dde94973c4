// The PostgreSQL store's tables, made and upgraded at start by numbered migrations, each applied once and recorded
// in psb_migrations. Servers starting together take turns on an advisory lock, so each migration runs exactly once.
import type pg from 'pg';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * JSON kept as text is each row's own JSON (`meta`, and `summary` as the lists send it), so that lists are joined
 * in the database, not rebuilt in the server, and names holding any character (even U+0000) are stored as sent.
 * `updated_at` and ids sort byte by byte (COLLATE "C"), as ISO dates and the file store do.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'projects, their revisions and the trash',
    sql: `
      CREATE TABLE psb_projects (
        id text COLLATE "C" PRIMARY KEY,
        rev integer NOT NULL,
        etag text NOT NULL,
        updated_at text COLLATE "C" NOT NULL,
        meta text NOT NULL,
        summary text NOT NULL,
        deleted_at timestamptz,
        trashed text
      );
      CREATE INDEX psb_projects_live ON psb_projects (updated_at DESC, id) WHERE deleted_at IS NULL;
      CREATE TABLE psb_revisions (
        project_id text COLLATE "C" NOT NULL REFERENCES psb_projects (id) ON DELETE CASCADE,
        rev integer NOT NULL,
        summary text NOT NULL,
        bytes bytea NOT NULL,
        PRIMARY KEY (project_id, rev)
      );
    `,
  },
  {
    version: 2,
    name: 'a version of the list, and lz4 for stored bytes',
    // Every write that changes the list moves `psb_list_version.v` in its own statement, so a server may keep the
    // list and check it with one row's read. lz4 compresses JSON several times faster than pglz; a server built
    // without it keeps pglz.
    sql: `
      CREATE TABLE psb_list_version (one boolean PRIMARY KEY DEFAULT true CHECK (one), v bigint NOT NULL);
      INSERT INTO psb_list_version (v) VALUES (1);
      DO $$ BEGIN
        ALTER TABLE psb_revisions ALTER COLUMN bytes SET COMPRESSION lz4;
      EXCEPTION WHEN OTHERS THEN NULL;
      END $$;
    `,
  },
];

/** Any 64-bit number the store alone uses, for its advisory lock. */
const MIGRATION_LOCK = 7_350_185_042;

/** Brings the database's schema up to date; refuses a database a newer server has upgraded past what this one knows. */
export async function migrate(pool: pg.Pool, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS psb_migrations (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM psb_migrations');
    const applied = new Set(rows.map((row) => row.version));
    const known = Math.max(0, ...migrations.map((m) => m.version));
    const newest = Math.max(0, ...applied);
    if (newest > known) {
      throw new Error(
        `The database's schema is at version ${newest}, newer than this server knows (${known}): upgrade this server.`,
      );
    }
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query('INSERT INTO psb_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      done.push(migration.version);
    }
    await client.query('COMMIT');
    return done;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
