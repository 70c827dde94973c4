import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../../testing/pgCluster.js';
import { PgStore } from './PgStore.js';
import { MIGRATIONS, migrate } from './schema.js';

const TABLES = ['psb_list_version', 'psb_migrations', 'psb_projects', 'psb_revisions'];

describeWithPostgres('the PostgreSQL schema', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 60_000);
  afterAll(async () => cluster?.destroy());

  const tables = async (url: string) => {
    const pool = new pg.Pool({ connectionString: url });
    try {
      const { rows } = await pool.query<{ name: string }>(
        "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
      );
      const applied = await pool.query<{ version: number }>('SELECT version FROM psb_migrations ORDER BY version');
      return { tables: rows.map((r) => r.name), applied: applied.rows.map((r) => r.version) };
    } finally {
      await pool.end();
    }
  };

  it('makes the projects, revisions, list version and migrations tables, as the application role (no superuser)', async () => {
    const url = await cluster.createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    const { rows } = await pool.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    expect(rows[0]?.rolsuper).toBe(false);
    expect(await migrate(pool)).toEqual([1, 2]);
    expect(await migrate(pool)).toEqual([]);
    await pool.end();
    expect(await tables(url)).toEqual({ tables: TABLES, applied: [1, 2] });
  });

  it('applies each migration once when several servers start at the same time', async () => {
    const url = await cluster.createDatabase();
    const stores = await Promise.all(Array.from({ length: 4 }, () => PgStore.open(url)));
    expect(await tables(url)).toEqual({ tables: TABLES, applied: [1, 2] });
    await Promise.all(stores.map((store) => store.close()));
  });

  it('applies only the migrations a database lacks, in order', async () => {
    const url = await cluster.createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    expect(await migrate(pool, MIGRATIONS.slice(0, 1))).toEqual([1]);
    expect(await migrate(pool)).toEqual([2]);
    const later = { version: 3, name: 'a later change', sql: 'ALTER TABLE psb_projects ADD COLUMN later text' };
    expect(await migrate(pool, [...MIGRATIONS, later])).toEqual([3]);
    await pool.end();
    expect((await tables(url)).applied).toEqual([1, 2, 3]);
  });

  it('refuses to start on a database a newer server has upgraded, and says what to do', async () => {
    const url = await cluster.createDatabase();
    const pool = new pg.Pool({ connectionString: url });
    await migrate(pool, [...MIGRATIONS, { version: 7, name: 'from the future', sql: 'SELECT 1' }]);
    await pool.end();
    await expect(PgStore.open(url)).rejects.toThrow(
      "The database's schema is at version 7, newer than this server knows (2): upgrade this server.",
    );
  });

  it('names the database, never the password, when it cannot be reached at start', async () => {
    const url = `postgres://psb_app:hunter2@127.0.0.1:${cluster.port + 1}/nowhere`;
    const refused = PgStore.open(url);
    await expect(refused).rejects.toThrow(`PostgreSQL at 127.0.0.1:${cluster.port + 1}/nowhere cannot be reached`);
    await expect(refused).rejects.not.toThrow(/hunter2/);
  });
});
