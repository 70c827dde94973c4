import { afterEach, describe, expect, it } from 'vitest';
import { draft } from '../testing/tempStore.js';
import { DraftReader } from './DraftReader.js';

const reader = new DraftReader();
afterEach(() => reader.close());

const readNames = (on: DraftReader, names: string[]) =>
  Promise.all(names.map((name) => on.read(Buffer.from(JSON.stringify(draft(name)))))).then((readings) =>
    readings.map((r) => (r.kind === 'valid' ? r.meta.name : r.kind)),
  );

describe('DraftReader', () => {
  it('gives each of many concurrent reads its own draft’s reading', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `Project ${i}`);
    expect(await readNames(reader, names)).toEqual(names);
    expect(reader.threadsRunning).toBe(1);
  });

  it('with more threads, starts another worker only for drafts that arrive together, and never more than asked', async () => {
    const pool = new DraftReader({ threads: 3 });
    try {
      expect(await readNames(pool, ['Alone'])).toEqual(['Alone']);
      expect(await readNames(pool, ['Then alone'])).toEqual(['Then alone']);
      expect(pool.threadsRunning).toBe(1);
      const names = Array.from({ length: 40 }, (_, i) => `Project ${i}`);
      expect(await readNames(pool, names)).toEqual(names);
      expect(pool.threadsRunning).toBe(3);
      await pool.close();
      expect(pool.threadsRunning).toBe(0);
      pool.start();
      expect(pool.threadsRunning).toBe(3);
    } finally {
      await pool.close();
    }
  });

  it('can be started before the first draft, and reads drafts the same', async () => {
    reader.start();
    reader.start();
    expect(reader.threadsRunning).toBe(1);
    expect(await reader.read(Buffer.from(JSON.stringify(draft('Early'))))).toMatchObject({
      kind: 'valid',
      meta: { name: 'Early' },
    });
  });

  it('starts again after it was stopped, and fails the reads it was doing', async () => {
    const cut = reader.read(Buffer.from(JSON.stringify(draft('Cut off'))));
    await reader.close();
    await expect(cut).rejects.toThrow(/stopped/);
    const again = await reader.read(Buffer.from(JSON.stringify(draft('Again'))));
    expect(again).toMatchObject({ kind: 'valid', meta: { name: 'Again' } });
  });
});
