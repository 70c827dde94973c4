import { afterEach, describe, expect, it } from 'vitest';
import { measured } from './measured.js';

afterEach(() => performance.clearMeasures());

const measures = () => performance.getEntriesByType('measure').map((entry) => entry.name);

describe('measured', () => {
  it('returns what the step returns and records its time under the step’s name', () => {
    expect(measured('parse', () => JSON.parse('{"a":1}'))).toEqual({ a: 1 });
    const [entry] = performance.getEntriesByName('psb parse', 'measure');
    expect(entry?.duration).toBeGreaterThanOrEqual(0);
  });

  it('records a step that throws too, and lets the error through', () => {
    expect(() => measured('check', () => JSON.parse('{'))).toThrow(SyntaxError);
    expect(measures()).toEqual(['psb check']);
  });
});
