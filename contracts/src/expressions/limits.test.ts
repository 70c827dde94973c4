import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { evaluate } from './evaluate.js';
import { MAX_EXPRESSION_LENGTH, MAX_NESTING } from './limits.js';
import { referencedNames } from './names.js';
import { parseExpression } from './parse.js';
import { evaluateTemplateValue, renderTemplate } from './render.js';
import { scopeFromRecord } from './scope.js';
import { parseTemplate } from './template.js';

const scope = scopeFromRecord({ a: 1 });
const parens = (n: number) => `${'('.repeat(n)}a${')'.repeat(n)}`;

describe('limits on hostile input', () => {
  it('refuses source longer than the limit, pointing past it', () => {
    const source = `a${' + a'.repeat(1000)}`;
    expect(parseExpression(source)).toEqual({
      ok: false,
      error: { message: `Expression is too long (${source.length} characters; at most 2000)`, start: 2000, end: source.length },
    });
    const longest = `${'1'.padEnd(MAX_EXPRESSION_LENGTH - 4, ' ')}+ 1 `;
    expect(longest).toHaveLength(MAX_EXPRESSION_LENGTH);
    expect(parseExpression(longest).ok).toBe(true);
  });

  it('takes 10,000 opening parentheses without a stack overflow', () => {
    const source = '('.repeat(10_000);
    expect(parseExpression(source)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/too long/) } });
    expect(renderTemplate(`x {{${source}}} y`, scope)).toMatchObject({
      text: `x [⚠ ${'('.repeat(23)}…] y`,
      errors: [{ start: 2004 }],
    });
    expect(evaluateTemplateValue(`{{${parens(10_000)}}}`, scope)).toMatchObject({ ok: false });
    expect(referencedNames(`{{${parens(10_000)}}} {{a}}`)).toEqual(['a']);
  });

  it('refuses nesting deeper than the limit within the length limit, at the opening that is too deep', () => {
    expect(parseExpression(parens(MAX_NESTING)).ok).toBe(true);
    expect(parseExpression(parens(MAX_NESTING + 1))).toEqual({
      ok: false,
      error: { message: 'Expression is nested too deeply (more than 64 levels)', start: 64, end: 65 },
    });
    expect(parseExpression(parens(999))).toMatchObject({ ok: false, error: { start: 64, end: 65 } });
    expect(parseExpression(`${'!'.repeat(1999)}a`)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/nested/) },
    });
    expect(parseExpression(`${'- '.repeat(999)}1`)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/nested/) },
    });
    expect(parseExpression(`${'a + ('.repeat(300)}a${')'.repeat(300)}`)).toMatchObject({ ok: false });
  });

  it('does not count a flat chain of operators as nesting', () => {
    const chain = `1${' + 1'.repeat(300)}`;
    const parsed = parseExpression(chain);
    expect(parsed.ok && evaluate(parsed.ast, scope)).toEqual({ ok: true, value: 301 });
    const mixed = `a${' * a + a - a / a'.repeat(90)}`;
    expect(parseExpression(mixed).ok).toBe(true);
  });

  it('survives a hand-built tree deeper than the stack', () => {
    let ast: Expr = { type: 'literal', value: 1, start: 0, end: 1 };
    for (let i = 0; i < 200_000; i++) ast = { type: 'unary', operator: '-', argument: ast, start: 0, end: 1 };
    expect(evaluate(ast, scope)).toMatchObject({ ok: false, error: { message: 'Expression could not be evaluated' } });
  });

  it('splits a template of thousands of braces quickly', () => {
    const text = '{{'.repeat(5000);
    const started = performance.now();
    expect(parseTemplate(text)).toHaveLength(5000);
    expect(renderTemplate(text, scope).text).toBe('[⚠ empty expression]'.repeat(5000));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
