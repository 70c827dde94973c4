import { describe, expect, it } from 'vitest';
import { emptyTimeline, type Limits, record, redo, type Side, undo } from './timeline.js';

const limits: Limits = { steps: 10, bytes: 1000, joinWithin: 1000 };
const side = (value: number): Side => ({ domains: { variables: value } });
const step = (from: number, to: number, at: number, group = 'g') => ({
  label: `${from}→${to}`,
  group,
  at,
  before: side(from),
  after: side(to),
});
const measure = () => 100;

describe('timeline', () => {
  it('joins steps of one group close in time, keeping the first before and the last after', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 500), limits, measure);
    t = record(t, step(2, 3, 1400), limits, measure);
    expect(t.past).toHaveLength(1);
    expect(t.past[0]).toMatchObject({ before: side(0), after: side(3), at: 1400 });
  });

  it('leaves no step when joined typing ends where it began', () => {
    const name = (value: string, at: number) => ({
      label: 'Rename project',
      group: 'name',
      at,
      before: { domains: {}, name: value },
      after: { domains: {}, name: value === 'a' ? 'ab' : 'a' },
    });
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, name('a', 2000), limits, measure);
    t = record(t, name('ab', 2300), limits, measure);
    expect(t.past).toHaveLength(1);
  });

  it('does not join after a pause, across groups, or what changed other things', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 1500), limits, measure);
    t = record(t, step(2, 3, 1600, 'other'), limits, measure);
    t = record(
      t,
      { ...step(3, 4, 1700, 'other'), before: { domains: { actionFlows: 3 } }, after: { domains: { actionFlows: 4 } } },
      limits,
      measure,
    );
    expect(t.past).toHaveLength(4);
  });

  it('never joins onto a step after an undo, and a new step drops the redo', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 1500), limits, measure);
    t = (undo(t) as { timeline: typeof t }).timeline;
    expect(t.future).toHaveLength(1);
    t = record(t, step(1, 5, 1600), limits, measure);
    expect(t.past.map((s) => s.after)).toEqual([side(1), side(5)]);
    expect(redo(t)).toBeUndefined();
  });

  it('drops the oldest steps over the step or byte limit, always keeping the newest', () => {
    let t = emptyTimeline;
    for (let i = 0; i < 15; i++) t = record(t, step(i, i + 1, i * 2000), limits, measure);
    expect(t.past).toHaveLength(10);
    expect(t.past[0]?.before).toEqual(side(5));
    const huge = record(t, step(15, 16, 99_000), limits, () => 5000);
    expect(huge.past).toHaveLength(1);
    expect(huge.bytes).toBe(5000);
  });
});
