import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { TEMP_SUFFIX } from './durableFile.js';
import type { StoreFs } from './FileStore.js';
import type { StorageHealth } from './ProjectStore.js';

/** The codes of a folder that refuses writes (a read-only mount, missing permission): no retry helps until someone fixes it. */
const REFUSALS = new Set(['EROFS', 'EACCES', 'EPERM']);

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

export const isRefusal = (error: unknown) => REFUSALS.has(codeOf(error) ?? '');

/** What is wrong with the store's folder `dir`, given the error a write there got, and what to do about it. */
export function folderProblem(dir: string, error: unknown): string {
  const code = codeOf(error) ?? 'unknown error';
  if (code === 'EROFS') {
    return `The project folder ${dir} is on a read-only file system (EROFS): mount it read-write, or set DATA_DIR to a writable folder.`;
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return `The server is not allowed to read and write the project folder ${dir} (${code}): give the user it runs as read and write permission there, or set DATA_DIR to a folder it may use.`;
  }
  return `The project folder ${dir} cannot be written (${code}): check the disk, or set DATA_DIR to another folder.`;
}

/**
 * Creates an empty file in `dir` and removes it: whether the folder takes writes now. Named like a write's temp
 * file, so that one left by a crash is swept at the next start; nothing is written into it, so that a full disk,
 * which each write reports itself (507), does not count here.
 */
export async function probeFolder(fs: StoreFs, dir: string): Promise<StorageHealth> {
  const probe = path.join(dir, `.probe.${randomUUID()}${TEMP_SUFFIX}`);
  try {
    await (await fs.open(probe, 'wx')).close();
    await fs.unlink(probe);
    return { writable: true };
  } catch (error) {
    await fs.rm(probe, { force: true }).catch(() => {});
    return { writable: false, problem: folderProblem(dir, error) };
  }
}
