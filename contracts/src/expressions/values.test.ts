import { describe, expect, it } from 'vitest';
import { isDeepJsonValue, isJsonValue } from './values.js';

describe('isDeepJsonValue', () => {
  it('accepts what JSON.parse can give', () => {
    for (const value of ['', 0, -2.5, true, null, [], {}, { a: [1, { b: null }] }, JSON.parse('{"__proto__": 1}')]) {
      expect(isDeepJsonValue(value), JSON.stringify(value)).toBe(true);
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
      // biome-ignore lint/suspicious/noSparseArray: a hole, which a save writes as null
      [1, , 3],
    ]) {
      expect(isDeepJsonValue(value)).toBe(false);
    }
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { a: 1 };
    expect(isDeepJsonValue([shared, shared])).toBe(true);
  });

  it('refuses a getter without running it', () => {
    const getter = Object.defineProperty({}, 'x', {
      enumerable: true,
      get() {
        throw new Error('ran');
      },
    });
    expect(isDeepJsonValue({ a: [getter] })).toBe(false);
  });
});

describe('isJsonValue', () => {
  it('checks one level only, leaving the members to be checked when they are read', () => {
    const cycle: unknown[] = [];
    cycle.push(cycle);
    for (const value of [{ a: undefined }, [() => 1], cycle]) expect(isJsonValue(value)).toBe(true);
    for (const value of [undefined, Number.NaN, () => 1, new Date(0)]) expect(isJsonValue(value)).toBe(false);
  });
});
