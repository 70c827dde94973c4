import { type checkSnapshot, type Problem, pointer, type SnapshotDraft } from '@psb/contracts';
import { type DomainFormat, MigrationError, migrateSnapshot, NewerVersionError } from './migrateSnapshot.js';

export type FileReading =
  | { kind: 'ok'; snapshot: SnapshotDraft }
  /** Not a snapshot this editor can take at all: not JSON, too new, or not upgradable. */
  | { kind: 'refused'; title: string; message: string }
  /** A snapshot with problems: every one of them, each at its JSON path. */
  | { kind: 'invalid'; problems: Problem[] };

/** Reads an exported file's text as a snapshot to import: parse, migrate, validate. Never throws. */
export function readSnapshotFile(text: string, domains: Record<string, DomainFormat>, check: typeof checkSnapshot): FileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { kind: 'refused', title: 'This file is not JSON', message: `It cannot be read as JSON: ${(error as Error).message}` };
  }
  const poisoned = forbiddenKey(parsed);
  if (poisoned) {
    return {
      kind: 'refused',
      title: 'This file cannot be imported',
      message: `It holds a "${poisoned.key}" key at ${poisoned.path || '/'}, which no snapshot has: it could change how the editor itself behaves.`,
    };
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
  const problems = check(migrated, { draft: true });
  return problems.length > 0 ? { kind: 'invalid', problems } : { kind: 'ok', snapshot: migrated as SnapshotDraft };
}

/** The first `__proto__`, or `constructor` holding `prototype`, anywhere in a parsed document; found without recursion. */
function forbiddenKey(root: unknown): { key: string; path: string } | undefined {
  const stack: { value: unknown; path: string[] }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as (typeof stack)[number];
    if (typeof value !== 'object' || value === null) continue;
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      if (key === '__proto__') return { key, path: pointer(...path) };
      if (key === 'constructor' && typeof child === 'object' && child !== null && Object.hasOwn(child, 'prototype')) {
        return { key: 'constructor.prototype', path: pointer(...path) };
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
  return undefined;
}
