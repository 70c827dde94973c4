import type { DomainModule, StepDescription } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import type { HostState, HostStore, StoreObserver } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { retainedBytes } from './retainedBytes.js';
import { emptyTimeline, type Limits, record, redo, type Side, type Step, type Timeline, undo } from './timeline.js';

export interface HistoryOptions {
  store: HostStore;
  /** Calls `observer` after every action that changed the state, with the states around it. */
  observe(observer: StoreObserver): () => void;
  domains: { readyModules(state: HostState): DomainModule[] };
  /** Tells the person that a step removed more than it shows (`message`), offering `undo`. */
  onRemoved?(message: string, undo: () => void): void;
  limits?: Partial<Limits>;
  now?: () => number;
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
 * step, kept as the domain states it replaced; selection and other editing state alone are not steps, but a
 * step gives them back as they were. Undo and redo dispatch `document/restored`, which sets those states in
 * one store update. Opening a document starts a new history. Remotes implement nothing: they may only name
 * their steps (`describeStep`).
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
    return this.#move(undo, 'before');
  }

  /** Makes the last undone step again. */
  redo(): boolean {
    return this.#move(redo, 'after');
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

    const description = describe(action, changed, before, after);
    const side = (state: HostState): Side => ({
      domains: Object.fromEntries(changed.map((m) => [m.key, state[m.key]])),
      ...(renamed ? { name: state.document.meta.name } : {}),
    });
    const label = description?.label ?? (changed[0] ? `Edit in ${changed[0].title}` : 'Rename project');
    const step = {
      label,
      group: description?.group ?? (changed.length === 0 ? PROJECT_NAME_GROUP : `${action.type}|${label}`),
      at: (this.#o.now ?? Date.now)(),
      before: side(before),
      after: side(after),
    };
    this.#set(record(this.#timeline, step, this.#limits, (was, is) => retainedBytes(was, is)));
    if (description?.removed) this.#o.onRemoved?.(description.removed, () => this.undo());
  }

  #move(take: typeof undo, side: 'before' | 'after'): boolean {
    let timeline = this.#timeline;
    for (let taken = take(timeline); taken; taken = take(timeline)) {
      timeline = taken.timeline;
      if (this.#restore(taken.step[side])) {
        this.#set(timeline);
        return true;
      }
    }
    this.#set(timeline);
    return false;
  }

  /** Sets what `side` holds for the domains ready now, and the name; false when that is nothing. */
  #restore(side: Side): boolean {
    const state = this.#o.store.getState();
    const ready = new Set(this.#o.domains.readyModules(state).map((m) => m.key));
    const domainStates = Object.fromEntries(Object.entries(side.domains).filter(([key]) => ready.has(key)));
    if (Object.keys(domainStates).length === 0 && side.name === undefined) return false;
    this.#o.store.dispatch(documentActions.restored({ name: side.name ?? state.document.meta.name, domainStates }));
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
