import type { DomainModule, StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import type { HostState, HostStore, StoreObserver } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { applyPatches } from './applyPatches.js';
import { diffStates, type Patches } from './diffStates.js';
import { retainedBytes } from './retainedBytes.js';
import {
  type Change,
  emptyTimeline,
  isCompacted,
  type Limits,
  record,
  redo,
  replaceStep,
  type Step,
  type Timeline,
  undo,
} from './timeline.js';

export interface HistoryOptions {
  store: HostStore;
  /** Calls `observer` after every action that changed the state, with the states around it. */
  observe(observer: StoreObserver): () => void;
  domains: { readyModules(state: HostState): DomainModule[] };
  /** Tells the person that a step removed more than it shows (`message`), offering `undo`. */
  onRemoved?(message: string, undo: () => void): void;
  limits?: Partial<Limits>;
  now?: () => number;
  /** Runs `run` after `ms`, off the key press that made a step: compacting steps to patches waits there. */
  schedule?: (run: () => void, ms: number) => void;
}

/** What the Undo and Redo buttons say: the label of the step each would take back or make again. */
export interface HistoryView {
  undo?: string;
  redo?: string;
}

export const DEFAULT_LIMITS: Limits = { steps: 300, bytes: 32 * 1024 * 1024, joinWithin: 1000 };

const PROJECT_NAME_GROUP = 'document/renamed';

/**
 * The one undo history of the open document, across every domain and the project's name. It watches the
 * store: an action that changed a ready domain's section (as its `selectSnapshot` gives it) or the name is a
 * step. Selection and other editing state alone are not steps, but a step's patches carry what its action did
 * to them (an undone delete selects the node again). Undo and redo apply a step's patches to the domains' states
 * and dispatch `document/restored`, which sets them in one store update. Opening a document starts a new history;
 * restoring an older version of it (`document/versionRestored`) is one step, so Undo gives back what was open before.
 * Remotes implement nothing: they may only name their steps (`describeStep`).
 */
export class DocumentHistory {
  readonly #o: HistoryOptions;
  readonly #limits: Limits;
  #timeline: Timeline = emptyTimeline;
  #view: HistoryView = {};
  readonly #listeners = new Set<() => void>();

  constructor(options: HistoryOptions) {
    this.#o = options;
    this.#limits = { ...DEFAULT_LIMITS, ...options.limits };
    options.observe((action, before, after) => this.#observed(action, before, after));
  }

  /** Takes back the last step; a step that only changed domains not ready now is passed over, unchanged. */
  undo(): boolean {
    return this.#move(undo, 'inverse');
  }

  /** Makes the last undone step again. */
  redo(): boolean {
    return this.#move(redo, 'forward');
  }

  /** For `useSyncExternalStore`: the same object until the history changes. */
  readonly getView = (): HistoryView => this.#view;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** The memory the history holds, as estimated for its limit. */
  get bytes(): number {
    return this.#timeline.bytes;
  }

  #observed(action: UnknownAction, before: HostState, after: HostState) {
    if (action.type === documentActions.opened.type) return this.#set(emptyTimeline);
    if (action.type === documentActions.restored.type || after.document.status !== 'open') return;
    const changed = this.#o.domains
      .readyModules(after)
      .filter((m) => before[m.key] !== undefined && sectionOf(m, before) !== sectionOf(m, after));
    const renamed = before.document.meta.name !== after.document.meta.name;
    if (changed.length === 0 && !renamed) return;

    // A restored version is one step of its own, named by the host: no domain knows the action.
    const description = documentActions.versionRestored.match(action)
      ? { label: action.payload.label, group: `${action.type}|${action.payload.etag}` }
      : describe(action, changed, before, after);
    const label = description?.label ?? (changed[0] ? `Edit in ${changed[0].title}` : 'Rename project');
    const step = {
      label,
      group: description?.group ?? (changed.length === 0 ? PROJECT_NAME_GROUP : `${action.type}|${label}`),
      at: this.#now(),
      domains: Object.fromEntries(changed.map((m): [string, Change] => [m.key, { before: before[m.key], after: after[m.key] }])),
      ...(renamed ? { name: { before: before.document.meta.name, after: after.document.meta.name } } : {}),
    };
    const steps = this.#timeline.past.length;
    // A new step is measured once compacted, off the key press: until then it is one of the last second's few.
    this.#set(record(this.#timeline, step, this.#limits, () => 0));
    if (this.#timeline.past.length > steps) this.#schedule(() => this.#compactSettled(), this.#limits.joinWithin + 50);
    if (description && 'removed' in description && description.removed)
      this.#o.onRemoved?.(description.removed, () => this.undo());
  }

  #now(): number {
    return (this.#o.now ?? Date.now)();
  }

  #schedule(run: () => void, ms: number) {
    (this.#o.schedule ?? ((r, m) => setTimeout(r, m)))(run, ms);
  }

  /** Compacts the steps that can no longer be joined: patches instead of the states around them. */
  #compactSettled() {
    const settled = this.#now() - this.#limits.joinWithin;
    for (const step of [...this.#timeline.past, ...this.#timeline.future]) if (step.at < settled) this.#compacted(step);
  }

  /** `step` as patches, replacing it in the timeline; the same step when it already is. */
  #compacted(step: Step): Step {
    if (Object.values(step.domains).every(isCompacted)) return step;
    const domains = Object.fromEntries(
      Object.entries(step.domains).map(([key, change]) => [
        key,
        isCompacted(change) ? change : diffStates(change.before, change.after),
      ]),
    ) as Record<string, Patches>;
    const compacted: Step = { ...step, domains, bytes: measurePatches(domains) };
    this.#set(replaceStep(this.#timeline, step, compacted, this.#limits));
    return compacted;
  }

  #move(take: typeof undo, direction: 'inverse' | 'forward'): boolean {
    for (let taken = take(this.#timeline); taken; taken = take(this.#timeline)) {
      const step = this.#compacted(taken.step);
      const moved = take(this.#timeline) as NonNullable<typeof taken>;
      this.#set(moved.timeline);
      if (this.#restore(step, direction)) return true;
    }
    return false;
  }

  /**
   * Applies the step's patches to the domains ready now, and sets the name; false when that is nothing. A domain
   * whose state no longer takes the patches (a retried remote of another build) is left as it is.
   */
  #restore(step: Step, direction: 'inverse' | 'forward'): boolean {
    const state = this.#o.store.getState();
    const ready = new Set(this.#o.domains.readyModules(state).map((m) => m.key));
    const domainStates: Record<string, unknown> = {};
    for (const [key, change] of Object.entries(step.domains)) {
      if (!ready.has(key) || !isCompacted(change)) continue;
      try {
        domainStates[key] = applyPatches(state[key], change[direction]);
      } catch {
        // Left as it is: the other domains of the step are still restored.
      }
    }
    const name = step.name && (direction === 'inverse' ? step.name.before : step.name.after);
    if (Object.keys(domainStates).length === 0 && name === undefined) return false;
    this.#o.store.dispatch(documentActions.restored({ name: name ?? state.document.meta.name, domainStates }));
    return true;
  }

  #set(timeline: Timeline) {
    if (timeline === this.#timeline) return;
    this.#timeline = timeline;
    const view: HistoryView = {
      ...(timeline.past.length > 0 ? { undo: (timeline.past.at(-1) as Step).label } : {}),
      ...(timeline.future.length > 0 ? { redo: (timeline.future[0] as Step).label } : {}),
    };
    if (view.undo !== this.#view.undo || view.redo !== this.#view.redo) {
      this.#view = view;
      for (const listener of this.#listeners) listener();
    }
  }
}

/** What patches hold alive: the values they carry (those of the forward patches may be shared with the present). */
function measurePatches(domains: Record<string, Patches>): number {
  let bytes = 0;
  for (const { forward, inverse } of Object.values(domains))
    for (const patch of [...forward, ...inverse]) bytes += 48 + patch.path.length * 8 + retainedBytes(patch.value, undefined);
  return bytes;
}

function sectionOf(module: DomainModule, state: HostState): unknown {
  try {
    return module.selectSnapshot(state[module.key]);
  } catch {
    return undefined;
  }
}

/**
 * The first description a changed domain gives, asking first the domain whose action it is (by the type's
 * prefix): a cross-domain event such as `contracts/nodesRemoved` is named by whichever domain recognises it.
 * A remote's description is its own code: one that throws is passed over.
 */
function describe(action: UnknownAction, changed: DomainModule[], before: HostState, after: HostState) {
  const owner = action.type.split('/')[0];
  const ordered = [...changed].sort((a, b) => Number(b.slice.name === owner) - Number(a.slice.name === owner));
  for (const module of ordered) {
    try {
      const description: StepDescription | undefined = module.describeStep?.(action, before[module.key], after[module.key]);
      if (description && typeof description.label === 'string' && description.label !== '') return description;
    } catch {
      // An unnamed step is still a step.
    }
  }
  return undefined;
}
