import { isSnapshotDraftEnvelope, isSnapshotEnvelope, sectionChecks } from './compiled/schemaChecks.js';
import { DOMAIN_KEYS, type DomainKey, SCHEMA_VERSION } from './envelope.js';
import { type Problem, pointer } from './problem.js';
import { schemaProblems } from './schemaProblems.js';
import { checkActionFlows } from './sections/actionFlows.js';
import { checkComponentTree } from './sections/componentTree.js';
import { checkEntityModels } from './sections/entityModels.js';
import { checkVariables } from './sections/variables.js';
import { SECTION_SCHEMAS, type Snapshot, SnapshotDraftEnvelope, SnapshotEnvelope } from './snapshot.js';

/** Deeper than this, a document is refused before anything walks it recursively. */
export const MAX_DEPTH = 128;

export interface CheckOptions {
  /** Check a snapshot as a client sends it to be stored: the meta's id and dates may be missing. */
  draft?: boolean;
}

const INTEGRITY: Record<DomainKey, (section: never, snapshot: Snapshot) => Problem[]> = {
  componentTree: (s) => checkComponentTree(s),
  variables: (s) => checkVariables(s),
  entityModels: (s) => checkEntityModels(s),
  actionFlows: (s, snapshot) => checkActionFlows(s, snapshot.componentTree),
};

/**
 * Every problem with a snapshot, each at its JSON Pointer: the schema's, then integrity that
 * JSON Schema cannot express (ids that must point somewhere, a tree without cycles).
 * A section whose `domainVersions` entry is newer than 1 is only required to be an object:
 * its own domain, not this build, knows its format. An empty list means the snapshot is valid.
 */
export function checkSnapshot(value: unknown, options: CheckOptions = {}): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: '', message: 'A snapshot must be a JSON object.' }];
  }
  const deep = firstTooDeep(value);
  if (deep !== undefined) return [{ path: deep, message: `The document is nested deeper than ${MAX_DEPTH} levels.` }];

  const version = (value as { schemaVersion?: unknown }).schemaVersion;
  if (Number.isInteger(version) && version !== SCHEMA_VERSION) {
    return [
      {
        path: '/schemaVersion',
        message: `Snapshot version ${version} is not version ${SCHEMA_VERSION}, the one this build reads.`,
      },
    ];
  }

  // The generated checks answer whether a schema is met; TypeBox, slower, only explains where it is not.
  const isEnvelope = options.draft ? isSnapshotDraftEnvelope : isSnapshotEnvelope;
  const problems = isEnvelope(value) ? [] : schemaProblems(options.draft ? SnapshotDraftEnvelope : SnapshotEnvelope, value);
  const snapshot = value as Snapshot;
  const versions = (snapshot.domainVersions ?? {}) as Record<string, number>;
  const valid = new Set<DomainKey>();
  for (const key of DOMAIN_KEYS) {
    const section = snapshot[key];
    if (typeof section !== 'object' || section === null || (versions[key] ?? 1) !== 1) continue;
    const sectionProblems = sectionChecks[key](section) ? [] : schemaProblems(SECTION_SCHEMAS[key], section, `/${key}`);
    problems.push(...sectionProblems);
    if (sectionProblems.length === 0) valid.add(key);
  }
  for (const key of DOMAIN_KEYS) {
    if (!valid.has(key)) continue;
    // Bindings are checked against the tree only when the tree itself could be read.
    if (key === 'actionFlows' && !valid.has('componentTree')) {
      problems.push(...checkActionFlows(snapshot.actionFlows, undefined));
      continue;
    }
    problems.push(...INTEGRITY[key](snapshot[key] as never, snapshot));
  }
  return problems;
}

/**
 * The pointer of the first value nested deeper than MAX_DEPTH. The common case, a document within the limit,
 * is answered by a walk that keeps no paths; only a document over it is walked again to name the place.
 */
function firstTooDeep(root: object): string | undefined {
  return nestedDeeper(root, MAX_DEPTH) ? pathTooDeep(root) : undefined;
}

/**
 * Whether an object or array lies `levels` or more below `value`. Recursion is safe: it stops at `levels`.
 * Arrays are read by index (a JSON array holds nothing else), objects by key: both copy less than Object.values.
 */
function nestedDeeper(value: object, levels: number): boolean {
  if (levels === 0) return true;
  if (Array.isArray(value)) {
    for (const child of value) if (isContainer(child) && nestedDeeper(child, levels - 1)) return true;
    return false;
  }
  for (const key of Object.keys(value)) {
    const child = (value as Record<string, unknown>)[key];
    if (isContainer(child) && nestedDeeper(child, levels - 1)) return true;
  }
  return false;
}

const isContainer = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The pointer of the first value nested deeper than MAX_DEPTH, found without recursion. */
function pathTooDeep(root: object): string | undefined {
  type Frame = { value: object; depth: number; key: string; parent: Frame | null };
  const stack: Frame[] = [{ value: root, depth: 0, key: '', parent: null }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.depth >= MAX_DEPTH) {
      const path: string[] = [];
      for (let f: Frame | null = frame; f?.parent; f = f.parent) path.unshift(f.key);
      return pointer(...path);
    }
    for (const [key, child] of Object.entries(frame.value)) {
      if (typeof child === 'object' && child !== null) stack.push({ value: child, depth: frame.depth + 1, key, parent: frame });
    }
  }
  return undefined;
}
