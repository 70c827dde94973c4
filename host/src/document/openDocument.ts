import {
  type checkSnapshot,
  type EditorSnapshot,
  pointer,
  type Snapshot,
  type SnapshotDraft,
  snapshotForEditor,
} from '@psb/contracts';
import type { DocumentFailure } from './failures.js';
import { type DomainFormat, MigrationError, migrateSnapshot, NewerVersionError } from './migrateSnapshot.js';

export type Check = typeof checkSnapshot;

/** Runs one named step of opening or saving; the session records each as a User Timing measure, a benchmark times them. */
export type Timer = <T>(step: string, run: () => T) => T;

const untimed: Timer = (_step, run) => run();

/**
 * Where a document comes from. The server stored it after checking it, with the meta it assigns; a file a person
 * picked may hold anything, and is a draft: the server gives it its meta when it is stored.
 */
export type Origin = 'server' | 'file';

export type Opening<S> = { ok: true; snapshot: S } | { ok: false; failure: DocumentFailure };

export interface OpenOptions {
  /** The formats of the domains loaded now, for migrations. */
  formats: Record<string, DomainFormat>;
  check: Check;
  time?: Timer;
}

/**
 * A stored project's or a file's document, ready to hydrate: parsed (a file's text), migrated to this build,
 * checked, and in the form its editors hold (`snapshotForEditor`). A stored document is frozen as it is checked:
 * a loaded document is never changed in place, and Immer leaves frozen state alone instead of walking each domain's
 * new state to freeze it. A file is first searched for keys that could reach the editor's own prototypes. Never
 * throws for a document it cannot take: it says why.
 */
export function openDocument(input: { value: unknown }, from: 'server', options: OpenOptions): Opening<EditorSnapshot>;
export function openDocument(input: { text: string }, from: 'file', options: OpenOptions): Opening<EditorSnapshot<SnapshotDraft>>;
export function openDocument(
  input: { value: unknown } | { text: string },
  from: Origin,
  { formats, check, time = untimed }: OpenOptions,
): Opening<EditorSnapshot | EditorSnapshot<SnapshotDraft>> {
  let parsed: unknown;
  if ('text' in input) {
    try {
      parsed = time('parse', () => JSON.parse(input.text));
    } catch (error) {
      return { ok: false, failure: { kind: 'notJson', message: (error as Error).message } };
    }
  } else {
    parsed = input.value;
  }
  if (from === 'file') {
    const forbidden = forbiddenKey(parsed);
    if (forbidden) return { ok: false, failure: { kind: 'forbiddenKey', ...forbidden } };
  }
  let migrated: unknown;
  try {
    migrated = time('migrate', () => migrateSnapshot(parsed, { domains: formats }));
  } catch (error) {
    if (error instanceof NewerVersionError) return { ok: false, failure: { kind: 'tooNew', from, message: error.message } };
    if (error instanceof MigrationError) return { ok: false, failure: { kind: 'notUpgradable', from, message: error.message } };
    throw error;
  }
  const problems = time('check', () => check(migrated, from === 'server' ? { freeze: true } : { draft: true }));
  if (problems.length > 0) return { ok: false, failure: { kind: 'invalid', from, problems } };
  return { ok: true, snapshot: time('convert', () => snapshotForEditor(migrated as Snapshot | SnapshotDraft)) };
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
