import type { TSchema } from '@sinclair/typebox';
import { Errors, type ValueError, ValueErrorType } from '@sinclair/typebox/errors';
import './formats.js';
import { LISTED_PROBLEMS, type Problem, ProblemList } from './problem.js';

/**
 * The places where `value` breaks `schema`, with a message a person can act on, added to `problems` until it is
 * full; returns the problems of that list. No check runs first: the errors are found as they are read, none in
 * a valid value, and checkSnapshot asks only once its generated checks have said no.
 */
export function schemaProblems(schema: TSchema, value: unknown, at = '', problems = new ProblemList()): Problem[] {
  collect(Errors(schema, value), at, problems, new Set());
  return problems.problems;
}

/** `seen` holds the places named: one message per place, as a missing property is also a wrong type of `undefined`. */
function collect(errors: Iterable<ValueError>, at: string, out: ProblemList, seen: Set<string>) {
  for (const error of errors) {
    if (out.full) return;
    const path = at + error.path;
    if (error.type === ValueErrorType.Union && error.errors.length > 0) {
      const variants = error.errors.map((iterator) => first(iterator, LISTED_PROBLEMS + 1));
      const best = closestVariant(variants, error.path);
      if (best) {
        collect(best, at, out, seen);
        continue;
      }
    }
    if (seen.has(path)) continue;
    seen.add(path);
    out.add(path, error.type === ValueErrorType.Union ? unionMessage(error) : describe(error));
  }
}

/** The first `count` items of an iterator: TypeBox finds errors lazily, and a hostile value has no end of them. */
function first<T>(items: Iterable<T>, count: number): T[] {
  const taken: T[] = [];
  for (const item of items) {
    if (taken.length === count) break;
    taken.push(item);
  }
  return taken;
}

const TYPE_MISMATCH = new Set([
  ValueErrorType.String,
  ValueErrorType.Number,
  ValueErrorType.Integer,
  ValueErrorType.Boolean,
  ValueErrorType.Null,
  ValueErrorType.Object,
  ValueErrorType.Array,
  ValueErrorType.Literal,
]);

/**
 * The union member the value was most likely meant to be: the one whose discriminant matched
 * (no literal mismatch just below the value) and whose remaining errors are fewest and deepest.
 * Undefined when no member fits better than another.
 */
function closestVariant(variants: ValueError[][], path: string): ValueError[] | undefined {
  const scored = variants.map((errors) => ({
    errors,
    score: errors.reduce((sum, e) => {
      if (e.path === path) return sum + (TYPE_MISMATCH.has(e.type) ? 1000 : 1);
      const isDiscriminant = e.type === ValueErrorType.Literal && e.path.lastIndexOf('/') === path.length;
      return sum + (isDiscriminant ? 100 : 1);
    }, 0),
  }));
  scored.sort((a, b) => a.score - b.score);
  const [first, second] = scored;
  if (!first || (second && second.score === first.score) || first.score >= 100) return undefined;
  return first.errors;
}

function unionMessage(error: ValueError): string {
  const options = (error.schema.anyOf as TSchema[] | undefined) ?? [];
  const constants = options.map((o) => o.const).filter((c) => c !== undefined);
  if (constants.length === options.length && constants.length > 0) {
    return `Expected one of ${constants.map((c) => JSON.stringify(c)).join(', ')}.`;
  }
  const discriminants = options.map((o) => o.properties?.kind?.const ?? o.properties?.type?.const).filter(Boolean);
  if (discriminants.length === options.length && discriminants.length > 0) {
    return `Expected a kind of ${discriminants.map((d) => JSON.stringify(d)).join(', ')}.`;
  }
  return 'The value matches none of the allowed shapes.';
}

function describe(error: ValueError): string {
  switch (error.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return 'This property is required.';
    case ValueErrorType.ObjectAdditionalProperties:
      // A record says what its keys must be in its description.
      return error.schema.patternProperties && error.schema.description
        ? `This key is not allowed. ${error.schema.description}`
        : 'This property is not allowed here.';
    case ValueErrorType.StringPattern:
    case ValueErrorType.StringFormat:
    case ValueErrorType.StringMinLength:
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.IntegerMaximum:
    case ValueErrorType.NumberMinimum:
    case ValueErrorType.NumberMaximum:
      return error.schema.description ? `Expected ${lowerFirst(error.schema.description)}` : `${error.message}.`;
    case ValueErrorType.Literal:
      return `Expected ${JSON.stringify(error.schema.const)}.`;
    default:
      return `${error.message}.`;
  }
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
