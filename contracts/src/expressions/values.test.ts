import { describe, expect, it } from 'vitest';
import { isJsonValue } from './jsonValue.js';

describe('isJsonValue', () => {
  it('accepts what JSON.parse can give', () => {
    for (const value of ['', 0, -2.5, true, null, [], {}, { a: [1, { b: null }] }, JSON.parse('{"__proto__": 1}')]) {
      expect(isJsonValue(value), JSON.stringify(value)).toBe(true);
    }
  });

  it('refuses what a save would change or drop', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    for (const value of [
      undefined,
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      () => 1,
      new Date(0),
      new Map(),
      [1, undefined],
      { a: undefined },
      cycle,
    ]) {
      expect(isJsonValue(value)).toBe(false);
    }
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { a: 1 };
    expect(isJsonValue([shared, shared])).toBe(true);
  });
});
