import {
  acceptsChild,
  type ComponentNode,
  type ComponentTree,
  componentSpec,
  type DraftNodeTable,
  dropNode,
  emptyComponentTree,
  nodeOf,
  nodeSelected,
  nodesPasted,
  nodesRemoved,
  propProblem,
  putNode,
  type SnapshotUi,
} from '@psb/contracts';
import {
  createSelector,
  createSlice,
  current,
  freeze,
  nanoid,
  original,
  type PayloadAction,
  type ThunkAction,
  type ThunkDispatch,
  type UnknownAction,
} from '@reduxjs/toolkit';
import { pasteInto } from './clipboard/pasteInto.js';
import { withNodeReplaced } from './nodeRecords.js';

export const KEY = 'componentTree';

/** The section, plus editing state that is not part of the page: the selection and collapsed nodes. */
export interface ComponentTreeState extends ComponentTree {
  selectedId: string | null;
  collapsed: Record<string, true>;
}

const initialState: ComponentTreeState = { ...emptyComponentTree(), selectedId: null, collapsed: {} };

/** Where a node sits: its parent (null for the roots) and its index among its siblings. */
export interface Place {
  parentId: string | null;
  index: number;
}

const siblingsOf = (state: ComponentTree, parentId: string | null): string[] =>
  parentId === null ? state.rootIds : (nodeOf(state.nodes, parentId)?.children ?? []);

/** The node and everything below it, without recursion. */
export function subtreeIds(state: ComponentTree, id: string): string[] {
  const ids: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    const node = nodeOf(state.nodes, current);
    if (!node) continue;
    ids.push(current);
    stack.push(...node.children);
  }
  return ids;
}

function isInside(state: ComponentTree, id: string, ancestor: string): boolean {
  for (let at: string | null = id; at !== null; at = nodeOf(state.nodes, at)?.parentId ?? null) if (at === ancestor) return true;
  return false;
}

/** Why `id` cannot move to `to` (undefined when it can): the tree stays valid after every move. */
export function moveProblem(state: ComponentTree, id: string, to: Place): string | undefined {
  const node = nodeOf(state.nodes, id);
  if (!node) return 'That component no longer exists.';
  if (to.parentId !== null) {
    const parent = nodeOf(state.nodes, to.parentId);
    if (!parent) return 'That place no longer exists.';
    if (isInside(state, to.parentId, id)) return 'A component cannot move into itself or its own children.';
    const count = parent.children.filter((c) => c !== id).length;
    if (!acceptsChild(parent.type, count)) {
      return componentSpec(parent.type)?.children === false
        ? `A ${parent.type} cannot hold other components.`
        : `A ${parent.type} holds only one component.`;
    }
  }
  const siblings = siblingsOf(state, to.parentId).filter((s) => s !== id);
  if (to.index < 0 || to.index > siblings.length) return 'There is nothing further in that direction.';
  return undefined;
}

/** Where a new component goes: into the selected node if it takes one more, else after it, else last at the root. */
export function insertionPlace(state: ComponentTreeState): Place {
  const selected = state.selectedId ? nodeOf(state.nodes, state.selectedId) : undefined;
  if (!selected) return { parentId: null, index: state.rootIds.length };
  if (acceptsChild(selected.type, selected.children.length)) return { parentId: selected.id, index: selected.children.length };
  const siblings = siblingsOf(state, selected.parentId);
  const parent = selected.parentId === null ? undefined : nodeOf(state.nodes, selected.parentId);
  if (parent && !acceptsChild(parent.type, parent.children.length)) return { parentId: null, index: state.rootIds.length };
  return { parentId: selected.parentId, index: siblings.indexOf(selected.id) + 1 };
}

function detach(state: ComponentTree, id: string) {
  const node = nodeOf(state.nodes, id);
  if (!node) return;
  const siblings = siblingsOf(state, node.parentId);
  siblings.splice(siblings.indexOf(id), 1);
}

function attach(state: ComponentTree, id: string, to: Place) {
  const node = nodeOf(state.nodes, id);
  if (!node) return;
  node.parentId = to.parentId;
  siblingsOf(state, to.parentId).splice(to.index, 0, id);
}

