import { describe, expect, it } from 'vitest';
import { emptyTimeline, type Limits, record, redo, replaceStep, type Step, undo } from './timeline.js';

const limits: Limits = { steps: 10, bytes: 1000, joinWithin: 1000 };
const step = (from: number, to: number, at: number, group = 'g', key = 'variables') => ({
  label: `${from}→${to}`,
  group,
  at,
  domains: { [key]: { before: from, after: to } },
});
const measure = () => 100;
const compacted = (s: Step, bytes: number): Step => ({ ...s, domains: { variables: { forward: [], inverse: [] } }, bytes });

describe('timeline', () => {
  it('joins steps of one group close in time, keeping the first before and the last after', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 500), limits, measure);
    t = record(t, step(2, 3, 1400), limits, measure);
    expect(t.past).toHaveLength(1);
    expect(t.past[0]).toMatchObject({ domains: { variables: { before: 0, after: 3 } }, at: 1400 });
  });

  it('does not join after a pause, across groups, what changed other things, or a compacted step', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 1500), limits, measure);
    t = record(t, step(2, 3, 1600, 'other'), limits, measure);
    t = record(t, step(3, 4, 1700, 'other', 'actionFlows'), limits, measure);
    t = replaceStep(t, t.past[3] as Step, compacted(t.past[3] as Step, 50), limits);
    t = record(t, step(4, 5, 1800, 'other', 'actionFlows'), limits, measure);
    expect(t.past).toHaveLength(5);
  });

  it('leaves no step when joined typing ends where it began', () => {
    const name = (value: string, at: number) => ({
      label: 'Rename project',
      group: 'name',
      at,
      domains: {},
      name: { before: value, after: value === 'a' ? 'ab' : 'a' },
    });
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, name('a', 2000), limits, measure);
    t = record(t, name('ab', 2300), limits, measure);
    expect(t.past).toHaveLength(1);
  });

  it('never joins onto a step after an undo, and a new step drops the redo', () => {
    let t = record(emptyTimeline, step(0, 1, 0), limits, measure);
    t = record(t, step(1, 2, 1500), limits, measure);
    t = (undo(t) as { timeline: typeof t }).timeline;
    expect(t.future).toHaveLength(1);
    t = record(t, step(1, 5, 1600), limits, measure);
    expect(t.past.map((s) => s.domains.variables)).toEqual([
      { before: 0, after: 1 },
      { before: 1, after: 5 },
    ]);
    expect(redo(t)).toBeUndefined();
  });

  it('drops the oldest steps over the step or byte limit, always keeping the newest', () => {
    let t = emptyTimeline;
    for (let i = 0; i < 15; i++) t = record(t, step(i, i + 1, i * 2000), limits, measure);
    expect(t.past).toHaveLength(10);
    expect(t.past[0]?.domains.variables).toEqual({ before: 5, after: 6 });
    const last = t.past.at(-1) as Step;
    const huge = replaceStep(t, last, compacted(last, 5000), limits);
    expect(huge.past).toHaveLength(1);
    expect(huge.bytes).toBe(5000);
  });
});
