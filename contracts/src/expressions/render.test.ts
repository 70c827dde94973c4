import { describe, expect, it } from 'vitest';
import { evaluateTemplateValue, renderTemplate } from './render.js';
import { type Scope, scopeFromRecord } from './scope.js';

const textAndErrors = ({ text, errors }: ReturnType<typeof renderTemplate>) => ({ text, errors });

const scope = scopeFromRecord({
  name: 'Ann',
  count: 2,
  ratio: 0.5,
  on: true,
  nothing: null,
  user: { name: 'Ann', tags: ['a'] },
  items: [1, 'two', null],
});

describe('renderTemplate', () => {
  it('interpolates several expressions', () => {
    expect(textAndErrors(renderTemplate('Hi {{ name }}, you have {{count + 1}} new ({{ ratio * 100 }}%)', scope))).toEqual({
      text: 'Hi Ann, you have 3 new (50%)',
      errors: [],
    });
  });

  it('writes null as nothing, booleans as words, arrays and objects as JSON', () => {
    expect(renderTemplate('[{{nothing}}] {{on}} {{!on}} {{items}} {{user}}', scope).text).toBe(
      '[] true false [1,"two",null] {"name":"Ann","tags":["a"]}',
    );
  });

  it('leaves text without expressions as it is', () => {
    expect(textAndErrors(renderTemplate('plain } text {', scope))).toEqual({ text: 'plain } text {', errors: [] });
    expect(textAndErrors(renderTemplate('', scope))).toEqual({ text: '', errors: [] });
  });

  it('leaves failed expressions visible (unparsable ones as a marker) and collects their errors with offsets in the whole text', () => {
    const text = 'A {{ missing }} B {{ count / 0 }} C {{ a ^ b }} D {{count}}';
    expect(textAndErrors(renderTemplate(text, scope))).toEqual({
      text: 'A {{ missing }} B {{ count / 0 }} C [⚠ a ^ b] D 2',
      errors: [
        { message: 'Unknown variable "missing"', start: 5, end: 12, source: ' missing ' },
        { message: 'Division by zero', start: 29, end: 30, source: ' count / 0 ' },
        { message: 'Unknown operator "^"', start: 41, end: 42, source: ' a ^ b ' },
      ],
    });
    expect(text.slice(5, 12)).toBe('missing');
    expect(text.slice(29, 30)).toBe('0');
    expect(text.slice(41, 42)).toBe('^');
  });

  it('shows an unclosed {{ as a marker and reports it', () => {
    expect(textAndErrors(renderTemplate('Total: {{count}} and {{ count + ', scope))).toEqual({
      text: 'Total: 2 and [⚠ count +]',
      errors: [{ message: 'Missing "}}" to close "{{"', start: 23, end: 32, source: ' count + ' }],
    });
  });

  it('reports a value that cannot be written as text instead of throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const bad: Scope = (name) => (name === 'c' ? { found: true, value: cyclic } : { found: false });
    expect(textAndErrors(renderTemplate('x {{c}}', bad))).toEqual({
      text: 'x {{c}}',
      errors: [{ message: 'The value cannot be shown as text', start: 4, end: 5, source: 'c' }],
    });
  });
});

describe('renderTemplate segments', () => {
  it('marks each failed expression as an error segment between runs of text', () => {
    const { segments } = renderTemplate('Hi {{name}}! {{count +}} and {{foo()}} then {{missing}}.', scope);
    expect(segments.map(({ kind, text }) => ({ kind, text }))).toEqual([
      { kind: 'text', text: 'Hi Ann! ' },
      { kind: 'error', text: '[⚠ count +]' },
      { kind: 'text', text: ' and ' },
      { kind: 'error', text: '[⚠ foo()]' },
      { kind: 'text', text: ' then ' },
      { kind: 'error', text: '{{missing}}' },
      { kind: 'text', text: '.' },
    ]);
    expect(segments[1]).toMatchObject({ error: { message: 'Unexpected end of expression: expected a value' } });
    expect(segments[3]).toMatchObject({ error: { message: 'Function calls are not allowed' } });
  });

  it('shows an empty {{}} as a marker too', () => {
    expect(renderTemplate('a{{ }}b', scope).text).toBe('a[⚠ empty expression]b');
  });
});

describe('evaluateTemplateValue', () => {
  it('keeps the type of a lone expression, whitespace around it allowed', () => {
    expect(evaluateTemplateValue('{{count + 1}}', scope)).toEqual({ ok: true, value: 3 });
    expect(evaluateTemplateValue('  {{ on }}\n', scope)).toEqual({ ok: true, value: true });
    expect(evaluateTemplateValue('{{nothing}}', scope)).toEqual({ ok: true, value: null });
    expect(evaluateTemplateValue('{{user}}', scope)).toEqual({ ok: true, value: { name: 'Ann', tags: ['a'] } });
    expect(evaluateTemplateValue('{{items}}', scope)).toEqual({ ok: true, value: [1, 'two', null] });
    expect(evaluateTemplateValue('{{"text"}}', scope)).toEqual({ ok: true, value: 'text' });
  });

  it('gives the rendered string for anything else', () => {
    expect(evaluateTemplateValue('n={{count}}', scope)).toEqual({ ok: true, value: 'n=2' });
    expect(evaluateTemplateValue('{{count}}{{count}}', scope)).toEqual({ ok: true, value: '22' });
    expect(evaluateTemplateValue('42', scope)).toEqual({ ok: true, value: '42' });
    expect(evaluateTemplateValue('', scope)).toEqual({ ok: true, value: '' });
  });

  it('gives the first error, with offsets in the whole text', () => {
    expect(evaluateTemplateValue('  {{ count / 0 }}', scope)).toEqual({
      ok: false,
      error: { message: 'Division by zero', start: 13, end: 14, source: ' count / 0 ' },
    });
    expect(evaluateTemplateValue('a {{x}} {{y}}', scope)).toEqual({
      ok: false,
      error: { message: 'Unknown variable "x"', start: 4, end: 5, source: 'x' },
    });
    expect(evaluateTemplateValue('{{ count', scope)).toMatchObject({
      ok: false,
      error: { message: 'Missing "}}" to close "{{"' },
    });
  });
});
