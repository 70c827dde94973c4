import { describe, expect, it } from 'vitest';
import { propProblem } from './propProblem.js';

describe('propProblem: whether a prop may take a value, and why not', () => {
  it('accepts what a saved project may hold', () => {
    expect(propProblem('Container', 'gap', 0)).toBeUndefined();
    expect(propProblem('Container', 'gap', 200)).toBeUndefined();
    expect(propProblem('Text', 'variant', 'heading')).toBeUndefined();
    expect(propProblem('Input', 'variable', 'v_1')).toBeUndefined();
  });

  it('says what is expected instead', () => {
    expect(propProblem('Container', 'gap', 201)).toBe('Expected pixels, 0 to 200.');
    expect(propProblem('Container', 'padding', -1)).toBe('Expected pixels, 0 to 200.');
    expect(propProblem('Container', 'gap', 1.5)).toBe('Expected a whole number.');
    expect(propProblem('Text', 'variant', 'huge')).toBe('Expected one of "heading", "subheading", "body".');
    expect(propProblem('Input', 'placeholder', 'x'.repeat(501))).toBe('At most 500 characters.');
    expect(propProblem('Input', 'placeholder', 3)).toBe('Expected text.');
    expect(propProblem('Input', 'variable', 'not an id')).toBe('Not a valid variable.');
  });

  it('refuses a prop the type does not have, and a type not in the catalogue', () => {
    expect(propProblem('Text', 'gap', 8)).toBe('A Text has no prop "gap".');
    expect(propProblem('Text', 'toString', 'x')).toBe('A Text has no prop "toString".');
    expect(propProblem('Marquee', 'speed', 1)).toBe('A Marquee has no prop "speed".');
  });
});
