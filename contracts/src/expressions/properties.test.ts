import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Expr, ExpressionError } from './ast.js';
import { evaluate } from './evaluate.js';
import { referencedNames } from './names.js';
import { parseExpression } from './parse.js';
import { evaluateTemplateValue, renderTemplate } from './render.js';
import { scopeFromRecord } from './scope.js';
import { parseTemplate, rawExpression } from './template.js';
import { isJsonValue } from './values.js';

const scope = scopeFromRecord({
  a: 1,
  b: 0,
  s: 'text',
  t: true,
  n: null,
  user: { name: 'Ann', age: 3, address: { city: 'Oslo' } },
  items: [1, 2],
});

/** Pieces of the language and of what it refuses, so random strings often come close to valid ones. */
const fragment = fc.constantFrom(
  ...['(', ')', 'a', 'b', 's', 'user', 'items', 'x', '.', 'name', 'age', 'length', 'address', 'city', '1', '0', '2.5', '1e3'],
  ...[
    "'x'",
    '"y"',
    "'",
    '"',
    '\\',
    '\\u{',
    ' ',
    '+',
    '-',
    '*',
    '/',
    '%',
    '==',
    '===',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    '&&',
    '||',
    '!',
  ],
  ...[
    '{{',
    '}}',
    '{',
    '}',
    '__proto__',
    'constructor',
    '[',
    ']',
    '=',
    '`',
    ',',
    'this',
    'new',
    'eval',
    '?',
    ':',
    '=>',
    'true',
    'null',
  ],
);
const soup = fc.array(fragment, { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), soup);

/** A JSON value all the way down, as every result must be. */
function isDeepJson(value: unknown): boolean {
  if (!isJsonValue(value)) return false;
  if (typeof value !== 'object' || value === null) return true;
  return Object.values(value).every(isDeepJson);
}

function expectErrorWithin(error: ExpressionError, length: number): void {
  expect(typeof error.message).toBe('string');
  expect(error.message).not.toBe('');
  expect(0 <= error.start && error.start <= error.end && error.end <= length).toBe(true);
}

describe('properties over random input', () => {
  it('parseExpression and evaluate never throw, give JSON values and errors inside the source', () => {
    fc.assert(
      fc.property(anyText, (source) => {
        const parsed = parseExpression(source);
        if (!parsed.ok) return expectErrorWithin(parsed.error, source.length);
        const result = evaluate(parsed.ast, scope);
        if (result.ok) expect(isDeepJson(result.value)).toBe(true);
        else expectErrorWithin(result.error, source.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('the template functions never throw, and template parts cover the text', () => {
    const template = fc.oneof(
      anyText,
      fc
        .array(
          fc.oneof(
            soup,
            soup.map((s) => `{{${s}}}`),
          ),
          { maxLength: 6 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(template, (text) => {
        const parts = parseTemplate(text);
        expect(parts.map((p) => (p.kind === 'text' ? p.text : rawExpression(text, p))).join('')).toBe(text);
        const rendered = renderTemplate(text, scope);
        expect(typeof rendered.text).toBe('string');
        for (const error of rendered.errors) {
          expectErrorWithin(error, text.length);
          expect(text.slice(error.start, error.end).length).toBeLessThanOrEqual(error.source.length);
        }
        const value = evaluateTemplateValue(text, scope);
        if (value.ok) expect(isDeepJson(value.value)).toBe(true);
        else expectErrorWithin(value.error, text.length);
        expect(referencedNames(text).every((name) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name))).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The tree written back as source, every operation in parentheses. */
function print(ast: Expr): string {
  switch (ast.type) {
    case 'literal':
      return JSON.stringify(ast.value);
    case 'variable':
      return ast.name;
    case 'member': {
      // As in JavaScript, `1.x` reads as a malformed number: a number before a dot needs parentheses.
      const object = print(ast.object);
      return `${typeof (ast.object as { value?: unknown }).value === 'number' ? `(${object})` : object}.${ast.property}`;
    }
    case 'unary':
      return `(${ast.operator}${print(ast.argument)})`;
    case 'binary':
      return `(${print(ast.left)} ${ast.operator} ${print(ast.right)})`;
  }
}

const at = { start: 0, end: 0 };
const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small', maxDepth: 8 },
    fc
      .oneof(
        fc.nat(1000),
        fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
        fc.string({ unit: 'binary', maxLength: 10 }),
        fc.boolean(),
        fc.constant(null),
      )
      .map((value): Expr => ({ type: 'literal', value, ...at })),
    fc.constantFrom('a', 'user', '$x', '_y', 'undefined').map((name): Expr => ({ type: 'variable', name, ...at })),
    fc
      .tuple(tie('expr'), fc.constantFrom('name', 'new', 'length', 'x'))
      .map(([object, property]): Expr => ({ type: 'member', object, property, propertyStart: 0, ...at })),
    fc
      .tuple(fc.constantFrom('!' as const, '-' as const), tie('expr'))
      .map(([operator, argument]): Expr => ({ type: 'unary', operator, argument, ...at })),
    fc
      .tuple(
        tie('expr'),
        fc.constantFrom(...(['+', '-', '*', '/', '%', '==', '!=', '<', '<=', '>', '>=', '&&', '||'] as const)),
        tie('expr'),
      )
      .map(([left, operator, right]): Expr => ({ type: 'binary', operator, left, right, ...at })),
  ),
}));

describe('properties over random trees', () => {
  it('parses what any tree prints back to the same tree', () => {
    fc.assert(
      fc.property(expr, (ast) => {
        const source = print(ast);
        fc.pre(source.length <= 2000);
        const parsed = parseExpression(source);
        expect(parsed.ok && print(parsed.ast)).toBe(source);
      }),
      { numRuns: 1000 },
    );
  });
});
