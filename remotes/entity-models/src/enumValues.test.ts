import { describe, expect, it } from 'vitest';
import { enumValueProblem, freeEnumValue } from './enumValues.js';

describe('enum values', () => {
  it('refuses an empty or blank value, and one another position already has', () => {
    const values = ['gold', 'silver'];
    expect(enumValueProblem(values, 1, 'bronze')).toBeUndefined();
    expect(enumValueProblem(values, 1, 'silver')).toBeUndefined();
    expect(enumValueProblem(values, 1, 'gold')).toBe('Another value is already "gold".');
    expect(enumValueProblem(values, 1, '')).toBe('A value cannot be empty.');
    expect(enumValueProblem(values, 1, '   ')).toBe('A value cannot be empty.');
  });

  it('names a new value after the count, skipping ones taken', () => {
    expect(freeEnumValue([])).toBe('value1');
    expect(freeEnumValue(['value1'])).toBe('value2');
    expect(freeEnumValue(['a', 'value3'])).toBe('value4');
  });
});
