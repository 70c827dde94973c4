import * as nodeFs from 'node:fs/promises';
import path from 'node:path';
import type { StoreFs } from '../store/FileStore.js';

/** node:fs whose writes of temp files (the store's new versions) go through `writeFile`: where a disk fails. */
export function tempWritesFs(writeFile: (handle: nodeFs.FileHandle, data: Buffer, file: string) => Promise<void>): StoreFs {
  return {
    ...nodeFs,
    open: (async (file: string, flags: string) => {
      const handle = await nodeFs.open(file, flags);
      if (!String(file).endsWith('.tmp')) return handle;
      return Object.assign(Object.create(handle), {
        close: () => handle.close(),
        sync: () => handle.sync(),
        writeFile: (data: Buffer) => writeFile(handle, data, String(file)),
      });
    }) as StoreFs['open'],
  };
}

/** The error a full disk gives (`ENOSPC`), or another with the same message shape. */
export const diskError = (code = 'ENOSPC') => Object.assign(new Error(`${code}: no space left on device, write`), { code });

/**
 * node:fs where a folder holds at most `quota` bytes, like a small disk: a temp-file write that
 * would go past it writes what fits, then fails with ENOSPC, as a real full disk does.
 */
export function quotaFs(quota: number): StoreFs & { failures: () => number } {
  let failures = 0;
  const used = async (dir: string) => {
    let total = 0;
    for (const name of await nodeFs.readdir(dir)) {
      total += (await nodeFs.stat(path.join(dir, name)).catch(() => ({ size: 0 }))).size;
    }
    return total;
  };
  const fs = tempWritesFs(async (handle, data, file) => {
    const room = quota - (await used(path.dirname(file)));
    if (data.length <= room) return handle.writeFile(data);
    await handle.write(data.subarray(0, Math.max(0, room)));
    failures++;
    throw diskError();
  });
  return { ...fs, failures: () => failures };
}
