import { isSnapshotDraftEnvelope, isSnapshotEnvelope, sectionChecks } from './compiled/schemaChecks.js';
import { firstTooDeep, MAX_DEPTH, withinDepth } from './depth.js';
import { DOMAIN_KEYS, type DomainKey, SCHEMA_VERSION } from './envelope.js';
import type { Problem } from './problem.js';
import { schemaProblems } from './schemaProblems.js';
import { checkActionFlows } from './sections/actionFlows.js';
import { checkComponentTree } from './sections/componentTree.js';
import { checkEntityModels } from './sections/entityModels.js';
import { checkVariables } from './sections/variables.js';
import { SECTION_SCHEMAS, type Snapshot, SnapshotDraftEnvelope, SnapshotEnvelope } from './snapshot.js';

export { MAX_DEPTH };

export interface CheckOptions {
  /** Check a snapshot as a client sends it to be stored: the meta's id and dates may be missing. */
  draft?: boolean;
  /**
   * Freeze every object and array of the document in the same pass, so that a caller that keeps it unchanged
   * does not walk it again: Immer, for one, leaves frozen state alone. A document found invalid may be left
   * partly frozen.
   */
  freeze?: boolean;
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
  const snapshot = value as Snapshot;
  const versions = (snapshot.domainVersions ?? {}) as Record<string, number>;
  // A section is checked by its version 1 schema, or only required to be an object when its domain is newer.
  const readable = (key: DomainKey) => {
    const section = snapshot[key];
    return typeof section === 'object' && section !== null && (versions[key] ?? 1) === 1;
  };

  // The generated checks answer whether a schema is met, and guard depth on the way; TypeBox, slower, only
  // explains where a schema is not met, after a walk has made sure the document is not too deep to explain.
  const { freeze = false } = options;
  const isEnvelope = options.draft ? isSnapshotDraftEnvelope : isSnapshotEnvelope;
  const readableKeys = DOMAIN_KEYS.filter(readable);
  const envelopeFits = isEnvelope(value, 0, freeze) && keptAsIsWithinDepth(snapshot, readableKeys, freeze);
  const sectionFits = readableKeys.filter((key) => sectionChecks[key](snapshot[key], 1, freeze));
  if (!envelopeFits || sectionFits.length < readableKeys.length) {
    const deep = firstTooDeep(value);
    if (deep !== undefined) return [{ path: deep, message: `The document is nested deeper than ${MAX_DEPTH} levels.` }];
    const version = snapshot.schemaVersion as unknown;
    if (Number.isInteger(version) && version !== SCHEMA_VERSION) {
      return [
        {
          path: '/schemaVersion',
          message: `Snapshot version ${version} is not version ${SCHEMA_VERSION}, the one this build reads.`,
        },
      ];
    }
  }

  const problems = envelopeFits ? [] : schemaProblems(options.draft ? SnapshotDraftEnvelope : SnapshotEnvelope, value);
  const valid = new Set<DomainKey>(sectionFits);
  for (const key of readableKeys) {
    if (valid.has(key)) continue;
    const sectionProblems = schemaProblems(SECTION_SCHEMAS[key], snapshot[key], `/${key}`);
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
 * Whether what the envelope keeps as it is lies within depth: the sections of domains newer than this build,
 * and keys of domains it does not know. The generated envelope checks do not look inside them.
 */
function keptAsIsWithinDepth(snapshot: Snapshot, readableKeys: readonly DomainKey[], freeze: boolean): boolean {
  const checkedKeys = new Set<string>([...ENVELOPE_KEYS, ...readableKeys]);
  for (const key of Object.keys(snapshot)) {
    if (!checkedKeys.has(key) && !withinDepth((snapshot as unknown as Record<string, unknown>)[key], 1, freeze)) return false;
  }
  return true;
}

/** The envelope's own keys, which its generated check walks. */
const ENVELOPE_KEYS = ['schemaVersion', 'meta', 'ui', 'domainVersions'];
