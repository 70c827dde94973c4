import { type DraftReading, isDeepJsonValue, type VariableType } from '@psb/contracts';
import { findJsonSyntaxError } from './jsonSyntax.js';

/** The text of a number box: a finite number, or what is wrong with it. */
export function readNumberDraft(text: string): DraftReading<number> {
  if (text.trim() === '') return { problem: 'Enter a number.' };
  const value = Number(text);
  if (Number.isNaN(value)) return { problem: 'Enter a number.' };
  if (!Number.isFinite(value)) return { problem: 'Enter a finite number.' };
  return { value };
}

/** The text of a JSON editor for an object or an array: that value, or the syntax error with its place. */
export function readJsonDraft(text: string, type: Extract<VariableType, 'object' | 'array'>): DraftReading<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const found = findJsonSyntaxError(text);
    if (!found) return { problem: `${error instanceof Error ? error.message : String(error)}.` };
    return { problem: `${found.message} (line ${found.line}, column ${found.column}).` };
  }
  const isArray = Array.isArray(value);
  if (type === 'array' && !isArray) return { problem: 'Enter a JSON array, in [ ].' };
  if (type === 'object' && (isArray || typeof value !== 'object' || value === null)) {
    return { problem: 'Enter a JSON object, in { }.' };
  }
  // JSON.parse reads 1e400 as Infinity, which a save would write as null.
  if (!isDeepJsonValue(value)) return { problem: 'A number in it is too large to store.' };
  return { value };
}

/** How a value is shown in a JSON editor. */
export const jsonText = (value: unknown): string => JSON.stringify(value, null, 2);
