import { type TSchema, Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { checkerModule } from './checkerCode.js';

const generate = (schema: TSchema, formats = {}) =>
  checkerModule({ isIt: schema }, { formats, depthFrom: '../depth.js', header: '// test' });

describe('checkerModule', () => {
  it('refuses kinds and keywords it does not implement, rather than check less than TypeBox', () => {
    expect(() => generate(Type.Tuple([Type.String()]))).toThrow(/kind Tuple/);
    expect(() => generate(Type.Intersect([Type.Object({}), Type.Object({})]))).toThrow(/kind Intersect/);
    expect(() => generate(Type.Array(Type.String(), { uniqueItems: true }))).toThrow(/uniqueItems/);
    expect(() => generate(Type.Object({}, { minProperties: 1 }))).toThrow(/minProperties/);
    expect(() => generate(Type.Object({}, { additionalProperties: Type.String() }))).toThrow(/additionalProperties/);
    expect(() => generate(Type.String({ format: 'email' }))).toThrow(/format "email"/);
  });

  it('imports the function of each format it uses, once', () => {
    const text = generate(Type.Object({ a: Type.String({ format: 'date-time' }), b: Type.String({ format: 'date-time' }) }), {
      'date-time': { name: 'isIsoDateTime', from: '../primitives.js' },
    });
    expect(text.match(/^import .*$/gm)).toEqual([
      "import { MAX_DEPTH, withinDepth } from '../depth.js';",
      "import { isIsoDateTime } from '../primitives.js';",
    ]);
  });

  it('writes each pattern once, compiled when the module loads', () => {
    const Id = Type.String({ pattern: '^[a-z]+$' });
    const text = generate(Type.Object({ a: Id, b: Id, c: Type.Array(Id) }));
    expect(text.match(/new RegExp\(.*\)/g)).toEqual(['new RegExp("^[a-z]+$")']);
  });

  it('names a recursive schema once and calls itself by that name', () => {
    const Tree = Type.Recursive((This) => Type.Object({ children: Type.Array(This) }), { $id: 'Tree' });
    const text = generate(Tree);
    expect(text).toMatch(/export const isIt: Check = (check\d+);/);
    const name = text.match(/export const isIt: Check = (check\d+);/)?.[1];
    expect(text.match(new RegExp(`function ${name}\\(`, 'g'))).toHaveLength(1);
  });
});
