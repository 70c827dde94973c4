import { NotInTrashError, type ProjectStore } from './store/ProjectStore.js';

export const DEFAULT_TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Removes for good the projects deleted `days` or more before `now`; returns their ids. */
export async function sweepTrash(store: ProjectStore, days: number, now: number): Promise<string[]> {
  const cutoff = now - days * DAY_MS;
  const purged: string[] = [];
  for (const { id, deletedAt } of await store.trash()) {
    if (Date.parse(deletedAt) > cutoff) continue;
    try {
      await store.purge(id);
      purged.push(id);
    } catch (error) {
      // Restored or removed meanwhile.
      if (!(error instanceof NotInTrashError)) throw error;
    }
  }
  return purged;
}

/**
 * Sweeps the trash at start, then once a day. The timer does not keep the process alive, and `stop` clears it and
 * waits for a sweep under way, so that the store can close after it.
 */
export function trashSweeps(store: ProjectStore, days: number, onError: (error: unknown) => void, now = Date.now) {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const sweep = () => {
    running = running.then(() => sweepTrash(store, days, now())).catch(onError);
    return running;
  };
  return {
    async start() {
      await sweep();
      timer ??= setInterval(sweep, DAY_MS).unref();
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
