import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './jsonSyntax.js';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"a":}', 1, 6, 'expected a value'],
    ['[1,2', 1, 5, "Unexpected end of text: expected ',' or ']'"],
    ['{"a":', 1, 6, 'Unexpected end of text: expected a value'],
    ['{\n  "a": 1,\n  x\n}', 3, 3, 'Expected a property name in double quotes'],
    ['{"a" 1}', 1, 6, "Expected ':'"],
    ['{"a": 1 "b": 2}', 1, 9, "Expected ',' or '}'"],
    ['[1 2]', 1, 4, "Expected ',' or ']'"],
    ['"abc', 1, 1, 'Unterminated string'],
    ['"a\nb"', 1, 3, 'must be escaped'],
    ['"\\x"', 1, 2, 'Invalid escape'],
    ['"\\u12g4"', 1, 2, 'four hex digits'],
    ['01', 1, 1, 'Invalid number'],
    ['1.', 1, 1, 'Invalid number'],
    ['-', 1, 1, 'Invalid number'],
    ['tru', 1, 1, 'expected a value'],
    ['{} []', 1, 4, 'after the JSON value'],
    ['', 1, 1, 'Unexpected end of text'],
    ["{'a': 1}", 1, 2, 'Expected a property name in double quotes'],
  ])('finds the error in %j at line %i, column %i', (text, line, column, message) => {
    const found = findJsonSyntaxError(text);
    expect(found).toMatchObject({ line, column });
    expect(found?.message).toContain(message);
  });

  it('finds nothing in valid JSON, however it is spaced', () => {
    for (const text of ['{}', ' [ ] ', '{"a": [1, -0.5e+3, true, false, null, "\\u00e9\\n"]}', '"x"', '0']) {
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('agrees with JSON.parse on JSON texts and on texts with one character changed', () => {
    const texts = fc.oneof(
      fc.json({ maxDepth: 3 }),
      fc
        .tuple(
          fc.json({ maxDepth: 3 }),
          fc.nat(),
          fc.constantFrom('', '"', ',', '}', ']', ':', ' ', '\\', 'e', '.', '-', '0', '\n'),
        )
        .map(([text, at, char]) => {
          const i = at % (text.length + 1);
          return text.slice(0, i) + char + text.slice(i + (at % 2));
        }),
    );
    fc.assert(
      fc.property(texts, (text) => {
        expect(findJsonSyntaxError(text) === undefined, text).toBe(parses(text));
      }),
      { numRuns: 1000 },
    );
  });
});
