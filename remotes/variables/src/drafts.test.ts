import { describe, expect, it } from 'vitest';
import { jsonText, readJsonDraft, readNumberDraft } from './drafts.js';

describe('readNumberDraft', () => {
  it('reads finite numbers', () => {
    expect(readNumberDraft('42')).toEqual({ value: 42 });
    expect(readNumberDraft(' -1.5e3 ')).toEqual({ value: -1500 });
  });

  it('explains empty, non-numeric and non-finite input', () => {
    expect(readNumberDraft('')).toEqual({ problem: 'Enter a number.' });
    expect(readNumberDraft('abc')).toEqual({ problem: 'Enter a number.' });
    expect(readNumberDraft('1e400')).toEqual({ problem: 'Enter a finite number.' });
    expect(readNumberDraft('-Infinity')).toEqual({ problem: 'Enter a finite number.' });
  });
});

describe('readJsonDraft', () => {
  it('reads an object or an array', () => {
    expect(readJsonDraft('{"tier": "gold"}', 'object')).toEqual({ value: { tier: 'gold' } });
    expect(readJsonDraft(' [1, 2] ', 'array')).toEqual({ value: [1, 2] });
  });

  it('gives the syntax error with its line and column', () => {
    expect(readJsonDraft('{\n  "a": 1,\n}', 'object')).toEqual({
      problem: 'Expected a property name in double quotes (line 3, column 1).',
    });
  });

  it('refuses JSON of the wrong kind', () => {
    expect(readJsonDraft('[1]', 'object')).toEqual({ problem: 'Enter a JSON object, in { }.' });
    expect(readJsonDraft('null', 'object')).toEqual({ problem: 'Enter a JSON object, in { }.' });
    expect(readJsonDraft('"x"', 'object')).toEqual({ problem: 'Enter a JSON object, in { }.' });
    expect(readJsonDraft('{}', 'array')).toEqual({ problem: 'Enter a JSON array, in [ ].' });
  });

  it('refuses numbers too large to save', () => {
    expect(readJsonDraft('[1e400]', 'array')).toEqual({ problem: 'A number in it is too large to store.' });
  });

  it('shows values as indented JSON', () => {
    expect(jsonText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
