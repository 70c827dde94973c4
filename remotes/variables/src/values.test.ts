import { VARIABLE_TYPES } from '@psb/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertValue, emptyValue, isValueFor } from './values.js';

describe('isValueFor', () => {
  it('accepts JSON values of the type only', () => {
    expect(isValueFor('number', 3)).toBe(true);
    expect(isValueFor('number', Number.NaN)).toBe(false);
    expect(isValueFor('object', { a: [1] })).toBe(true);
    expect(isValueFor('object', { a: undefined })).toBe(false);
    expect(isValueFor('array', [Number.POSITIVE_INFINITY])).toBe(false);
    expect(isValueFor('string', 3)).toBe(false);
  });
});

describe('emptyValue', () => {
  it("is each type's empty value, fresh every time", () => {
    expect(VARIABLE_TYPES.map(emptyValue)).toEqual(['', 0, false, {}, []]);
    expect(emptyValue('object')).not.toBe(emptyValue('object'));
  });
});

describe('convertValue', () => {
  it.each([
    [42, 'string', '42'],
    [-1.5, 'string', '-1.5'],
    [true, 'string', 'true'],
    [{ a: 1 }, 'string', '{"a":1}'],
    [[1, 'x'], 'string', '[1,"x"]'],
    ['42', 'number', 42],
    [' -1.5e2 ', 'number', -150],
    ['.5', 'number', 0.5],
    [true, 'number', 1],
    [false, 'number', 0],
    ['true', 'boolean', true],
    ['false', 'boolean', false],
    [1, 'boolean', true],
    [0, 'boolean', false],
    ['{"a":1}', 'object', { a: 1 }],
    ['[1]', 'array', [1]],
  ] as const)('carries %j over to %s as %j', (value, type, expected) => {
    expect(convertValue(value, type)).toEqual(expected);
  });

  it.each([
    ['forty', 'number', 0],
    ['', 'number', 0],
    ['0x10', 'number', 0],
    ['1e400', 'number', 0],
    ['Infinity', 'number', 0],
    [{ a: 1 }, 'number', 0],
    ['yes', 'boolean', false],
    ['TRUE', 'boolean', false],
    [2, 'boolean', false],
    [[1], 'boolean', false],
    ['[1]', 'object', {}],
    ['{', 'object', {}],
    ['null', 'object', {}],
    [{ a: 1 }, 'array', []],
    ['{"a":1}', 'array', []],
    ['[1e400]', 'array', []],
    [3, 'array', []],
    [true, 'object', {}],
  ] as const)('resets %j to the empty %s (%j)', (value, type, expected) => {
    expect(convertValue(value, type)).toEqual(expected);
  });

  it('leaves a value that already fits alone', () => {
    const value = { a: 1 };
    expect(convertValue(value, 'object')).toBe(value);
  });

  it('always gives a value of the type, whatever it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(...VARIABLE_TYPES), (value, type) => {
        expect(isValueFor(type, convertValue(value, type))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
