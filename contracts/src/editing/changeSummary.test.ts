import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './changeSummary.js';

describe('a summary of changes', () => {
  it('shows six phrases in full, and from seven on the first five and a count of the rest', () => {
    const phrases = (n: number) => Array.from({ length: n }, (_, i) => `change ${i + 1}`);
    expect(summarizeChanges(phrases(6))).toEqual(phrases(6));
    expect(summarizeChanges(phrases(17))).toEqual([...phrases(5), 'and 12 more changes']);
    expect(summarizeChanges([])).toEqual([]);
  });
});
