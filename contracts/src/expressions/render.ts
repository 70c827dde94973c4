import type { ExpressionError } from './ast.js';
import { evaluate } from './evaluate.js';
import type { Scope } from './scope.js';
import { parseTemplate, rawExpression, type TemplatePart } from './template.js';
import { toTemplateText } from './values.js';

/** An error of one `{{…}}` in a template: offsets into the whole text, and that expression's source. */
export type TemplateError = ExpressionError & { source: string };

export type TemplateValueResult = { ok: true; value: unknown } | { ok: false; error: TemplateError };

/**
 * Interpolates every `{{expression}}`: strings as they are, numbers and booleans as JavaScript writes them,
 * null as nothing, arrays and objects as JSON. An expression that fails stays in the text as written, braces
 * included, so the preview shows what is wrong where it is; its error is collected. Never throws.
 */
export function renderTemplate(text: string, scope: Scope): { text: string; errors: TemplateError[] } {
  let rendered = '';
  const errors: TemplateError[] = [];
  for (const part of parseTemplate(text)) {
    if (part.kind === 'text') {
      rendered += part.text;
      continue;
    }
    const result = evaluatePart(part, scope);
    const shown = result.ok ? textOf(part, result.value) : result;
    if (shown.ok) {
      rendered += shown.text;
    } else {
      rendered += rawExpression(text, part);
      errors.push(shown.error);
    }
  }
  return { text: rendered, errors };
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
