import {
  type ActionFlowsSection,
  type Binding,
  emptyActionFlows,
  type Flow,
  type FlowStep,
  fitsFlowStep,
  nodesPasted,
  nodesRemoved,
  type StepKind,
} from '@psb/contracts';
import {
  createEntityAdapter,
  createSelector,
  createSlice,
  type EntityState,
  freeze,
  nanoid,
  type PayloadAction,
} from '@reduxjs/toolkit';

export const KEY = 'actionFlows';

const adapter = createEntityAdapter<Flow>();
/** Flows as entity state (ordered, looked up by id), the bindings, and which flow is open in the editor. */
export type ActionFlowsState = EntityState<Flow, string> & { bindings: Binding[]; selectedFlowId: string | null };

/**
 * The state holding a section, frozen as Immer would leave it, so that Immer takes it as it is instead of asking
 * whether the record of flows is frozen, which V8 answers by visiting every entry. A checked document's section
 * comes frozen by its check, and `freeze` returns it at once; any other is frozen whole, as Immer would.
 */
const fromSection = (unfrozen: ActionFlowsSection): ActionFlowsState => {
  const section = freeze(unfrozen, true);
  const ids = freeze(Object.keys(section.flows));
  return freeze({ ids, entities: section.flows, bindings: section.bindings, selectedFlowId: ids[0] ?? null });
};

/** Where a step list is: the flow's own steps, or a branch of an `if` step. */
export interface StepList {
  flowId: string;
  parentStepId: string | null;
  branch?: 'thenSteps' | 'elseSteps';
}

/** A new step of `kind` with empty but valid settings (a variable, when one is needed, is the first one). */
export function newStep(kind: StepKind, firstVariableId: string | undefined, id = nanoid()): FlowStep | undefined {
  switch (kind) {
    case 'setVariable':
      return firstVariableId ? { id, kind, variableId: firstVariableId, value: '' } : undefined;
    case 'showToast':
      return { id, kind, message: 'Done' };
    case 'navigate':
      return { id, kind, url: '/' };
    case 'request':
      return { id, kind, method: 'GET', url: '/' };
    case 'if':
      return firstVariableId
        ? { id, kind, variableId: firstVariableId, comparison: '==', value: '', thenSteps: [], elseSteps: [] }
        : undefined;
  }
}

/** The list holding `stepId`, found without recursion. */
function listOf(steps: FlowStep[], stepId: string): FlowStep[] | undefined {
  const stack = [steps];
  while (stack.length > 0) {
    const list = stack.pop() as FlowStep[];
    for (const step of list) {
      if (step.id === stepId) return list;
      if (step.kind === 'if') stack.push(step.thenSteps, step.elseSteps);
    }
  }
  return undefined;
}

function stepList(state: ActionFlowsState, at: StepList): FlowStep[] | undefined {
  const flow = state.entities[at.flowId];
  if (!flow) return undefined;
  if (at.parentStepId === null) return flow.steps;
  const parent = listOf(flow.steps, at.parentStepId)?.find((s) => s.id === at.parentStepId);
  return parent?.kind === 'if' ? parent[at.branch ?? 'thenSteps'] : undefined;
}

