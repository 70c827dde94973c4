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
    await reader.loaded();
    expect(await readNames(reader, names)).toEqual(names);
    expect(reader.threadsRunning).toBe(1);
  });

  it('reads drafts on the main thread while its worker loads, and starts it', async () => {
    expect(await readNames(reader, ['First'])).toEqual(['First']);
    // The reading came before any message from the worker could have: it was not read there.
    expect({ running: reader.threadsRunning, ready: reader.threadsReady }).toEqual({ running: 1, ready: 0 });
    await reader.loaded();
    expect(reader.threadsReady).toBe(1);
  });

  it('with more threads, keeps small drafts arriving together on one, spreads a quarter megabyte, and reads megabyte drafts side by side', async () => {
    const pool = new DraftReader({ threads: 3 });
    try {
      const names = Array.from({ length: 40 }, (_, i) => `Project ${i}`);
      expect(await readNames(pool, names)).toEqual(names);
      expect(pool.threadsRunning).toBe(1);
      await pool.loaded();
      expect(await readNames(pool, names)).toEqual(names);
      expect(pool.threadsRunning).toBe(1);
      // Five of 100 KB: the first thread takes three, then holds more than a quarter megabyte.
      const medium = Array.from({ length: 5 }, () => Buffer.from(`${' '.repeat(100_000)}{}`));
      await Promise.all(medium.map((bytes) => pool.read(bytes)));
      expect(pool.threadsRunning).toBe(2);
      await pool.loaded();
      // Over a megabyte each (what they hold does not matter here: they are read as JSON all the same).
      const large = Array.from({ length: 5 }, () => Buffer.from(`${' '.repeat(1_100_000)}{}`));
      const readings = await Promise.all(large.map((bytes) => pool.read(bytes)));
      expect(readings.map((r) => r.kind)).toEqual(large.map(() => 'invalid'));
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
    reader.start();
    await reader.loaded();
    const cut = reader.read(Buffer.from(JSON.stringify(draft('Cut off'))));
    await reader.close();
    await expect(cut).rejects.toThrow(/stopped/);
    const again = await reader.read(Buffer.from(JSON.stringify(draft('Again'))));
    expect(again).toMatchObject({ kind: 'valid', meta: { name: 'Again' } });
  });
});
