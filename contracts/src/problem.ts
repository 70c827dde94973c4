/** One thing wrong with a document, located by its JSON Pointer (RFC 6901), e.g. `/componentTree/rootIds/0`. */
export interface Problem {
  path: string;
  message: string;
}

/** How many problems a reply or a dialog lists: the rest are counted, not listed. */
export const LISTED_PROBLEMS = 100;

/** Appends `more` without spreading it: a hostile document can have more problems than a call has room for arguments. */
export function appendProblems(problems: Problem[], more: readonly Problem[]): void {
  for (const problem of more) problems.push(problem);
}

/** Escapes one key for a JSON Pointer. */
export function pointer(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}
