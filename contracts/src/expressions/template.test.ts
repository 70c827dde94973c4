import { describe, expect, it } from 'vitest';
import { parseTemplate, rawExpression } from './template.js';

describe('parseTemplate', () => {
  it('gives plain text as one part, and nothing for empty text', () => {
    expect(parseTemplate('Hello there')).toEqual([{ kind: 'text', text: 'Hello there' }]);
    expect(parseTemplate('')).toEqual([]);
    expect(parseTemplate('a } b }} c {')).toEqual([{ kind: 'text', text: 'a } b }} c {' }]);
  });

  it('splits several expressions, with offsets of their source in the whole text', () => {
    const text = 'Hi {{ name }}, you have {{count+1}} new{{x}}';
    const parts = parseTemplate(text);
    expect(parts.map((p) => (p.kind === 'text' ? p.text : { source: p.source, start: p.start, end: p.end }))).toEqual([
      'Hi ',
      { source: ' name ', start: 5, end: 11 },
      ', you have ',
      { source: 'count+1', start: 26, end: 33 },
      ' new',
      { source: 'x', start: 41, end: 42 },
    ]);
    for (const part of parts) {
      if (part.kind === 'expression') expect(text.slice(part.start, part.end)).toBe(part.source);
    }
    expect(parts[1]).toMatchObject({ parsed: { ok: true, ast: { type: 'variable', name: 'name', start: 1, end: 5 } } });
  });

  it('ends an expression at the first }}, leaving a third brace as text', () => {
    expect(parseTemplate('{"n": {{count}}}')).toEqual([
      { kind: 'text', text: '{"n": ' },
      expect.objectContaining({ kind: 'expression', source: 'count', start: 8, end: 13 }),
      { kind: 'text', text: '}' },
    ]);
  });

  it('keeps parse errors relative to the expression source', () => {
    const [, part] = parseTemplate('x {{ a ^ b }}');
    expect(part).toMatchObject({ start: 4, parsed: { ok: false, error: { message: 'Unknown operator "^"', start: 3, end: 4 } } });
    expect(parseTemplate('{{}}')).toEqual([
      {
        kind: 'expression',
        source: '',
        start: 2,
        end: 2,
        parsed: { ok: false, error: { message: 'Empty expression', start: 0, end: 0 } },
      },
    ]);
  });

  it('reports an unclosed {{ as an error part running to the end', () => {
    expect(parseTemplate('Hello {{ name')).toEqual([
      { kind: 'text', text: 'Hello ' },
      {
        kind: 'expression',
        source: ' name',
        start: 8,
        end: 13,
        parsed: { ok: false, error: { message: 'Missing "}}" to close "{{"', start: 0, end: 5 } },
      },
    ]);
    expect(parseTemplate('a {{')).toEqual([
      { kind: 'text', text: 'a ' },
      expect.objectContaining({ source: '', start: 4, end: 4, parsed: expect.objectContaining({ ok: false }) }),
    ]);
  });

  it('ends an unclosed {{ where the next {{ begins, and goes on from there', () => {
    const parts = parseTemplate('a {{ b {{ c }} d');
    expect(parts).toEqual([
      { kind: 'text', text: 'a ' },
      expect.objectContaining({ source: ' b ', start: 4, end: 7, parsed: expect.objectContaining({ ok: false }) }),
      expect.objectContaining({ source: ' c ', start: 9, end: 12, parsed: expect.objectContaining({ ok: true }) }),
      { kind: 'text', text: ' d' },
    ]);
  });

  it('covers the whole text with its parts', () => {
    for (const text of ['a {{ b {{ c }} d', 'x{{y}}}z{{', '{{{a}}}', '}}{{ }}{{']) {
      const rebuilt = parseTemplate(text)
        .map((p) => (p.kind === 'text' ? p.text : rawExpression(text, p)))
        .join('');
      expect(rebuilt).toBe(text);
    }
  });
});
