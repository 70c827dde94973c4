/** Turns a snapshot envelope of version N into version N + 1. Pure; throws on a document it cannot read. */
export type EnvelopeMigration = (snapshot: never) => Record<string, unknown>;

/**
 * `ENVELOPE_MIGRATIONS[n]` upgrades `schemaVersion` n to n + 1. Version 1 is the first, so there are
 * none yet: when the envelope changes, SCHEMA_VERSION goes up and its migration is added here, with a test.
 */
export const ENVELOPE_MIGRATIONS: Record<number, EnvelopeMigration> = {};
