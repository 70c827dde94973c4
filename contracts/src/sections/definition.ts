import type { Static, TSchema } from '@sinclair/typebox';
import type { Check } from '../compiled/schemaChecks.js';
import type { Problem, ProblemList } from '../problem.js';
import type { SectionFormat } from './format.js';

/** The sections of the snapshot being checked that fit their schemas, by key: what an integrity check may read. */
export type ValidSections = Readonly<Record<string, unknown>>;

/** Everything about one domain section, in one place: its format, its schema and its checks. */
export interface SectionDefinition<K extends string = string, T extends TSchema = TSchema> extends SectionFormat<K, Static<T>> {
  /** The schema of the section at `version`. */
  schema: T;
  /** The generated check of `schema` (compiled/schemaChecks.ts): TypeBox explains only a section it refuses. */
  fits: Check;
  /**
   * What the schema cannot say (ids that must point somewhere, a tree without cycles), asked of a section that
   * fits it. `valid` holds the other sections that fit theirs: a section that refers to another reads it there,
   * and checks less when it is missing. Adds what it finds to `problems` (a new list when none is given) until
   * that is full, and returns that list's problems.
   */
  integrity(section: Static<T>, valid: ValidSections, problems?: ProblemList): Problem[];
  /**
   * The references the schema cannot check, asked of a section that does not fit it, so that a file with a
   * structural problem still lists its dangling ids too. It reads the section defensively: any part may be missing
   * or of the wrong type (the schema's problems name those). Adds to `problems` as `integrity` does.
   */
  references?(section: unknown, valid: ValidSections, problems?: ProblemList): Problem[];
}

/** A section definition, its key and schema kept as literal types. */
export const defineSection = <K extends string, T extends TSchema>(definition: SectionDefinition<K, T>) => definition;