/**
 * The state with one node replaced by `change` (undefined: no change), for the edits made a key press at a time:
 * props and names. Built by hand from the state before, not through the draft, which stays untouched, so that the
 * new table of nodes is known to keep the tree's shape (nodeRecords.ts) and the rows are not rebuilt. What is new
 * is frozen, as Immer would leave it, so Immer takes the returned state as it is.
 */
function withNode(
  draft: ComponentTreeState,
  id: string,
  change: (node: ComponentNode) => ComponentNode | undefined,
): ComponentTreeState | undefined {
  const state = original(draft) as ComponentTreeState;
  const node = nodeOf(state.nodes, id);
  const next = node && change(node);
  if (!next) return undefined;
  return freeze({ ...state, nodes: withNodeReplaced(state.nodes, freeze(next, true)) });
}

export const componentTreeSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState,
  reducers: {
    hydrated: {
      reducer: (_state, { payload }: PayloadAction<{ section: ComponentTree; ui?: SnapshotUi }>): ComponentTreeState => {
        const selected = payload.ui?.selectedNodeId;
        // Frozen whole here, as Immer would leave it, so that Immer takes it as it is. The nodes of a checked
        // document come frozen by its check, and `freeze` passes each at once; only the table and buckets are new.
        const section = freeze(payload.section, true);
        return freeze({
          ...section,
          selectedId: selected && nodeOf(section.nodes, selected) ? selected : null,
          collapsed: freeze({}),
        });
      },
      prepare: (section: ComponentTree, ui?: SnapshotUi) => ({ payload: { section, ...(ui ? { ui } : {}) } }),
    },
    /** Adds a node of `type` where `insertionPlace` says, and selects it. */
    nodeAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string; type: string }>) {
        if (!componentSpec(payload.type)) return;
        const place = insertionPlace(state);
        const node: ComponentNode = { id: payload.id, type: payload.type, props: {}, children: [], parentId: place.parentId };
        putNode(state.nodes as DraftNodeTable, node);
        attach(state, node.id, place);
        if (place.parentId) delete state.collapsed[place.parentId];
        state.selectedId = node.id;
      },
      prepare: (type: string) => ({ payload: { id: nanoid(), type } }),
    },
    /** An empty or blank name clears it, so the tree shows the type again. */
    nodeRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      const name = payload.name.trim().slice(0, 200);
      return withNode(state, payload.id, ({ name: old, ...node }) => {
        if ((name || undefined) === old) return undefined;
        return name === '' ? node : { ...node, name };
      });
    },
    /** Sets one prop; a value that does not fit the type's schema is ignored (the inspector says why first). */
    propChanged(state, { payload }: PayloadAction<{ id: string; prop: string; value: unknown }>) {
      const { id, prop, value } = payload;
      return withNode(state, id, (node) =>
        propProblem(node.type, prop, value) || (Object.is(node.props[prop], value) && Object.hasOwn(node.props, prop))
          ? undefined
          : { ...node, props: { ...node.props, [prop]: value } },
      );
    },
    propCleared(state, { payload }: PayloadAction<{ id: string; prop: string }>) {
      return withNode(state, payload.id, (node) => {
        if (!Object.hasOwn(node.props, payload.prop)) return undefined;
        const { [payload.prop]: _cleared, ...props } = node.props;
        return { ...node, props };
      });
    },
    nodeMoved(state, { payload }: PayloadAction<{ id: string; to: Place }>) {
      if (moveProblem(state, payload.id, payload.to)) return;
      detach(state, payload.id);
      attach(state, payload.id, payload.to);
      if (payload.to.parentId) delete state.collapsed[payload.to.parentId];
    },
    /** Copies a node and its subtree, with new ids, right after it, and selects the copy. */
    nodeDuplicated: {
      reducer(state, { payload }: PayloadAction<{ id: string; newIds: string[] }>) {
        const original = nodeOf(state.nodes, payload.id);
        if (!original) return;
        const ids = subtreeIds(state, payload.id);
        const parent = original.parentId === null ? undefined : nodeOf(state.nodes, original.parentId);
        if (parent && !acceptsChild(parent.type, parent.children.length)) return;
        const fresh = new Map(ids.map((id, i) => [id, payload.newIds[i] ?? nanoid()]));
        for (const id of ids) {
          const node = current(nodeOf(state.nodes, id) as ComponentNode);
          const copy: ComponentNode = {
            ...structuredClone(node),
            id: fresh.get(id) as string,
            children: node.children.map((c) => fresh.get(c) as string),
            parentId: id === payload.id ? node.parentId : (fresh.get(node.parentId as string) as string),
          };
          putNode(state.nodes as DraftNodeTable, copy);
        }
        const copyId = fresh.get(payload.id) as string;
        const siblings = siblingsOf(state, original.parentId);
        siblings.splice(siblings.indexOf(payload.id) + 1, 0, copyId);
        state.selectedId = copyId;
      },
      prepare: (id: string, size: number) => ({ payload: { id, newIds: Array.from({ length: size }, () => nanoid()) } }),
    },
    selected(state, { payload }: PayloadAction<string | null>) {
      state.selectedId = payload !== null && nodeOf(state.nodes, payload) ? payload : null;
    },
    toggled(state, { payload }: PayloadAction<{ id: string; expanded: boolean }>) {
      if (payload.expanded) delete state.collapsed[payload.id];
      else state.collapsed[payload.id] = true;
    },
  },
  extraReducers: (builder) => {
    // The contract's cross-domain event: flows drop their bindings to these nodes in the same action.
    builder.addCase(nodesRemoved, (state, { payload }) => {
      for (const id of payload.ids) {
        const node = nodeOf(state.nodes, id);
        if (!node) continue;
        if (!payload.ids.includes(node.parentId as string)) detach(state, id);
      }
      for (const id of payload.ids) {
        dropNode(state.nodes as DraftNodeTable, id);
        delete state.collapsed[id];
      }
      if (state.selectedId && !nodeOf(state.nodes, state.selectedId)) state.selectedId = null;
    });
    // Selected from outside the tree (the host's canvas): its row is shown, so every collapsed ancestor opens.
    builder.addCase(nodeSelected, (state, { payload }) => {
      const id = payload.id !== null && nodeOf(state.nodes, payload.id) ? payload.id : null;
      state.selectedId = id;
      let at = id === null ? null : (nodeOf(state.nodes, id)?.parentId ?? null);
      while (at !== null) {
        if (state.collapsed[at]) delete state.collapsed[at];
        at = nodeOf(state.nodes, at)?.parentId ?? null;
      }
    });
    // Pasted components, with their new ids, where `insertionPlace` said; checked again and refused whole.
    builder.addCase(nodesPasted, (state, { payload }) => pasteInto(state, payload));
  },
});

