import { checkSnapshot, type Problem, type SnapshotDraft } from '@psb/contracts';
import { type DomainFormat, MigrationError, migrateSnapshot, NewerVersionError } from './migrateSnapshot.js';

export type FileReading =
  | { kind: 'ok'; snapshot: SnapshotDraft }
  /** Not a snapshot this editor can take at all: not JSON, too new, or not upgradable. */
  | { kind: 'refused'; title: string; message: string }
  /** A snapshot with problems: every one of them, each at its JSON path. */
  | { kind: 'invalid'; problems: Problem[] };

/** Reads an exported file's text as a snapshot to import: parse, migrate, validate. Never throws. */
export function readSnapshotFile(text: string, domains: Record<string, DomainFormat>): FileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'refused', title: 'This file is not JSON', message: `It cannot be read as JSON: ${(error as Error).message}` };
  }
  let migrated: unknown;
  try {
    migrated = migrateSnapshot(parsed, { domains });
  } catch (error) {
    if (error instanceof NewerVersionError)
      return { kind: 'refused', title: 'This file is too new for this editor', message: error.message };
    if (error instanceof MigrationError)
      return { kind: 'refused', title: 'This file could not be upgraded', message: error.message };
    throw error;
  }
  const problems = checkSnapshot(migrated, { draft: true });
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', snapshot: migrated as SnapshotDraft };
}
