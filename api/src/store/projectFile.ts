import { isIsoDateTime, type ProjectMeta } from '@psb/contracts';
import type { StoreFs } from './FileStore.js';

/** A stored file read as a project: its meta, or for a damaged file a stand-in meta and what is wrong. */
export interface ReadProject {
  meta: ProjectMeta;
  problem?: string;
}

/** Longest part of a parser's message kept in a problem: enough to locate the damage, not a page of the file. */
const MESSAGE_LENGTH = 160;

/**
 * Reads `bytes`, the file of project `id`, as a project. `metaOf` takes the meta out of the bytes (parsing the whole
 * file, or only its meta) and throws when it cannot. A file the server and the editor cannot use as it is (not JSON,
 * truncated, no meta, a meta.id that is not its own, no name, a missing or invalid date) is damaged: its meta is then
 * made of what could be read, with the file's modification time for a date it lacks, so that it lists in a sane place.
 */
export async function readProjectFile(
  fs: StoreFs,
  file: string,
  id: string,
  bytes: Buffer,
  metaOf: (bytes: Buffer) => unknown,
): Promise<ReadProject> {
  let meta: unknown;
  try {
    meta = metaOf(bytes);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, MESSAGE_LENGTH);
    return damaged(fs, file, id, {}, `it is not a whole JSON snapshot (${message})`);
  }
  if (typeof meta !== 'object' || meta === null || Array.isArray(meta)) {
    return damaged(fs, file, id, {}, 'it has no meta object');
  }
  const found = meta as Partial<Record<keyof ProjectMeta, unknown>>;
  const name = typeof found.name === 'string' && /\S/.test(found.name) ? found.name.slice(0, 200) : undefined;
  const date = (value: unknown) => (typeof value === 'string' && isIsoDateTime(value) ? value : undefined);
  const createdAt = date(found.createdAt);
  const updatedAt = date(found.updatedAt);
  const problems = [
    found.id !== id && 'its meta.id is not the id in its file name',
    name === undefined && 'meta.name is missing or blank',
    createdAt === undefined && 'meta.createdAt is missing or not a date',
    updatedAt === undefined && 'meta.updatedAt is missing or not a date',
  ].filter((problem) => problem !== false);
  if (problems.length === 0) return { meta: meta as ProjectMeta };
  return damaged(fs, file, id, { name, createdAt, updatedAt }, problems.join('; '));
}

async function damaged(
  fs: StoreFs,
  file: string,
  id: string,
  found: Partial<Pick<ProjectMeta, 'name' | 'createdAt' | 'updatedAt'>>,
  problem: string,
): Promise<ReadProject> {
  const modified = (await fs.stat(file).catch(() => undefined))?.mtime ?? new Date();
  const updatedAt = found.updatedAt ?? modified.toISOString();
  return {
    meta: { id, name: found.name ?? `${id}.json`, createdAt: found.createdAt ?? updatedAt, updatedAt },
    problem,
  };
}