export const { hydrated, nodeAdded, nodeRenamed, propChanged, propCleared, nodeMoved, selected, toggled } =
  componentTreeSlice.actions;

type TreeRootState = { [KEY]: ComponentTreeState };
type Thunk = ThunkAction<void, TreeRootState, unknown, UnknownAction>;
/** The host store's dispatch as this domain uses it: actions and thunks. */
export type TreeDispatch = ThunkDispatch<TreeRootState, unknown, UnknownAction>;
const treeOf = (getState: () => TreeRootState) => getState()[KEY];

/** Removes a node with its whole subtree, as the contract's `nodesRemoved`, so other domains can follow. */
export const nodeRemoved =
  (id: string): Thunk =>
  (dispatch, getState) => {
    const ids = subtreeIds(treeOf(getState), id);
    if (ids.length > 0) dispatch(nodesRemoved({ ids }));
  };

/** Why node `id` cannot be duplicated (undefined when it can): its copy goes beside it, in the same parent. */
export function duplicateProblem(state: ComponentTree, id: string): string | undefined {
  const node = nodeOf(state.nodes, id);
  if (!node) return 'Select a component first.';
  const parent = node.parentId === null ? undefined : nodeOf(state.nodes, node.parentId);
  return parent && !acceptsChild(parent.type, parent.children.length) ? `A ${parent.type} holds only one component.` : undefined;
}

export const nodeDuplicated =
  (id: string): Thunk =>
  (dispatch, getState) =>
    dispatch(componentTreeSlice.actions.nodeDuplicated(id, subtreeIds(treeOf(getState), id).length));

/** The section to save: memoized, so that selection and collapsing never count as changes. */
export const selectSnapshot = createSelector(
  [(state: ComponentTreeState) => state.nodes, (state: ComponentTreeState) => state.rootIds],
  (nodes, rootIds): ComponentTree => ({ nodes, rootIds }),
);

export const selectUi = (state: ComponentTreeState): Partial<SnapshotUi> =>
  state.selectedId ? { selectedNodeId: state.selectedId } : {};
