import { ENVELOPE_MIGRATIONS, type EnvelopeMigration, SCHEMA_VERSION, type SectionMigration } from '@psb/contracts';

/** What the running build knows of a domain's section format. */
export interface DomainFormat {
  version: number;
  migrations?: Record<number, SectionMigration>;
}

export interface MigrateOptions {
  /** The formats of the domains loaded now; sections of other domains are kept at their version. */
  domains: Record<string, DomainFormat>;
  envelopeVersion?: number;
  envelopeMigrations?: Record<number, EnvelopeMigration>;
}

/** The document is newer than this build: the snapshot itself, or one domain's section. */
export class NewerVersionError extends Error {
  constructor(
    /** `snapshot`, or the key of the section. */
    readonly part: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      part === 'snapshot'
        ? `This file is snapshot version ${found}; this editor reads up to version ${supported}. Open it with a newer editor.`
        : `Its "${part}" section is version ${found}; this editor's ${part} reads up to version ${supported}. Open it with a newer editor.`,
    );
    this.name = 'NewerVersionError';
  }
}

/** A migration threw, or a step to the current version is missing. */
export class MigrationError extends Error {
  constructor(
    readonly part: string,
    readonly from: number,
    message: string,
  ) {
    super(`The ${part === 'snapshot' ? 'snapshot' : `"${part}" section`} could not be upgraded from version ${from}: ${message}`);
    this.name = 'MigrationError';
  }
}

/**
 * Brings a document up to this build: envelope migrations by `schemaVersion`, then each loaded
 * domain's own migrations by `domainVersions[key]` (a missing entry means 1). Pure: the input is not
 * changed. Throws NewerVersionError or MigrationError; a document it returns is not yet validated.
 */
export function migrateSnapshot(input: unknown, options: MigrateOptions): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input as Record<string, unknown>;
  const envelopeVersion = options.envelopeVersion ?? SCHEMA_VERSION;
  let doc = { ...(input as Record<string, unknown>) };

  const found = doc.schemaVersion;
  if (typeof found === 'number' && Number.isInteger(found)) {
    if (found > envelopeVersion) throw new NewerVersionError('snapshot', found, envelopeVersion);
    doc = upgrade('snapshot', doc, found, envelopeVersion, options.envelopeMigrations ?? ENVELOPE_MIGRATIONS) as Record<
      string,
      unknown
    >;
    doc.schemaVersion = envelopeVersion;
  }

  const versions = { ...((doc.domainVersions as Record<string, number> | undefined) ?? {}) };
  for (const [key, format] of Object.entries(options.domains)) {
    const from = versions[key] ?? 1;
    if (from > format.version) throw new NewerVersionError(key, from, format.version);
    if (!(key in doc)) continue;
    if (from < format.version) doc[key] = upgrade(key, doc[key], from, format.version, format.migrations ?? {});
    versions[key] = format.version;
  }
  if (doc.domainVersions !== undefined || Object.keys(options.domains).length > 0) doc.domainVersions = versions;
  return doc;
}

/** Runs the migrations from `from` up to `to`, one version at a time. */
export function upgrade<T>(
  part: string,
  value: T,
  from: number,
  to: number,
  migrations: Record<number, (value: never) => unknown>,
): T {
  let current: unknown = value;
  for (let version = from; version < to; version++) {
    const step = migrations[version];
    if (!step) throw new MigrationError(part, version, `no migration from version ${version} to ${version + 1}`);
    try {
      current = step(structuredClone(current) as never);
    } catch (error) {
      throw new MigrationError(part, version, error instanceof Error ? error.message : String(error));
    }
  }
  return current as T;
}
