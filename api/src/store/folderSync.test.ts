import { describe, expect, it } from 'vitest';
import { FolderSync } from './folderSync.js';

/** A folder whose fsyncs finish only when told to; `started` counts them. */
function slowFolder() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
  const folder = {
    started: 0,
    syncOnce: () => {
      folder.started++;
      return new Promise<void>((resolve, reject) => pending.push({ resolve, reject }));
    },
    finish: async (error?: Error) => {
      const sync = pending.shift();
      if (!sync) throw new Error('no sync under way');
      if (error) sync.reject(error);
      else sync.resolve();
      // Lets the callbacks that start the next sync run.
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
  return folder;
}

const settledNow = async (promise: Promise<unknown>) => {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
};

describe('FolderSync', () => {
  it('syncs at once when no sync is under way', async () => {
    const folder = slowFolder();
    const sync = new FolderSync(folder.syncOnce);
    const first = sync.sync();
    expect(folder.started).toBe(1);
    await folder.finish();
    await expect(first).resolves.toBeUndefined();
  });

  it('answers a caller who asks during a sync only after the next one, which everyone waiting shares', async () => {
    const folder = slowFolder();
    const sync = new FolderSync(folder.syncOnce);
    const first = sync.sync();
    const second = sync.sync();
    const third = sync.sync();
    expect(folder.started).toBe(1);

    await folder.finish();
    expect(await settledNow(first)).toBe(true);
    // The first sync may have begun before their renames: they wait for a new one, started once for both.
    expect(await settledNow(second)).toBe(false);
    expect(folder.started).toBe(2);

    await folder.finish();
    await expect(Promise.all([second, third])).resolves.toEqual([undefined, undefined]);
    expect(folder.started).toBe(2);
  });

  it('gives a failed sync’s error to everyone who waited for it, and the next caller a fresh sync', async () => {
    const folder = slowFolder();
    const sync = new FolderSync(folder.syncOnce);
    const firstFails = expect(sync.sync()).rejects.toThrow('EIO');
    const secondFails = expect(sync.sync()).rejects.toThrow('ENOSPC');
    await folder.finish(new Error('EIO'));
    await firstFails;

    await folder.finish(new Error('ENOSPC'));
    await secondFails;

    const third = sync.sync();
    expect(folder.started).toBe(3);
    await folder.finish();
    await expect(third).resolves.toBeUndefined();
  });
});
