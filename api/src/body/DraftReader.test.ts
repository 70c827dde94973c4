import { afterEach, describe, expect, it } from 'vitest';
import { draft, TEST_DRAFT_EXEC_ARGV } from '../testing/tempStore.js';
import { DraftReader } from './DraftReader.js';

const readers: DraftReader[] = [];
const reader = (threads = 1) => {
  const made = new DraftReader({ threads, execArgv: TEST_DRAFT_EXEC_ARGV });
  readers.push(made);
  return made;
};
afterEach(() => Promise.all(readers.splice(0).map((r) => r.close())));

const bytesOf = (name: string) => Buffer.from(JSON.stringify(draft(name)));
const readNames = (on: DraftReader, names: string[]) =>
  Promise.all(names.map((name) => on.read(bytesOf(name)))).then((readings) =>
    readings.map((r) => (r.kind === 'valid' ? r.meta.name : r.kind)),
  );

describe('DraftReader', () => {
  it('gives each of many concurrent reads its own draft’s reading, on up to its threads', async () => {
    const pool = reader(2);
    const names = Array.from({ length: 40 }, (_, i) => `Project ${i}`);
    expect(await readNames(pool, names)).toEqual(names);
    expect(pool.threadsRunning).toBeGreaterThanOrEqual(1);
    expect(pool.threadsRunning).toBeLessThanOrEqual(2);
    expect((await pool.read(Buffer.from('{"schemaVersion": 1,'))).kind).toBe('notJson');
  });

  it('starts every thread before the first draft when asked to', async () => {
    const pool = reader(2);
    pool.start();
    pool.start();
    expect(pool.threadsRunning).toBe(2);
    expect(await pool.read(bytesOf('Early'))).toMatchObject({ kind: 'valid', meta: { name: 'Early' } });
  });

  it('fails the reads under way when closed, and starts again for the next one', async () => {
    const pool = reader();
    const cut = expect(pool.read(bytesOf('Cut off'))).rejects.toThrow();
    await pool.close();
    await cut;
    expect(pool.threadsRunning).toBe(0);
    expect(await pool.read(bytesOf('Again'))).toMatchObject({ kind: 'valid', meta: { name: 'Again' } });
  });
});
