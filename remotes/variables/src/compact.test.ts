import { describe, expect, it } from 'vitest';
import { compactValue } from './compact.js';

describe('compactValue', () => {
  it('shows a value as one line of JSON', () => {
    expect(compactValue('Ada')).toBe('"Ada"');
    expect(compactValue(3)).toBe('3');
    expect(compactValue(false)).toBe('false');
    expect(compactValue({ tier: 'gold' })).toBe('{"tier":"gold"}');
  });

  it('cuts a long one with an ellipsis', () => {
    const shown = compactValue('x'.repeat(100), 10);
    expect(shown).toBe(`"${'x'.repeat(8)}…`);
    expect(shown).toHaveLength(10);
  });
});
