import { type ComponentNode, type ComponentTreeSection, emptyComponentTree } from '@psb/contracts';
import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';

export const KEY = 'componentTree';
export type ComponentTreeState = ComponentTreeSection;

/** The node and everything below it, without recursion. */
export function subtreeIds(state: ComponentTreeState, id: string): string[] {
  const ids: string[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const current = stack.pop() as string;
    const node = state.nodes[current];
    if (!node) continue;
    ids.push(current);
    stack.push(...node.children);
  }
  return ids;
}

export const componentTreeSlice = createSlice({
  name: KEY,
  reducerPath: KEY,
  initialState: emptyComponentTree() as ComponentTreeState,
  reducers: {
    hydrated: (_state, { payload }: PayloadAction<ComponentTreeSection>) => payload,
    /** Adds a node of `type` as the last child of `parentId`, or as the last root. */
    nodeAdded: {
      reducer(state, { payload }: PayloadAction<{ id: string; type: string; parentId: string | null }>) {
        const parent = payload.parentId === null ? undefined : state.nodes[payload.parentId];
        if (payload.parentId !== null && !parent) return;
        const node: ComponentNode = { id: payload.id, type: payload.type, props: {}, children: [], parentId: payload.parentId };
        state.nodes[node.id] = node;
        if (parent) parent.children.push(node.id);
        else state.rootIds.push(node.id);
      },
      prepare: (type: string, parentId: string | null = null) => ({ payload: { id: nanoid(), type, parentId } }),
    },
    /** An empty or blank name clears it, so the tree shows the type again. */
    nodeRenamed(state, { payload }: PayloadAction<{ id: string; name: string }>) {
      const node = state.nodes[payload.id];
      if (!node) return;
      const name = payload.name.trim();
      if (name === '') delete node.name;
      else node.name = name.slice(0, 200);
    },
    /** Removes the node with its whole subtree. */
    nodeRemoved(state, { payload }: PayloadAction<string>) {
      const node = state.nodes[payload];
      if (!node) return;
      const siblings = node.parentId === null ? state.rootIds : (state.nodes[node.parentId]?.children ?? []);
      siblings.splice(siblings.indexOf(payload), 1);
      for (const id of subtreeIds(state, payload)) delete state.nodes[id];
    },
  },
});

export const { hydrated, nodeAdded, nodeRenamed, nodeRemoved } = componentTreeSlice.actions;

/** The state is the section itself: saving returns it as is. */
export const selectSnapshot = (state: ComponentTreeState): ComponentTreeSection => state;
