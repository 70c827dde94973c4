// The app over each kind of storage, with a way to read what is stored behind the store's back: the reliability
// suites that apply to every store (races, fuzz) run once per kind.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { App } from '../app.js';
import type { ProjectStore } from '../store/ProjectStore.js';
import { PgStore } from '../store/pg/PgStore.js';
import type { PgCluster } from './pgCluster.js';
import { projectFolder, tempApp, testApp } from './tempStore.js';

export interface AppOnStorage {
  app: App;
  store: ProjectStore;
  /** The current bytes of every live project, by id, read from the storage itself (files or rows). */
  stored(): Promise<Map<string, Buffer>>;
  /** Changes whenever anything stored changes, cheaply: to prove a refused request changed nothing. */
  fingerprint(): Promise<string>;
  close(): Promise<void>;
}

export async function appOnFiles(): Promise<AppOnStorage> {
  const ctx = await tempApp();
  return {
    app: ctx.app,
    store: ctx.store,
    async stored() {
      const names = await projectFolder(ctx.dir);
      // A temp file left beside the projects would be a write that went wrong.
      const strays = names.filter((n) => !n.endsWith('.json'));
      if (strays.length > 0) throw new Error(`Not project files: ${strays.join(', ')}`);
      const files = await Promise.all(names.map(async (n) => [n.slice(0, -5), await readFile(path.join(ctx.dir, n))] as const));
      return new Map(files);
    },
    // Name, inode, size and change time (ns) of each file: a write replaces the inode (rename) or moves the change
    // time, so equal fingerprints mean untouched files, without reading megabytes thousands of times.
    async fingerprint() {
      const names = (await readdir(ctx.dir)).sort();
      const stats = await Promise.all(names.map((n) => stat(path.join(ctx.dir, n), { bigint: true })));
      return names.map((n, i) => `${n}:${stats[i]?.ino}:${stats[i]?.size}:${stats[i]?.ctimeNs}`).join('\n');
    },
    close: ctx.close,
  };
}

export async function appOnPostgres(cluster: PgCluster): Promise<AppOnStorage> {
  const url = await cluster.createDatabase();
  const store = await PgStore.open(url);
  const app = await testApp({ store });
  const admin = await cluster.admin(new URL(url).pathname.slice(1));
  return {
    app,
    store,
    async stored() {
      const { rows } = await admin.query<{ id: string; bytes: Buffer }>(
        `SELECT p.id, r.bytes FROM psb_projects p JOIN psb_revisions r ON r.project_id = p.id AND r.rev = p.rev
         WHERE p.deleted_at IS NULL`,
      );
      return new Map(rows.map((row) => [row.id, row.bytes]));
    },
    async fingerprint() {
      const { rows } = await admin.query<{ projects: string; revisions: string }>(
        `SELECT (SELECT string_agg(id || ':' || rev || ':' || etag || ':' || coalesce(deleted_at::text, '-'), ',' ORDER BY id)
                 FROM psb_projects) AS projects,
                (SELECT count(*) || ':' || coalesce(sum(rev), 0) FROM psb_revisions) AS revisions`,
      );
      return `${rows[0]?.projects}|${rows[0]?.revisions}`;
    },
    async close() {
      await app.close();
      await admin.end();
    },
  };
}
