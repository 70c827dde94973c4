import { describe, expect, it } from 'vitest';
import { describeSyntaxError, syntaxMarker, templateSyntaxErrors, templateWarning } from './syntaxErrors.js';

describe('templateSyntaxErrors', () => {
  it('finds the expressions that cannot be parsed, with offsets into the whole text', () => {
    const text = 'Count: {{count +}} of {{total}} {{foo()}}';
    const errors = templateSyntaxErrors(text);
    expect(errors).toEqual([
      {
        message: 'Unexpected end of expression: expected a value',
        start: 16,
        end: 16,
        source: 'count +',
        written: '{{count +}}',
      },
      { message: 'Function calls are not allowed', start: 34, end: 38, source: 'foo()', written: '{{foo()}}' },
    ]);
    expect(text.slice(34, 38)).toBe('foo(');
  });

  it('does not flag unknown names or plain text', () => {
    expect(templateSyntaxErrors('Hello {{userName}}, {{ a.b + 1 }} } {')).toEqual([]);
  });

  it('flags an unclosed {{', () => {
    expect(templateSyntaxErrors('Hi {{ name')).toMatchObject([{ message: 'Missing "}}" to close "{{"', written: '{{ name' }]);
  });
});

describe('describeSyntaxError', () => {
  it('says where, counting from 1, and what was expected', () => {
    const [error] = templateSyntaxErrors('Count: {{count +}}');
    expect(error && describeSyntaxError(error)).toBe(
      '{{count +}} at character 17: Unexpected end of expression: expected a value.',
    );
  });

  it('cuts a long expression short', () => {
    const [error] = templateSyntaxErrors(`{{${'a + '.repeat(20)}}}`);
    expect(error && describeSyntaxError(error)).toMatch(/^\{\{a \+ a \+ .{13}… at character 83: /);
  });
});

describe('syntaxMarker', () => {
  it('shows the source inside a marker, trimmed and short', () => {
    expect(syntaxMarker(' count + ')).toBe('[⚠ count +]');
    expect(syntaxMarker('')).toBe('[⚠ empty expression]');
    expect(syntaxMarker('x'.repeat(40))).toBe(`[⚠ ${'x'.repeat(23)}…]`);
  });
});

describe('templateWarning', () => {
  const isVariable = (name: string) => name === 'count';

  it('names an unreadable expression, then the names that are not variables', () => {
    expect(templateWarning('{{count +}} and {{userName}}', isVariable)).toBe(
      'Cannot read {{count +}} at character 10: Unexpected end of expression: expected a value. Not a variable: userName.',
    );
    expect(templateWarning('Hi {{foo()}}', isVariable)).toBe(
      'Cannot read {{foo()}} at character 6: Function calls are not allowed.',
    );
  });

  it('says nothing of a template that reads and uses only variables', () => {
    expect(templateWarning('Count: {{count + 1}}', isVariable)).toBeUndefined();
    expect(templateWarning('plain text', isVariable)).toBeUndefined();
  });
});
