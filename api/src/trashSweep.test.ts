import type { TrashedProject } from '@psb/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotInTrashError, type ProjectStore } from './store/ProjectStore.js';
import { sweepTrash, trashSweeps } from './trashSweep.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-30T12:00:00.000Z');
const deleted = (id: string, daysAgo: number): TrashedProject => ({
  id,
  name: id,
  deletedAt: new Date(NOW - daysAgo * DAY).toISOString(),
});

/** A store whose trash is `entries`, recording what is purged. */
function trashOf(entries: TrashedProject[]) {
  const purged: string[] = [];
  const store = {
    trash: async () => entries.filter((e) => !purged.includes(e.id)),
    purge: async (id: string) => {
      if (id === 'restored-meanwhile') throw new NotInTrashError(id);
      purged.push(id);
    },
  } as Partial<ProjectStore> as ProjectStore;
  return { store, purged };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('sweepTrash', () => {
  it('removes for good what was deleted the given days ago or more, and keeps the rest', async () => {
    const { store, purged } = trashOf([deleted('fresh', 1), deleted('day-29', 29.9), deleted('day-30', 30), deleted('old', 400)]);
    expect(await sweepTrash(store, 30, NOW)).toEqual(['day-30', 'old']);
    expect(purged).toEqual(['day-30', 'old']);
  });

  it('skips a project restored while it sweeps', async () => {
    const { store } = trashOf([deleted('restored-meanwhile', 40), deleted('old', 40)]);
    expect(await sweepTrash(store, 30, NOW)).toEqual(['old']);
  });
});

describe('trashSweeps', () => {
  it('sweeps at start and then daily, until stopped', async () => {
    vi.useFakeTimers({ now: NOW });
    const { store, purged } = trashOf([deleted('a', 29.5)]);
    const sweeps = trashSweeps(store, 30, (error) => {
      throw error;
    });
    await sweeps.start();
    expect(purged).toEqual([]);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(DAY);
    expect(purged).toEqual(['a']);
    await sweeps.stop();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps no process alive with its timer', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    const { store } = trashOf([]);
    const sweeps = trashSweeps(store, 30, () => {});
    const before = timers();
    await sweeps.start();
    expect(timers()).toBe(before);
    await sweeps.stop();
  });

  it('reports a failed sweep and goes on', async () => {
    const errors: unknown[] = [];
    const failing = { trash: async () => Promise.reject(new Error('EIO')) } as Partial<ProjectStore> as ProjectStore;
    const sweeps = trashSweeps(failing, 30, (error) => errors.push(error));
    await sweeps.start();
    await sweeps.stop();
    expect(errors).toEqual([new Error('EIO')]);
  });
});
