// The id and identifier patterns and the date check without TypeBox: editors test names and ids with them, and the
// generated checks import isIsoDateTime from here, so neither pulls TypeBox into a remote's first load.

/** Ids of projects and of every record inside a snapshot: URL- and file-name-safe. */
export const ID_PATTERN = '^[A-Za-z0-9_-]{1,64}$';

/** A name usable in expressions and code: variable names, component types, domain keys. */
export const IDENTIFIER_PATTERN = '^[A-Za-z_$][A-Za-z0-9_$]{0,63}$';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}
