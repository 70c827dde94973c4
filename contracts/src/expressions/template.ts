import { type ParseResult, parseExpression } from './parse.js';

/**
 * One piece of a template: literal text, or the source of one `{{…}}` with where it sits in the whole text
 * (`start`/`end` bound the source between the braces) and its parse result, whose error offsets are
 * relative to `source`.
 */
export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'expression'; source: string; start: number; end: number; parsed: ParseResult };

const OPEN = '{{';
const CLOSE = '}}';

/**
 * Splits text into literal text and `{{expression}}` parts. An expression ends at the first `}}` (so it
 * cannot contain `}}`, even in a string; `'}' + '}'` can). A `{{` with no `}}` before the next `{{` or the end
 * is unclosed: it becomes an expression part running to there, whose `parsed` is an error. Never throws; the
 * parts, in order, cover the whole text.
 */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let at = 0;
  // Remembered between rounds so that many unclosed `{{` do not search for `}}` again each time.
  let close = 0;
  while (at < text.length) {
    const open = text.indexOf(OPEN, at);
    if (open === -1) break;
    if (open > at) parts.push({ kind: 'text', text: text.slice(at, open) });
    const start = open + OPEN.length;
    if (close !== -1 && close < start) close = text.indexOf(CLOSE, start);
    const nextOpen = text.indexOf(OPEN, start);
    if (close === -1 || (nextOpen !== -1 && nextOpen < close)) {
      const end = nextOpen === -1 ? text.length : nextOpen;
      const source = text.slice(start, end);
      const error = { message: `Missing "${CLOSE}" to close "${OPEN}"`, start: 0, end: source.length };
      parts.push({ kind: 'expression', source, start, end, parsed: { ok: false, error } });
      at = end;
    } else {
      const source = text.slice(start, close);
      parts.push({ kind: 'expression', source, start, end: close, parsed: parseExpression(source) });
      at = close + CLOSE.length;
    }
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** Whether an expression part was closed by `}}` in `text`, the template it was parsed from. */
function isClosed(text: string, part: { end: number }): boolean {
  return text.startsWith(CLOSE, part.end);
}

/** The part's original text in `text`, braces included: `{{ a + 1 }}`, or `{{ a +` when unclosed. */
export function rawExpression(text: string, part: { start: number; end: number }): string {
  return text.slice(part.start - OPEN.length, part.end + (isClosed(text, part) ? CLOSE.length : 0));
}
