import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';

/**
 * The rows to draw: those in view, and the one holding focus even when scrolled away, so that what is being typed
 * there (and the focus itself) is not lost when its row leaves the window.
 */
export const keptRange =
  (keptIndex: number) =>
  (range: Range): number[] => {
    const indexes = defaultRangeExtractor(range);
    if (keptIndex < 0 || keptIndex >= range.count || indexes.includes(keptIndex)) return indexes;
    return [...indexes, keptIndex].sort((a, b) => a - b);
  };
