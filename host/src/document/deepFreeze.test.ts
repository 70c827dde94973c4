import { describe, expect, it } from 'vitest';
import { deepFreeze } from './deepFreeze.js';

describe('deepFreeze', () => {
  it('freezes every object and array of a parsed document, so no one changes it in place', () => {
    const doc = deepFreeze(JSON.parse('{"a":{"b":[1,{"c":"x"}]},"d":[[]]}'));
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.a.b)).toBe(true);
    expect(Object.isFrozen(doc.a.b[1])).toBe(true);
    expect(Object.isFrozen(doc.d[0])).toBe(true);
    expect(() => {
      doc.a.b[1].c = 'changed';
    }).toThrow(TypeError);
  });

  it('takes a document nested 100,000 deep without overflowing the stack', () => {
    const text = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const doc = deepFreeze(JSON.parse(text));
    let innermost = doc;
    while (innermost.length > 0) innermost = innermost[0];
    expect(Object.isFrozen(innermost)).toBe(true);
  });
});
