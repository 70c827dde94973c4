import type { ExpressionError } from './ast.js';
import { evaluate } from './evaluate.js';
import type { Scope } from './scope.js';
import { syntaxMarker } from './syntaxErrors.js';
import { parseTemplate, rawExpression, type TemplatePart } from './template.js';
import { toTemplateText } from './values.js';

/** An error of one `{{…}}` in a template: offsets into the whole text, and that expression's source. */
export type TemplateError = ExpressionError & { source: string };

export type TemplateValueResult = { ok: true; value: unknown } | { ok: false; error: TemplateError };

/**
 * A piece of rendered text: plain text, or an expression that failed. An expression that cannot be parsed shows
 * as a marker (`[⚠ count +]`), one that fails when evaluated stays as written, braces included; both carry their
 * error, for a page that wants to mark them.
 */
export type RenderedSegment = { kind: 'text'; text: string } | { kind: 'error'; text: string; error: TemplateError };

/**
 * Interpolates every `{{expression}}`: strings as they are, numbers and booleans as JavaScript writes them,
 * null as nothing, arrays and objects as JSON. An expression that fails shows where it is, so the preview shows
 * what is wrong there: one that cannot be parsed as a marker (`[⚠ count +]`, not raw braces that read like
 * text), one that fails when evaluated as written; its error is collected. Never throws.
 */
export function renderTemplate(
  text: string,
  scope: Scope,
): { text: string; errors: TemplateError[]; segments: RenderedSegment[] } {
  let rendered = '';
  const errors: TemplateError[] = [];
  const segments: RenderedSegment[] = [];
  const add = (segment: RenderedSegment) => {
    rendered += segment.text;
    const last = segments[segments.length - 1];
    // Neighbouring text is one segment: a page renders it as one text node.
    if (segment.kind === 'text' && last?.kind === 'text') last.text += segment.text;
    else segments.push(segment);
  };
  for (const part of parseTemplate(text)) {
    if (part.kind === 'text') {
      add({ kind: 'text', text: part.text });
      continue;
    }
    const result = evaluatePart(part, scope);
    const shown = result.ok ? textOf(part, result.value) : result;
    if (shown.ok) {
      add({ kind: 'text', text: shown.text });
    } else {
      const written = part.parsed.ok ? rawExpression(text, part) : syntaxMarker(part.source);
      add({ kind: 'error', text: written, error: shown.error });
      errors.push(shown.error);
    }
  }
  return { text: rendered, errors, segments };
}

/**
 * The value of a template that is exactly one `{{expression}}` (whitespace around it allowed), with its type:
 * `{{count + 1}}` gives a number, `{{user}}` an object. Any other text gives the rendered string, or the first
 * error of its expressions. Never throws.
 */
export function evaluateTemplateValue(text: string, scope: Scope): TemplateValueResult {
  const parts = parseTemplate(text);
  const expressions = parts.filter((part) => part.kind === 'expression');
  const onlyWhitespaceAround = parts.every((part) => part.kind === 'expression' || part.text.trim() === '');
  const [single] = expressions;
  if (single !== undefined && expressions.length === 1 && onlyWhitespaceAround) return evaluatePart(single, scope);
  const rendered = renderTemplate(text, scope);
  const [error] = rendered.errors;
  return error === undefined ? { ok: true, value: rendered.text } : { ok: false, error };
}

/** Parses and evaluates one part, with error offsets moved from the expression's source to the whole text. */
function evaluatePart(part: TemplatePart & { kind: 'expression' }, scope: Scope): TemplateValueResult {
  const result = part.parsed.ok ? evaluate(part.parsed.ast, scope) : part.parsed;
  if (result.ok) return result;
  const { message, start, end } = result.error;
  return { ok: false, error: { message, start: part.start + start, end: part.start + end, source: part.source } };
}

function textOf(
  part: TemplatePart & { kind: 'expression' },
  value: unknown,
): { ok: true; text: string } | { ok: false; error: TemplateError } {
  try {
    return { ok: true, text: toTemplateText(value) };
  } catch {
    // JSON.stringify throws on cycles and BigInt, which a scope breaking its promise of JSON could hand over.
    const error = { message: 'The value cannot be shown as text', start: part.start, end: part.end, source: part.source };
    return { ok: false, error };
  }
}
