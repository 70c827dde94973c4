import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows to draw: those in view, and those to keep (the one holding focus, a tab stop) even when scrolled away, so
 * that what is being typed there, the focus itself and the way back to the list by Tab are not lost when their row
 * leaves the window.
 */
export const keptRange =
  (kept: readonly number[]) =>
  (range: Range): number[] => {
    const indexes = defaultRangeExtractor(range);
    const extra = kept.filter((index) => index >= 0 && index < range.count && !indexes.includes(index));
    if (extra.length === 0) return indexes;
    return [...new Set([...indexes, ...extra])].sort((a, b) => a - b);
  };
