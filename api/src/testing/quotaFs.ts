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

const REFUSAL_WORDS: Record<string, string> = {
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
};

/**
 * node:fs over folders that refuse every change with `code`, as a read-only mount (EROFS) or a folder without write
 * permission (EACCES) does: tests run as root, whom chmod does not stop. Reads go through, and so do calls that would
 * change nothing (mkdir of a folder that exists, rm of nothing). `refuse(false)` lets changes through again.
 */
export function refusingFs(code = 'EROFS'): StoreFs & { refuse: (on: boolean) => void } {
  let refusing = true;
  const refusal = (syscall: string, target: unknown) =>
    Object.assign(new Error(`${code}: ${REFUSAL_WORDS[code] ?? 'refused'}, ${syscall} '${String(target)}'`), {
      code,
      syscall,
      path: String(target),
    });
  const exists = (target: unknown) =>
    nodeFs.stat(String(target)).then(
      () => true,
      () => false,
    );
  /** Calls `call` unless the folder refuses and `changes` says the call would change something. */
  const guarded =
    <A extends unknown[], R>(syscall: string, call: (...args: A) => Promise<R>, changes: (...args: A) => Promise<boolean>) =>
    async (...args: A): Promise<R> => {
      if (refusing && (await changes(...args))) throw refusal(syscall, args[0]);
      return call(...args);
    };
  const always = async () => true;
  return {
    ...nodeFs,
    open: guarded('open', nodeFs.open, async (_file, flags) => /[wax+]/.test(String(flags ?? 'r'))) as StoreFs['open'],
    mkdir: guarded('mkdir', nodeFs.mkdir, async (dir) => !(await exists(dir))) as StoreFs['mkdir'],
    rm: guarded('rm', nodeFs.rm, exists),
    unlink: guarded('unlink', nodeFs.unlink, always),
    rename: guarded('rename', nodeFs.rename, always),
    link: guarded('link', nodeFs.link, always),
    refuse: (on) => {
      refusing = on;
    },
  };
}
