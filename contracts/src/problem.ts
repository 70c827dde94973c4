/** One thing wrong with a document, located by its JSON Pointer (RFC 6901), e.g. `/componentTree/rootIds/0`. */
export interface Problem {
  path: string;
  message: string;
}

/**
 * How many problems a reply or a dialog lists. Checks stop looking one past it, so a longer list says only that
 * there are more: a hostile document can hold millions, and naming them all would cost far more than reading it.
 */
export const LISTED_PROBLEMS = 100;

/** Problems as a check finds them, up to one past LISTED_PROBLEMS; a check stops looking once the list is full. */
export class ProblemList {
  constructor(
    readonly problems: Problem[] = [],
    private readonly skipped?: ReadonlySet<string>,
  ) {}

  get full(): boolean {
    return this.problems.length > LISTED_PROBLEMS;
  }

  add(path: string, message: string): void {
    if (!this.full && !this.skipped?.has(path)) this.problems.push({ path, message });
  }

  /** The same list, leaving out problems at `paths`: a place already named is not named twice. */
  except(paths: ReadonlySet<string>): ProblemList {
    return new ProblemList(this.problems, paths);
  }
}

/** "One problem", "12 problems", or "More than 100 problems" for a list a check cut short. */
export function countProblems(problems: readonly Problem[]): string {
  if (problems.length === 1) return 'One problem';
  if (problems.length > LISTED_PROBLEMS) return `More than ${LISTED_PROBLEMS} problems`;
  return `${problems.length} problems`;
}

/** Escapes one key for a JSON Pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
