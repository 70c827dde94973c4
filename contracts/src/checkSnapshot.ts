import { isSnapshotDraftEnvelope, isSnapshotEnvelope } from './compiled/schemaChecks.js';
import { firstTooDeep, MAX_DEPTH, withinDepth } from './depth.js';
import { DOMAIN_KEYS, type DomainKey, SCHEMA_VERSION, sectionsOf } from './envelope.js';
import { type Problem, ProblemList } from './problem.js';
import { schemaProblems } from './schemaProblems.js';
import type { SectionDefinition } from './sections/definition.js';
import { SECTIONS } from './sections/registry.js';
import { type Snapshot, SnapshotDraftEnvelope, SnapshotEnvelope } from './snapshot.js';

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

const definitionOf = (key: DomainKey) => SECTIONS[key] as unknown as SectionDefinition;

/**
 * Every problem with a snapshot, each at its JSON Pointer: the schema's, then integrity that
 * JSON Schema cannot express (ids that must point somewhere, a tree without cycles); of a section that does not
 * fit its schema, the references that can still be read.
 * Each section of the registry (SECTIONS) is checked by its schema when its `domainVersions` entry (1 when
 * missing) is the version this build writes; at any other version it is only required to be an object: its
 * own domain's migrations, not this build, know that format. An empty list means the snapshot is valid.
 * The search stops one past LISTED_PROBLEMS: a longer list only says there are more.
 */
export function checkSnapshot(value: unknown, options: CheckOptions = {}): Problem[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [{ path: '', message: 'A snapshot must be a JSON object.' }];
  }
  const snapshot = value as Snapshot;
  const versions = (snapshot.domainVersions ?? {}) as Record<string, number>;
  const readable = (key: DomainKey) => {
    const section = snapshot[key];
    return typeof section === 'object' && section !== null && (versions[key] ?? 1) === SECTIONS[key].version;
  };

  // The generated checks answer whether a schema is met, and guard depth on the way; TypeBox, slower, only
  // explains where a schema is not met, after a walk has made sure the document is not too deep to explain.
  const { freeze = false } = options;
  const isEnvelope = options.draft ? isSnapshotDraftEnvelope : isSnapshotEnvelope;
  const readableKeys = DOMAIN_KEYS.filter(readable);
  const envelopeFits = isEnvelope(value, 0, freeze) && keptAsIsWithinDepth(snapshot, readableKeys, freeze);
  const sectionFits = readableKeys.filter((key) => definitionOf(key).fits(snapshot[key], 1, freeze));
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

  const problems = new ProblemList();
  if (!envelopeFits) schemaProblems(options.draft ? SnapshotDraftEnvelope : SnapshotEnvelope, value, '', problems);
  const valid: Record<string, unknown> = {};
  const refused = new Map<DomainKey, Set<string>>();
  for (const key of sectionFits) valid[key] = snapshot[key];
  for (const key of readableKeys) {
    if (key in valid) continue;
    const before = problems.problems.length;
    schemaProblems(definitionOf(key).schema, snapshot[key], `/${key}`, problems);
    const found = problems.problems.slice(before);
    // A full list may have had no room left for this section's problems: it is not known to be valid then.
    if (found.length === 0 && !problems.full) valid[key] = snapshot[key];
    else refused.set(key, new Set(found.map((problem) => problem.path)));
  }
  for (const key of DOMAIN_KEYS) {
    if (problems.full) break;
    const definition = definitionOf(key);
    if (key in valid) definition.integrity(valid[key], valid, problems);
    const reported = refused.get(key);
    if (reported === undefined || definition.references === undefined) continue;
    // A section its schema refused still has its references checked, as far as they can be read; an id the
    // schema already refused (not an id at all) is not named twice.
    definition.references(snapshot[key], valid, problems.except(reported));
  }
  return problems.problems;
}

/**
 * Whether what the envelope keeps as it is lies within depth: the sections of domains at another version than
 * this build's, and keys of domains it does not know. The generated envelope checks do not look inside them.
 */
function keptAsIsWithinDepth(snapshot: Snapshot, readableKeys: readonly DomainKey[], freeze: boolean): boolean {
  const checked = new Set<string>(readableKeys);
  for (const [key, section] of Object.entries(sectionsOf(snapshot))) {
    if (!checked.has(key) && !withinDepth(section, 1, freeze)) return false;
  }
  return true;
}
