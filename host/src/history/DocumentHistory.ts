import type { DomainModule, StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import type { HostState, HostStore, StoreObserver } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { applyPatches } from './applyPatches.js';
import { diffStates, type Patches } from './diffStates.js';
import { holdsPatches } from './holdsPatches.js';
import { retainedBytes } from './retainedBytes.js';
import {
  type Change,
  type Compacted,
  emptyTimeline,
  isCompacted,
  type Limits,
  record,
  redo,
  replaceStep,
  type States,
  type Step,
  statesOf,
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
 * to them (an undone delete selects the node again). Undo and redo apply a step's patches to the domains' states,
 * or give back the states a step next to the present kept when the domain is still in the one it left, and
 * dispatch `document/restored`, which sets them in one store update. Opening a document starts a new history;
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

  /**
   * Compacts the steps that can no longer be joined: patches instead of the states around them. The present's
   * neighbours keep their states as well, the others let go of theirs.
   */
  #compactSettled() {
    const settled = this.#now() - this.#limits.joinWithin;
    for (const step of [...this.#timeline.past, ...this.#timeline.future]) {
      const neighbour = step === this.#timeline.past.at(-1) || step === this.#timeline.future[0];
      const due = (c: Change) => (step.at < settled && !isCompacted(c)) || (!neighbour && keeps(c));
      if (!Object.values(step.domains).some(due)) continue;
      const settle = (c: Change) => (due(c) ? compacted(c, neighbour ? statesOf(c) : undefined) : c);
      this.#replace(step, withDomains(step, settle));
    }
  }

  #replace(step: Step, by: Step) {
    this.#set(replaceStep(this.#timeline, step, by, this.#limits));
  }

  #move(take: typeof undo, direction: 'inverse' | 'forward'): boolean {
    for (let taken = take(this.#timeline); taken; taken = take(this.#timeline)) {
      const restored = this.#restored(taken.step, direction);
      this.#set(replaceStep(taken.timeline, taken.step, restored.step, this.#limits));
      // The neighbour left behind lets go of its states at once: holding Ctrl+Z would keep one pair per step.
      const left = direction === 'inverse' ? this.#timeline.future[1] : this.#timeline.past.at(-2);
      if (left && Object.values(left.domains).some(keeps))
        this.#replace(
          left,
          withDomains(left, (change) => (isCompacted(change) ? compacted(change, undefined) : change)),
        );
      this.#schedule(() => this.#compactSettled(), this.#limits.joinWithin + 50);
      if (restored.dispatch) {
        this.#o.store.dispatch(restored.dispatch);
        return true;
      }
    }
    return false;
  }

  /**
   * The domains ready now, taken back or made again: from the states the step keeps when the state is the one it
   * left (nothing copied, and readers that memoize by object see what they saw before), else by applying its
   * patches. A domain whose state no longer takes the patches (a retried remote of another build) is left as it is.
   * Gives the step as it is now (compacted where patches were needed, keeping the states it was restored between)
   * and the action that restores it; none when that is nothing.
   */
  #restored(step: Step, direction: 'inverse' | 'forward') {
    const state = this.#o.store.getState();
    const ready = new Set(this.#o.domains.readyModules(state).map((m) => m.key));
    const domainStates: Record<string, unknown> = {};
    const domains: Record<string, Change> = {};
    let compactedNow = false;
    for (const [key, change] of Object.entries(step.domains)) {
      domains[key] = change;
      if (!ready.has(key)) continue;
      const from = state[key];
      const states = statesOf(change);
      if (states && from === (direction === 'inverse' ? states.after : states.before)) {
        domainStates[key] = direction === 'inverse' ? states.before : states.after;
        continue;
      }
      const patches = compacted(change, undefined);
      domains[key] = patches;
      compactedNow ||= !isCompacted(change);
      try {
        const to = applyPatches(from, patches[direction]);
        domainStates[key] = to;
        // Kept only when making the step again from `to` gives `from` back: a later change it did not make stays.
        if (holdsPatches(from, direction === 'inverse' ? patches.forward : patches.inverse))
          domains[key] = {
            ...patches,
            kept: direction === 'inverse' ? { before: to, after: from } : { before: from, after: to },
          };
      } catch {
        // Left as it is: the other domains of the step are still restored.
      }
    }
    const name = step.name && (direction === 'inverse' ? step.name.before : step.name.after);
    const now: Step = { ...step, domains, restored: true, ...(compactedNow ? { bytes: measurePatches(domains) } : {}) };
    const nothing = Object.keys(domainStates).length === 0 && name === undefined;
    return {
      step: now,
      dispatch: nothing ? undefined : documentActions.restored({ name: name ?? state.document.meta.name, domainStates }),
    };
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

/**
 * What patches hold alive: the values they carry (those of the forward patches may be shared with the present).
 * States are not counted: only the present's neighbours, and steps of the last second, hold them.
 */
function measurePatches(domains: Record<string, Change>): number {
  let bytes = 0;
  for (const change of Object.values(domains)) {
    if (!isCompacted(change)) continue;
    for (const patch of [...change.forward, ...change.inverse])
      bytes += 48 + patch.path.length * 8 + retainedBytes(patch.value, undefined);
  }
  return bytes;
}

/** The change as patches, keeping `kept`. */
function compacted(change: Change, kept: States | undefined): Compacted {
  const { forward, inverse }: Patches = isCompacted(change) ? change : diffStates(change.before, change.after);
  return kept ? { forward, inverse, kept } : { forward, inverse };
}

/** A compacted change that holds states too. */
const keeps = (change: Change): boolean => isCompacted(change) && change.kept !== undefined;

/** `step` with each change mapped, measured again. */
function withDomains(step: Step, map: (change: Change) => Change): Step {
  const domains = Object.fromEntries(Object.entries(step.domains).map(([key, change]) => [key, map(change)]));
  return { ...step, domains, bytes: measurePatches(domains) };
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
