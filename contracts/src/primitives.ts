import { type Static, type TSchema, Type } from '@sinclair/typebox';

/** Ids of projects and of every record inside a snapshot: URL- and file-name-safe. */
export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';
export const Id = Type.String({ pattern: ID_PATTERN, description: 'Letters, digits, _ and -; 1 to 64 characters.' });
export type Id = Static<typeof Id>;

/**
 * Records by id (nodes, variables, models, flows). A key that is not an id is refused: a record keyed by any
 * string would check no key holding a line break (TypeBox matches keys against `^(.*)$`), and let it through.
 */
export const ById = <T extends TSchema>(item: T) =>
  Type.Record(Id, item, {
    additionalProperties: false,
    description: 'Keys here are ids: letters, digits, _ and -; 1 to 64 characters.',
  });

/** A name usable in expressions and code: variable names, component types, domain keys. */
export const IDENTIFIER_PATTERN = '^[A-Za-z_$][A-Za-z0-9_$]{0,63}$';
export const Identifier = Type.String({ pattern: IDENTIFIER_PATTERN, description: 'A JavaScript-style identifier.' });

/** A human-facing name: not empty, not only spaces. */
export const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'A name that is not blank.' });

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}
export const IsoDateTime = Type.String({
  format: 'date-time',
  description: 'An ISO 8601 date and time, e.g. 2026-01-31T12:00:00.000Z.',
});

/** Any JSON value (variable values, component props). */
export const Json = Type.Unknown({ description: 'Any JSON value.' });
