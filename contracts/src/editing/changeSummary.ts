/** How many phrases a summary of changes shows before it only counts the rest: a summary, not a list. */
export const SHOWN_CHANGES_MAX = 5;

/**
 * The first few phrases of what changed, then how many more: "and 12 more changes" (never "and 1 more", which
 * would fit). What every domain's `describeChanges` returns, so that the version history reads the same for each.
 */
export function summarizeChanges(phrases: string[]): string[] {
  if (phrases.length <= SHOWN_CHANGES_MAX + 1) return phrases;
  return [...phrases.slice(0, SHOWN_CHANGES_MAX), `and ${phrases.length - SHOWN_CHANGES_MAX} more changes`];
}