export const actionFlowsSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: fromSection(emptyActionFlows()),
  reducers: {
    hydrated: (_state: ActionFlowsState, { payload }: PayloadAction<ActionFlowsSection>): ActionFlowsState =>
      fromSection(payload),
    flowAdded: {
      reducer(state: ActionFlowsState, { payload }: PayloadAction<{ id: string }>) {
        adapter.addOne(state, { id: payload.id, name: `Flow ${state.ids.length + 1}`, steps: [] });
        state.selectedFlowId = payload.id;
      },
      prepare: () => ({ payload: { id: nanoid() } }),
    },
    flowSelected(state: ActionFlowsState, { payload }: PayloadAction<string>) {
      if (state.entities[payload]) state.selectedFlowId = payload;
    },
    flowRenamed(state: ActionFlowsState, { payload }: PayloadAction<{ id: string; name: string }>) {
      if (payload.name.trim() === '' || payload.name.length > 200) return;
      adapter.updateOne(state, { id: payload.id, changes: { name: payload.name } });
    },
    /** A deleted flow takes its bindings along: a binding to nothing would run nothing. */
    flowRemoved(state: ActionFlowsState, { payload }: PayloadAction<string>) {
      adapter.removeOne(state, payload);
      state.bindings = state.bindings.filter((b) => b.flowId !== payload);
      if (state.selectedFlowId === payload) state.selectedFlowId = (state.ids[0] as string | undefined) ?? null;
    },
    stepAdded(state: ActionFlowsState, { payload }: PayloadAction<{ at: StepList; step: FlowStep }>) {
      const list = stepList(state, payload.at);
      // Only a valid step: the flow stays valid for checkSnapshot.
      if (list && fitsFlowStep(payload.step)) list.push(payload.step);
    },
    /** Replaces a step's settings; its id and kind stay. Ignored when the result would be invalid. */
    stepChanged(state: ActionFlowsState, { payload }: PayloadAction<{ flowId: string; step: FlowStep }>) {
      const flow = state.entities[payload.flowId];
      const list = flow && listOf(flow.steps, payload.step.id);
      const index = list?.findIndex((s) => s.id === payload.step.id) ?? -1;
      if (!list || index < 0 || list[index]?.kind !== payload.step.kind || !fitsFlowStep(payload.step)) return;
      list[index] = payload.step;
    },
    stepMoved(state: ActionFlowsState, { payload }: PayloadAction<{ flowId: string; stepId: string; by: -1 | 1 }>) {
      const flow = state.entities[payload.flowId];
      const list = flow && listOf(flow.steps, payload.stepId);
      if (!list) return;
      const from = list.findIndex((s) => s.id === payload.stepId);
      const to = from + payload.by;
      if (to < 0 || to >= list.length) return;
      const [step] = list.splice(from, 1);
      list.splice(to, 0, step as FlowStep);
    },
    stepRemoved(state: ActionFlowsState, { payload }: PayloadAction<{ flowId: string; stepId: string }>) {
      const flow = state.entities[payload.flowId];
      const list = flow && listOf(flow.steps, payload.stepId);
      if (list)
        list.splice(
          list.findIndex((s) => s.id === payload.stepId),
          1,
        );
    },
    bindingAdded: {
      reducer(state: ActionFlowsState, { payload }: PayloadAction<Binding>) {
        if (state.entities[payload.flowId]) state.bindings.push(payload);
      },
      prepare: (binding: Omit<Binding, 'id'>) => ({ payload: { id: nanoid(), ...binding } }),
    },
    bindingChanged(state: ActionFlowsState, { payload }: PayloadAction<Binding>) {
      const index = state.bindings.findIndex((b) => b.id === payload.id);
      if (index >= 0 && state.entities[payload.flowId]) state.bindings[index] = payload;
    },
    bindingRemoved(state: ActionFlowsState, { payload }: PayloadAction<string>) {
      state.bindings = state.bindings.filter((b) => b.id !== payload);
    },
  },
  extraReducers: (builder) => {
    // Components removed from the tree take their bindings along, in the same action.
    builder.addCase(nodesRemoved, (state: ActionFlowsState, { payload }) => {
      const removed = new Set(payload.ids);
      state.bindings = state.bindings.filter((b) => !removed.has(b.nodeId));
    });
    // Pasted components bring their bindings, already under new ids and pointing at the new nodes. One whose flow
    // this project lacks (copied from another) is kept: the bindings editor marks it missing, for the person to fix.
    builder.addCase(nodesPasted, (state: ActionFlowsState, { payload }) => {
      const taken = new Set(state.bindings.map((b) => b.id));
      state.bindings.push(...payload.bindings.filter((b) => !taken.has(b.id)));
    });
  },
});

export const {
  hydrated,
  flowAdded,
  flowSelected,
  flowRenamed,
  flowRemoved,
  stepAdded,
  stepChanged,
  stepMoved,
  stepRemoved,
  bindingAdded,
  bindingChanged,
  bindingRemoved,
} = actionFlowsSlice.actions;
export const selectFlows = adapter.getSelectors(actionFlowsSlice.selectSlice).selectAll;

/** The section to save: memoized, so an unchanged state gives the same object; the open flow is not part of it. */
export const selectSnapshot = createSelector(
  [(state: ActionFlowsState) => state.entities, (state: ActionFlowsState) => state.bindings],
  (flows, bindings): ActionFlowsSection => ({ flows, bindings }),
);
