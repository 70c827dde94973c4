import { describe, expect, it } from 'vitest';
import { prefersMinimal } from './prefer.js';

describe('Prefer: return=minimal', () => {
  it('is asked for in any spelling RFC 7240 allows', () => {
    expect(prefersMinimal('return=minimal')).toBe(true);
    expect(prefersMinimal('Return = "Minimal"')).toBe(true);
    expect(prefersMinimal('respond-async, wait=10, return=minimal; foo=bar')).toBe(true);
  });

  it('is not asked for without it, by another return, or after a first return that is not minimal', () => {
    expect(prefersMinimal(undefined)).toBe(false);
    expect(prefersMinimal('')).toBe(false);
    expect(prefersMinimal('return=representation')).toBe(false);
    expect(prefersMinimal('respond-async')).toBe(false);
    expect(prefersMinimal('return-minimal')).toBe(false);
    expect(prefersMinimal('return=representation, return=minimal')).toBe(false);
  });
});
