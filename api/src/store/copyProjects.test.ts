import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithPostgres, type PgCluster, startCluster } from '../testing/pgCluster.js';
import { tempDir } from '../testing/tempStore.js';
import { version } from './contract/storeContract.js';
import { CopyConflictError, copyProjects } from './copyProjects.js';
import { FileStore } from './FileStore.js';
import type { ProjectStore } from './ProjectStore.js';
import { PgStore } from './pg/PgStore.js';

const run = promisify(execFile);
const COPY = fileURLToPath(new URL('../copyStore.ts', import.meta.url));
const always = () => true;

/** Each project's versions as ETags, newest first, by id. */
const histories = async (store: ProjectStore) =>
  Object.fromEntries(
    await Promise.all((await store.list()).map(async ({ id }) => [id, (await store.revisions(id))?.map((r) => r.etag)])),
  );

describeWithPostgres('copying projects between stores', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await startCluster();
  }, 60_000);
  afterAll(async () => cluster?.destroy());

  async function filledFolder() {
    const folder = await tempDir();
    const store = await FileStore.open(folder.dir, { revisionsKeep: 3 });
    for (let p = 0; p < 5; p++) {
      await store.create(version(`p${p}`, `Project ${p}`));
      for (let v = 1; v <= p; v++) await store.replace(`p${p}`, always, () => version(`p${p}`, `Project ${p} v${v}`));
    }
    await store.create(version('gone', 'Deleted'));
    await store.remove('gone', always);
    return { ...folder, store };
  }

  it('copies every project with its history from files into PostgreSQL and back, with the same ETags', async () => {
    const source = await filledFolder();
    const database = await PgStore.open(await cluster.createDatabase(), { revisionsKeep: 0 });
    const report = await copyProjects(source.store, database);
    expect(report).toEqual({ copied: 5, versions: 1 + 2 + 3 + 3 + 3, alreadyThere: 0, inTrash: 1 });
    expect(await histories(database)).toEqual(await histories(source.store));
    expect(await database.list()).toEqual(await source.store.list());

    const back = await tempDir();
    const files = await FileStore.open(back.dir, { revisionsKeep: 0 });
    await copyProjects(database, files);
    expect(await histories(files)).toEqual(await histories(source.store));
    const p4 = await source.store.get('p4');
    expect((await files.get('p4'))?.bytes.equals(p4?.bytes as Buffer)).toBe(true);

    // Run again, it finds everything there; a project changed on one side is a conflict, named, and left alone.
    expect(await copyProjects(source.store, database)).toMatchObject({ copied: 0, alreadyThere: 5 });
    await database.replace('p2', always, () => version('p2', 'Changed in the database'));
    await expect(copyProjects(source.store, database)).rejects.toThrow(CopyConflictError);
    await expect(copyProjects(source.store, database)).rejects.toThrow(
      'The target has 1 of these projects at another version (p2)',
    );
    await Promise.all([source.store.close(), database.close(), files.close()]);
    await Promise.all([source.remove(), back.remove()]);
  });

  it('runs as npm run store:copy, naming the database without its password', async () => {
    const source = await filledFolder();
    await source.store.close();
    const url = (await cluster.createDatabase()).replace('psb_app@', 'psb_app:not-printed@');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', COPY, source.dir, url]);
    expect(stdout).toContain(`into PostgreSQL at 127.0.0.1:${cluster.port}/`);
    expect(stdout).toContain(
      'Copied 5 projects (12 versions), ETags checked; 0 were there already. Source 5 projects, target 5.',
    );
    expect(stdout).toContain("1 project in the source's trash not copied");
    expect(stdout).not.toContain('not-printed');
    const failed = await run(process.execPath, ['--import', 'tsx', COPY, source.dir]).catch((error) => error);
    expect(failed.stderr).toContain('Usage: npm run store:copy -- <from> <to>');
    await source.remove();
  }, 60_000);
});
