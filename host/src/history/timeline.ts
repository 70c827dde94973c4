import type { Patches } from './diffStates.js';

/**
 * The document's undo history as a value: the steps behind and ahead of the present. A new step holds the states
 * of the domains it changed, before and after (the store's own immutable objects, cheap to keep for a moment);
 * once it can no longer be joined, it is compacted to patches, which hold only what it changed. The steps next to
 * the present keep states beside their patches, so that taking one back and forth costs nothing.
 */

/** A domain's states on either side of a step. */
export interface States {
  before: unknown;
  after: unknown;
}

/**
 * Patches, and while the step is next to the present the states it was last undone or redone between (`kept`):
 * undoing or redoing it again from the state it left then gives the other one back, the store's own object.
 */
export type Compacted = Patches & { kept?: States };

/** One domain's change: its states around the step, until compacted to patches. */
export type Change = States | Compacted;

export const isCompacted = (change: Change): change is Compacted => 'forward' in change;

/** The states a change knows it lies between: its own until compacted, then those it keeps, if any. */
export const statesOf = (change: Change): States | undefined => (isCompacted(change) ? change.kept : change);

export interface Step {
  label: string;
  /** Steps in a row with the same group, close in time, are joined into one. */
  group: string;
  /** When it was last extended, in ms. */
  at: number;
  /** What it changed in each domain, by key. */
  domains: Record<string, Change>;
  /** The project's name around it, when it changed the name. */
  name?: { before: string; after: string };
  /** An estimate of the memory only this step keeps alive (its patches; states are the present's neighbours). */
  bytes: number;
  /** Undone or redone since it was made: it is joined with nothing. */
  restored?: boolean;
}

export interface Timeline {
  past: Step[];
  future: Step[];
  bytes: number;
}

export interface Limits {
  steps: number;
  bytes: number;
  /** The longest pause, in ms, within which steps of one group are joined. */
  joinWithin: number;
}

export const emptyTimeline: Timeline = { past: [], future: [], bytes: 0 };

/**
 * The timeline after `step`: it joins the last step when both are of one group, changed the same things, the
 * second within `joinWithin` of the first, and nothing was undone or compacted in between; otherwise it is a new
 * step. Typing that ends where it began (a field's own undo) leaves no step. Either way the steps ahead are gone,
 * and the oldest steps are dropped until the limits hold (the newest step is always kept).
 */
export function record(
  timeline: Timeline,
  step: Omit<Step, 'bytes'>,
  limits: Limits,
  measure: (step: Omit<Step, 'bytes'>) => number,
): Timeline {
  const last = timeline.past.at(-1);
  const joined = last && timeline.future.length === 0 && step.at - last.at <= limits.joinWithin ? join(last, step) : undefined;
  const past = joined
    ? [...timeline.past.slice(0, -1), ...(changesNothing(joined) ? [] : [joined])]
    : [...timeline.past, { ...step, bytes: measure(step) }];
  return trim({ past, future: [], bytes: 0 }, limits);
}

/** The step to undo, and the timeline once it is undone (it moves ahead of the present). */
export function undo(timeline: Timeline): { step: Step; timeline: Timeline } | undefined {
  const step = timeline.past.at(-1);
  if (!step) return undefined;
  return { step, timeline: { ...timeline, past: timeline.past.slice(0, -1), future: [step, ...timeline.future] } };
}

/** The step to redo, and the timeline once it is redone. */
export function redo(timeline: Timeline): { step: Step; timeline: Timeline } | undefined {
  const step = timeline.future[0];
  if (!step) return undefined;
  return { step, timeline: { ...timeline, past: [...timeline.past, step], future: timeline.future.slice(1) } };
}

/** The timeline with `step` replaced by `compacted` (the same step as patches, measured again), within the limits. */
export function replaceStep(timeline: Timeline, step: Step, compacted: Step, limits: Limits): Timeline {
  const swap = (steps: Step[]) => steps.map((s) => (s === step ? compacted : s));
  return trim({ past: swap(timeline.past), future: swap(timeline.future), bytes: 0 }, limits);
}

/** Drops the oldest steps until the limits hold, and sums what the rest hold. */
function trim(timeline: Timeline, limits: Limits): Timeline {
  const all = [...timeline.past, ...timeline.future];
  let bytes = all.reduce((total, step) => total + step.bytes, 0);
  let start = 0;
  while (timeline.past.length - start > 1 && (timeline.past.length - start > limits.steps || bytes > limits.bytes)) {
    bytes -= (timeline.past[start] as Step).bytes;
    start += 1;
  }
  return { past: timeline.past.slice(start), future: timeline.future, bytes };
}

/**
 * `last` extended by `next`, if the two are one step: one group, the same things changed, `last` neither compacted
 * nor undone since.
 */
function join(last: Step, next: Omit<Step, 'bytes'>): Step | undefined {
  if (last.restored || last.group !== next.group || (last.name === undefined) !== (next.name === undefined)) return undefined;
  const keys = Object.keys(last.domains);
  if (keys.length !== Object.keys(next.domains).length) return undefined;
  const domains: Record<string, Change> = {};
  for (const key of keys) {
    const was = last.domains[key];
    const is = next.domains[key];
    if (!was || !is || isCompacted(was) || isCompacted(is)) return undefined;
    domains[key] = { before: was.before, after: is.after };
  }
  const name = last.name && next.name ? { before: last.name.before, after: next.name.after } : undefined;
  // What it holds alive is about what the first of them held.
  return { ...next, domains, ...(name ? { name } : {}), bytes: last.bytes };
}

function changesNothing(step: Step): boolean {
  return (
    (step.name === undefined || step.name.before === step.name.after) &&
    Object.values(step.domains).every((change) => !isCompacted(change) && change.before === change.after)
  );
}
