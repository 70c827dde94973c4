import { type Static, type TSchema, Type } from '@sinclair/typebox';
import { ID_PATTERN, IDENTIFIER_PATTERN } from './patterns.js';

export { ID_PATTERN, IDENTIFIER_PATTERN, isIsoDateTime } from './patterns.js';

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
export const Identifier = Type.String({ pattern: IDENTIFIER_PATTERN, description: 'A JavaScript-style identifier.' });

/** A human-facing name: not empty, not only spaces. */
export const Name = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'A name that is not blank.' });

export const IsoDateTime = Type.String({
  format: 'date-time',
  description: 'An ISO 8601 date and time, e.g. 2026-01-31T12:00:00.000Z.',
});

/** Any JSON value (variable values, component props). */
export const Json = Type.Unknown({ description: 'Any JSON value.' });
