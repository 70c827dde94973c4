import { describe, expect, it } from 'vitest';
import { ifMatchCondition, noneMatch } from './conditional.js';

describe('If-Match', () => {
  it('matches * and any listed strong tag, never a weak one', () => {
    expect(ifMatchCondition('*')('"a"')).toBe(true);
    expect(ifMatchCondition('"a"')('"a"')).toBe(true);
    expect(ifMatchCondition('"x", "a"')('"a"')).toBe(true);
    expect(ifMatchCondition('"b"')('"a"')).toBe(false);
    expect(ifMatchCondition('W/"a"')('"a"')).toBe(false);
    expect(ifMatchCondition('a')('"a"')).toBe(false);
  });
});

describe('If-None-Match', () => {
  it('is satisfied when no listed tag matches, comparing weakly', () => {
    expect(noneMatch(undefined, '"a"')).toBe(true);
    expect(noneMatch('"b"', '"a"')).toBe(true);
    expect(noneMatch('"a"', '"a"')).toBe(false);
    expect(noneMatch('W/"a"', '"a"')).toBe(false);
    expect(noneMatch('*', '"a"')).toBe(false);
  });
});
