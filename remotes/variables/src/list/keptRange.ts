import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows to draw: those in view, and those to keep (the one holding focus, the tab stop) even when scrolled
 * away, so that focus and the way back to the list by Tab are not lost when their row leaves the window.
 */
export const keptRange =
  (kept: readonly number[]) =>
  (range: Range): number[] => {
    const indexes = new Set(defaultRangeExtractor(range));
    for (const index of kept) if (index >= 0 && index < range.count) indexes.add(index);
    return [...indexes].sort((a, b) => a - b);
  };
