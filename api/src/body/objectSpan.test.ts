import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { objectSpan } from './objectSpan.js';

const bytes = (text: string) => Buffer.from(text);
/** Keys of every object in a value, counted the plain way. */
const keysIn = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + keysIn(item), 0)
    : typeof value === 'object' && value !== null
      ? Object.values(value).reduce((sum: number, item) => sum + 1 + keysIn(item), 0)
      : 0;
const valueAt = (json: Buffer, span: { start: number; end: number }) =>
  JSON.parse(json.subarray(span.start, span.end).toString('utf8'));

describe('objectSpan', () => {
  it('finds every top-level member of any JSON object, compact or pretty, as JSON.parse reads it', () => {
    const object = fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue(), { maxKeys: 8 });
    fc.assert(
      fc.property(object, fc.constantFrom(undefined, 2, '\t'), (generated, indent) => {
        const json = bytes(` \n${JSON.stringify(generated, null, indent)}\r\n`);
        // What the text means (-0 is written 0).
        const value = JSON.parse(json.toString('utf8'));
        const span = objectSpan(json);
        expect(span.members.map((m) => m.key)).toEqual(Object.keys(value));
        expect(span.keys).toBe(keysIn(value));
        for (const member of span.members) expect(valueAt(json, member)).toEqual(value[member.key]);
        expect(JSON.parse(json.subarray(span.start, span.end).toString('utf8'))).toEqual(value);
        expect(json[span.start]).toBe(0x7b);
        expect(json[span.end - 1]).toBe(0x7d);
      }),
      { numRuns: 500 },
    );
  });

  it('reads strings holding quotes, backslashes and brackets, and keys written with escapes', () => {
    const json = bytes('\uFEFF{"a\\\\":"}\\"{[","m\\u0065ta" : [1, {"x": "\\\\"}] ,"n":-1.5e3,"t":true, "z":null}');
    const span = objectSpan(json);
    expect(span.members.map((m) => m.key)).toEqual(['a\\', 'meta', 'n', 't', 'z']);
    expect(span.members.map((m) => valueAt(json, m))).toEqual(['}"{[', [1, { x: '\\' }], -1500, true, null]);
    expect(span.start).toBe(3);
    expect(span.end).toBe(json.length);
  });

  it('ends with an error, never loops, on text cut short', () => {
    for (const cut of ['{"a":"b', '{"a":[1,{"b":2}', '{"a":1,', '{"a"'])
      expect(() => objectSpan(bytes(cut))).toThrow(SyntaxError);
  });

  it('lists a repeated key each time it appears, and counts repeated keys at every depth', () => {
    expect(objectSpan(bytes('{"meta":1,"meta":2}')).members.map((m) => m.key)).toEqual(['meta', 'meta']);
    expect(objectSpan(bytes('{"a":[{"b":1,"b":2}],"c":{"d":{"e":":"}}}')).keys).toBe(6);
    expect(objectSpan(bytes('{}')).members).toEqual([]);
  });
});
