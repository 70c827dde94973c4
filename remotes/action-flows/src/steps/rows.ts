import type { FlowStep } from '@psb/contracts';

/** The two lists of steps an If step holds. */
export type Branch = 'thenSteps' | 'elseSteps';

/**
 * Where a step is in its flow, read from the step up: its index in its list, and the way to that list (the branch
 * of an If step, and that If step's own path). Linked, so each row adds one link, however deep it is.
 */
export interface StepPath {
  readonly key: number | Branch;
  readonly up: StepPath | null;
}

interface RowPlace {
  /** Unique in the flow: a step's id, or its If step's id and the branch (ids hold no `/`). */
  id: string;
  /** 1 for the flow's own steps; an If step's branches are one deeper, and their steps one deeper again. */
  level: number;
  /** 1-based place among the rows it sits beside, and how many there are (for ARIA). */
  position: number;
  siblings: number;
}

/** A step: its fields and its actions. */
export interface StepRowData extends RowPlace {
  kind: 'step';
  path: StepPath;
}

/** The head of an If step's Then or Else: its name, how many steps it holds, a way to add one. */
export interface BranchRowData extends RowPlace {
  kind: 'branch';
  parentStepId: string;
  branch: Branch;
  count: number;
}

export type Row = StepRowData | BranchRowData;

type Pending = { row: StepRowData; step: FlowStep } | { row: BranchRowData; steps: FlowStep[]; path: StepPath };

/**
 * The steps of a flow as rows, depth first: each If step is followed by its Then and its steps, then its Else and
 * its steps. Without recursion: any depth works.
 */
export function stepRows(steps: FlowStep[]): Row[] {
  const rows: Row[] = [];
  const stack: Pending[] = [];
  const pushList = (list: FlowStep[], up: StepPath | null, level: number) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const step = list[i] as FlowStep;
      const row: StepRowData = { kind: 'step', id: step.id, path: { key: i, up }, level, position: i + 1, siblings: list.length };
      stack.push({ row, step });
    }
  };
  const pushBranch = (parent: StepRowData, step: FlowStep & { kind: 'if' }, branch: Branch) => {
    const steps = step[branch];
    const id = `${step.id}/${branch === 'thenSteps' ? 'then' : 'else'}`;
    const position = branch === 'thenSteps' ? 1 : 2;
    const row: BranchRowData = {
      kind: 'branch',
      id,
      level: parent.level + 1,
      position,
      siblings: 2,
      parentStepId: step.id,
      branch,
      count: steps.length,
    };
    stack.push({ row, steps, path: { key: branch, up: parent.path } });
  };
  pushList(steps, null, 1);
  while (stack.length > 0) {
    const item = stack.pop() as Pending;
    rows.push(item.row);
    if ('step' in item) {
      if (item.step.kind === 'if') {
        pushBranch(item.row, item.step, 'elseSteps');
        pushBranch(item.row, item.step, 'thenSteps');
      }
    } else pushList(item.steps, item.path, item.row.level + 1);
  }
  return rows;
}

/**
 * Whether two versions of a flow's steps give the same rows: the same ids and kinds in the same places. It descends
 * only where the two differ: an edit of one step's fields leaves every other list and step as it was (Immer shares
 * them), so it compares the ids of the lists on the way to that step.
 */
export function sameShape(previous: FlowStep[], next: FlowStep[]): boolean {
  const stack: [FlowStep[], FlowStep[]][] = [[previous, next]];
  while (stack.length > 0) {
    const [a, b] = stack.pop() as [FlowStep[], FlowStep[]];
    if (a === b) continue;
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const x = a[i] as FlowStep;
      const y = b[i] as FlowStep;
      if (x === y) continue;
      if (x.id !== y.id || x.kind !== y.kind) return false;
      if (x.kind === 'if' && y.kind === 'if') stack.push([x.thenSteps, y.thenSteps], [x.elseSteps, y.elseSteps]);
    }
  }
  return true;
}

/** The step at `path`, or undefined when there is none there. */
export function stepAt(steps: FlowStep[], path: StepPath): FlowStep | undefined {
  const keys: (number | Branch)[] = [];
  for (let link: StepPath | null = path; link; link = link.up) keys.push(link.key);
  let list: FlowStep[] = steps;
  let step: FlowStep | undefined;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as number | Branch;
    if (typeof key === 'number') {
      step = list[key];
      if (!step) return undefined;
    } else if (step?.kind === 'if') list = step[key];
    else return undefined;
  }
  return step;
}

/** The rows `row` holds below it: an If step's branches and their steps, up to the next row no deeper than it. */
export function endOfSubtree(rows: readonly Row[], index: number): number {
  const level = rows[index]?.level ?? 0;
  let end = index + 1;
  while (end < rows.length && (rows[end] as Row).level > level) end++;
  return end;
}
