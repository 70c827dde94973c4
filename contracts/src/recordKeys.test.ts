import { describe, expect, it, vi } from 'vitest';
import { copyRecord, forgetKeys, keysOf } from './recordKeys.js';

describe('record keys', () => {
  it('lists a record’s keys once, and a copy shares the list until a key is added or removed', () => {
    const record = { a: 1, b: 2 };
    const copy = copyRecord(record);
    expect(copy).toEqual(record);
    expect(keysOf(copy)).toBe(keysOf(record));
    copy.c = 3;
    forgetKeys(copy);
    expect(keysOf(copy)).toEqual(['a', 'b', 'c']);
    expect(keysOf(record)).toEqual(['a', 'b']);
  });

  it('shares its lists with every other copy of this module, as the host and each remote bundle their own', async () => {
    vi.resetModules();
    const other = await import('./recordKeys.js');
    const record = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`n${i}`, i]));
    const copied = copyRecord(record);
    expect(other.keysOf).not.toBe(keysOf);
    expect(other.keysOf(copied)).toBe(keysOf(record));
  });
});
