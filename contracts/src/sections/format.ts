import type { SectionMigration } from '../domainModule.js';

// A section's format without its schema: what the shell needs to start an empty document, and what a remote
// needs to upgrade an older one. Kept apart from TypeBox, which the shell loads only to check a document.

/** One domain section's format: the version this build writes, how to reach it, and its empty value. */
export interface SectionFormat<K extends string = string, S = unknown> {
  /** The section's key in the snapshot, and its domain's key. */
  key: K;
  /** The format version this build writes: always 1 + the number of migrations. */
  version: number;
  /** `migrations[n]` turns version n into n + 1, for every n from 1 to `version` - 1. */
  migrations: Readonly<Record<number, SectionMigration>>;
  /** The section of a new project: the same in a file and in an editor. */
  emptySection(): S;
  /**
   * The section as its editor holds it, when that differs from the file's (the tree keeps its nodes in buckets).
   * Without it, a section is held as it is stored. The host converts a document it opens, after its checks.
   */
  toEditor?(section: S): unknown;
  /** The section as a file holds it, from `toEditor`'s form: what the host checks, saves, exports and keeps. */
  toFile?(section: never): S;
}

/** The section format, its key and section type kept as literal types. */
export const defineFormat = <K extends string, S>(format: SectionFormat<K, S>) => format;

/**
 * Why a format's version and migrations disagree, or undefined when they agree: a version bump needs its
 * migration, and a migration needs its version bump.
 */
export function formatProblem({ key, version, migrations }: SectionFormat): string | undefined {
  if (!Number.isInteger(version) || version < 1) return `${key}: the version must be a whole number from 1.`;
  const froms = Object.keys(migrations).map(Number);
  const missing = Array.from({ length: version - 1 }, (_, i) => i + 1).filter((n) => typeof migrations[n] !== 'function');
  if (missing.length > 0) return `${key}: version ${version} lacks the migration from version ${missing.join(', ')}.`;
  const extra = froms.filter((n) => !(Number.isInteger(n) && n >= 1 && n < version));
  if (extra.length > 0) return `${key}: the migration from version ${extra.join(', ')} leads past version ${version}.`;
  return undefined;
}

/**
 * A section of version `from` brought to the format's version, one migration at a time. Pure as its migrations
 * are; throws when one throws or is missing, and when the section is newer than the format.
 */
export function migrateSection(format: SectionFormat, section: unknown, from: number): unknown {
  if (from > format.version) throw new RangeError(`${format.key}: version ${from} is newer than ${format.version}.`);
  let value = section;
  for (let version = from; version < format.version; version++) {
    const migration = format.migrations[version];
    if (!migration) throw new RangeError(`${format.key}: no migration from version ${version}.`);
    value = migration(value as never);
  }
  return value;
}
