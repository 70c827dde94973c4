import { referencedNames } from './names.js';
import type { TemplateError } from './render.js';
import { parseTemplate, rawExpression } from './template.js';

/** How much of an expression a marker or a message shows before cutting it short. */
const SHOWN_SOURCE = 24;

/** An expression that cannot be parsed: its error (offsets into the whole text) and how it is written, braces included. */
export type TemplateSyntaxError = TemplateError & { written: string };

/**
 * The `{{…}}` of a template that cannot be parsed: what an editor flags while the person types, before anything
 * runs. Unknown names are not errors here (whether a name is a variable depends on the project).
 */
export function templateSyntaxErrors(text: string): TemplateSyntaxError[] {
  const errors: TemplateSyntaxError[] = [];
  for (const part of parseTemplate(text)) {
    if (part.kind !== 'expression' || part.parsed.ok) continue;
    const { message, start, end } = part.parsed.error;
    const written = rawExpression(text, part);
    errors.push({ message, start: part.start + start, end: part.start + end, source: part.source, written });
  }
  return errors;
}

/**
 * One syntax error in words, with where it is as the person counts (the first character is 1):
 * `{{count +}} at character 10: Unexpected end of expression: expected a value.`
 */
export function describeSyntaxError(error: TemplateSyntaxError): string {
  return `${shortened(error.written)} at character ${error.start + 1}: ${error.message}.`;
}

/**
 * What a page shows in place of an expression that cannot be parsed: a marker, not the raw braces, so that it
 * reads as a mistake to fix rather than as text: `[⚠ count +]`.
 */
export function syntaxMarker(source: string): string {
  const shown = shortened(source.trim());
  return shown === '' ? '[⚠ empty expression]' : `[⚠ ${shown}]`;
}

function shortened(text: string): string {
  return text.length > SHOWN_SOURCE ? `${text.slice(0, SHOWN_SOURCE - 1)}…` : text;
}

/**
 * What a text field holding a template warns about, or nothing: each expression that cannot be parsed, where and
 * what was expected, then the names that are not variables (`isVariable` says which are).
 * `Cannot read {{count +}} at character 8: Unexpected end of expression: expected a value. Not a variable: userName.`
 */
export function templateWarning(text: string, isVariable: (name: string) => boolean): string | undefined {
  const warnings = templateSyntaxErrors(text).map((error) => `Cannot read ${describeSyntaxError(error)}`);
  const unknown = referencedNames(text).filter((name) => !isVariable(name));
  if (unknown.length > 0) warnings.push(`Not a variable: ${unknown.join(', ')}.`);
  return warnings.length > 0 ? warnings.join(' ') : undefined;
}
