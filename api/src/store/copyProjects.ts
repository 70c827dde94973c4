import type { ProjectStore } from './ProjectStore.js';

export interface CopyReport {
  /** Projects copied, each with every version its history keeps. */
  copied: number;
  versions: number;
  /** Projects the target had already, at the same version (a copy run again). */
  alreadyThere: number;
  /** Projects in the source's trash: not copied (the port reads no history of a deleted project). */
  inTrash: number;
}

export class CopyConflictError extends Error {
  constructor(readonly ids: string[]) {
    super(
      `The target has ${ids.length} of these projects at another version (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}): nothing of them was copied. Copy into an empty store, or remove them there first.`,
    );
    this.name = 'CopyConflictError';
  }
}

/**
 * Copies every live project of `from`, with its history oldest first, into `to`, then checks that the target
 * holds the same versions with the same ETags (the same bytes). The target must keep every version while copying
 * (revisionsKeep 0). Run it with no server writing to either store.
 */
export async function copyProjects(
  from: ProjectStore,
  to: ProjectStore,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<CopyReport> {
  const projects = await from.list();
  const report: CopyReport = { copied: 0, versions: 0, alreadyThere: 0, inTrash: (await from.trash()).length };
  const conflicts: string[] = [];
  for (const [i, { id }] of projects.entries()) {
    const revisions = ((await from.revisions(id)) ?? []).slice().reverse();
    const current = await from.currentEtag(id);
    const there = await to.currentEtag(id);
    if (there !== undefined) {
      if (there === current) report.alreadyThere++;
      else conflicts.push(id);
      continue;
    }
    for (const [n, { rev }] of revisions.entries()) {
      const version = await from.revision(id, rev);
      if (!version) throw new Error(`Project ${id} lost revision ${rev} while being copied: stop the servers using it first.`);
      if (n === 0) await to.create(version);
      else
        await to.replace(
          id,
          () => true,
          () => version,
        );
    }
    await expectSameHistory(from, to, id);
    report.copied++;
    report.versions += revisions.length;
    onProgress(i + 1, projects.length);
  }
  if (conflicts.length > 0) throw new CopyConflictError(conflicts);
  return report;
}

/** The same versions, in the same order, with the same ETags; else an error naming the project. */
async function expectSameHistory(from: ProjectStore, to: ProjectStore, id: string) {
  const tags = async (store: ProjectStore) => ((await store.revisions(id)) ?? []).map((r) => r.etag).join(' ');
  const [source, target] = await Promise.all([tags(from), tags(to)]);
  if (source !== target || (await from.currentEtag(id)) !== (await to.currentEtag(id))) {
    throw new Error(`Project ${id} differs after copying: its versions or their ETags do not match the source's.`);
  }
}
