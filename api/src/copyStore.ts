// `npm run store:copy -- <from> <to>`: copies every project, with its history, from a data folder into a PostgreSQL
// database or back (each a folder or a postgres:// URL), then checks the counts and ETags. Stop the API servers first.
import path from 'node:path';
import { copyProjects } from './store/copyProjects.js';
import { FileStore } from './store/FileStore.js';
import type { ProjectStore } from './store/ProjectStore.js';
import { describeDatabase, PgStore } from './store/pg/PgStore.js';

const isDatabase = (location: string) => /^postgres(ql)?:\/\//.test(location);
/** What to call a location in messages: a connection string's user and password are never printed. */
const describe = (location: string) =>
  isDatabase(location) ? `PostgreSQL at ${describeDatabase(location)}` : path.resolve(location);

/** Every version is kept while copying, whatever REVISIONS_KEEP the servers use. */
const open = (location: string): Promise<ProjectStore> =>
  isDatabase(location) ? PgStore.open(location, { revisionsKeep: 0 }) : FileStore.open(location, { revisionsKeep: 0 });

async function main() {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) throw new Error('Usage: npm run store:copy -- <from> <to>, each a data folder or a postgres:// URL.');
  if (describe(from) === describe(to)) throw new Error('The source and the target are the same store.');
  const source = await open(from);
  const target = await open(to);
  try {
    console.log(`Copying the projects of ${describe(from)} into ${describe(to)}…`);
    const report = await copyProjects(source, target, (done, total) => {
      if (done % 100 === 0 || done === total) console.log(`  ${done} of ${total}`);
    });
    const total = (await source.list()).length;
    console.log(
      `Copied ${report.copied} projects (${report.versions} versions), ETags checked; ${report.alreadyThere} were there already. ` +
        `Source ${total} projects, target ${(await target.list()).length}.`,
    );
    if (report.inTrash > 0) {
      const projects = report.inTrash === 1 ? '1 project' : `${report.inTrash} projects`;
      console.log(`${projects} in the source's trash not copied: restore them there first to copy them.`);
    }
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
