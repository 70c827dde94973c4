/**
 * The document's undo history as a value: the steps behind and ahead of the present, each holding the states it
 * changed as they were before and after it. States are the store's own immutable objects, so a step keeps only
 * what its action replaced; everything else is shared with the present.
 */

/** What a step changed: domain slice states by key, and the project's name when it changed. */
export interface Side {
  domains: Record<string, unknown>;
  name?: string;
}

export interface Step {
  label: string;
  /** Steps in a row with the same group, close in time, are joined into one. */
  group: string;
  /** When it was last extended, in ms. */
  at: number;
  before: Side;
  after: Side;
  /** An estimate of the memory only this step keeps alive. */
  bytes: number;
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

const sum = (steps: Step[]) => steps.reduce((total, step) => total + step.bytes, 0);

/**
 * The timeline after `step`: it joins the last step when both are of one group, the second within `joinWithin`
 * of the first and nothing was undone in between; otherwise it is a new step, measured by `measure`. Either way the
 * steps ahead are gone,
 * and the oldest steps are dropped until the limits hold (the newest step is always kept).
 */
export function record(
  timeline: Timeline,
  step: Omit<Step, 'bytes'>,
  limits: Limits,
  measure: (before: Side, after: Side) => number,
): Timeline {
  const last = timeline.past.at(-1);
  const joins =
    last !== undefined &&
    timeline.future.length === 0 &&
    last.group === step.group &&
    step.at - last.at <= limits.joinWithin &&
    sameKeys(last.after, step.before);
  // A joined step keeps its first `before`: what it holds alive is about what the first of them held. Typing
  // that ends where it began (a field's own undo) leaves no step.
  const joined = joins ? { ...step, before: last.before, bytes: last.bytes } : undefined;
  const past = joined
    ? [...timeline.past.slice(0, -1), ...(sameSide(joined.before, joined.after) ? [] : [joined])]
    : [...timeline.past, { ...step, bytes: measure(step.before, step.after) }];
  let bytes = sum(past);
  let start = 0;
  while (past.length - start > 1 && (past.length - start > limits.steps || bytes > limits.bytes)) {
    bytes -= (past[start] as Step).bytes;
    start += 1;
  }
  return { past: past.slice(start), future: [], bytes };
}

/** The step to undo, and the timeline once it is undone (it moves ahead of the present). */
export function undo(timeline: Timeline): { step: Step; timeline: Timeline } | undefined {
  const step = timeline.past.at(-1);
  if (!step) return undefined;
  return { step, timeline: { past: timeline.past.slice(0, -1), future: [step, ...timeline.future], bytes: timeline.bytes } };
}

/** The step to redo, and the timeline once it is redone. */
export function redo(timeline: Timeline): { step: Step; timeline: Timeline } | undefined {
  const step = timeline.future[0];
  if (!step) return undefined;
  return { step, timeline: { past: [...timeline.past, step], future: timeline.future.slice(1), bytes: timeline.bytes } };
}

function sameSide(a: Side, b: Side): boolean {
  return a.name === b.name && Object.entries(a.domains).every(([key, state]) => b.domains[key] === state);
}

/** Joined steps must have changed the same things, or the joined `before` would miss some of them. */
function sameKeys(a: Side, b: Side): boolean {
  const keysA = Object.keys(a.domains);
  const keysB = Object.keys(b.domains);
  return (a.name === undefined) === (b.name === undefined) && keysA.length === keysB.length && keysA.every((k) => k in b.domains);
}
