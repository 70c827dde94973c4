import { describe, expect, it } from 'vitest';
import { expressionNames, referencedNames } from './names.js';
import { parseExpression } from './parse.js';

describe('referencedNames', () => {
  it('lists distinct root names of every expression, in order of first use', () => {
    expect(referencedNames('Hi {{ user.name }}, {{count + user.age}} {{ !flag || count > limit.max }}')).toEqual([
      'user',
      'count',
      'flag',
      'limit',
    ]);
  });

  it('ignores literals, keywords, property names and plain text', () => {
    expect(referencedNames('name {{ "name" + 1 + true + null }} {{ a.b.c }}')).toEqual(['a']);
    expect(referencedNames('no expressions here')).toEqual([]);
  });

  it('skips expressions that do not parse, and unclosed ones', () => {
    expect(referencedNames('{{ a( }} {{ b }} {{ c = 1 }} {{ d')).toEqual(['b']);
  });
});

describe('expressionNames', () => {
  it('lists the root names of one expression', () => {
    const parsed = parseExpression('-x * (y.z - x) == w');
    expect(parsed.ok && expressionNames(parsed.ast)).toEqual(['x', 'y', 'w']);
  });
});
