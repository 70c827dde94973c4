import { randomUUID } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { StoreFs } from './FileStore.js';

/** The suffix of the files a write is made in; a crash may leave them behind, swept at open. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Writes `bytes` as `file` whole or not at all: to a unique temp file in the same folder, fsynced, then renamed over
 * `file`. After a crash `file` holds the old or the new bytes, never a mix. The caller fsyncs the folder, so that
 * writes landing together can share that fsync.
 */
export async function writeWhole(fs: StoreFs, file: string, bytes: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file, '.json')}.${randomUUID()}${TEMP_SUFFIX}`);
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    throw error;
  }
}
