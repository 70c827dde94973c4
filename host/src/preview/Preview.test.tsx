// @vitest-environment happy-dom
import {
  type ActionFlowsSection,
  type ComponentNode,
  type ComponentTreeSection,
  type DraftNodeTable,
  type FlowRuntime,
  nodeOf,
  nodeSelected,
  nodesRemoved,
  putNode,
  treeForEditor,
  type VariablesSection,
} from '@psb/contracts';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectSession } from '../document/ProjectSession.js';
import { SessionContext } from '../document/SessionContext.js';
import { Preview } from './Preview.js';

// Counts renders of each PreviewNode: every render reads its own node first, through useTreeNode.
const renders = vi.hoisted(() => new Map<string, number>());
vi.mock('./useTree.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./useTree.js')>();
  return {
    ...real,
    useTreeNode: (id: string) => {
      renders.set(id, (renders.get(id) ?? 0) + 1);
      return real.useTreeNode(id);
    },
  };
});

const node = (id: string, type: string, props: ComponentNode['props'], children: string[] = []): ComponentNode => ({
  id,
  type,
  props,
  children,
  parentId: null,
});

/** A page: a heading and a button in a column, then a list of tags, each shown by a Text template. */
function sections() {
  const componentTree: ComponentTreeSection = {
    rootIds: ['column', 'tags'],
    nodes: {
      column: node('column', 'Container', {}, ['title', 'count', 'add']),
      title: node('title', 'Text', { content: 'Hello {{userName}}', variant: 'heading' }),
      count: node('count', 'Text', { content: 'Count: {{count}}' }),
      add: node('add', 'Button', { label: 'Add one' }),
      tags: node('tags', 'List', { items: 'v-tags' }, ['tag']),
      tag: node('tag', 'Text', { content: '#{{index}} {{item}} of {{userName}}' }),
    },
  };
  for (const parent of Object.values(componentTree.nodes)) {
    for (const child of parent.children) (componentTree.nodes[child] as ComponentNode).parentId = parent.id;
  }
  // As the tree's editor holds it.
  const tree = treeForEditor(componentTree);
  const variables: VariablesSection = {
    ids: ['v-name', 'v-count', 'v-tags'],
    entities: {
      'v-name': { id: 'v-name', name: 'userName', type: 'string', defaultValue: 'Ada' },
      'v-count': { id: 'v-count', name: 'count', type: 'number', defaultValue: 0 },
      'v-tags': { id: 'v-tags', name: 'tags', type: 'array', defaultValue: ['a', 'b'] },
    },
  };
  const actionFlows: ActionFlowsSection = {
    flows: { 'flow-add': { id: 'flow-add', name: 'Add', steps: [] } },
    bindings: [{ id: 'b1', nodeId: 'add', event: 'click', flowId: 'flow-add' }],
  };
  return { componentTree: tree, variables, actionFlows, selectedId: null as string | null, removed: [] as string[][] };
}

/** The sections as the store holds them: edits replace only what they change, as the domains' slices do. */
const page = createSlice({
  name: 'sections',
  initialState: sections,
  reducers: {
    propChanged(state, { payload }: PayloadAction<{ id: string; prop: string; value: string }>) {
      const edited = nodeOf(state.componentTree.nodes, payload.id);
      if (edited) edited.props[payload.prop] = payload.value;
    },
    textAdded(state, { payload }: PayloadAction<{ parentId: string; id: string; content: string }>) {
      putNode(state.componentTree.nodes as DraftNodeTable, node(payload.id, 'Text', { content: payload.content }));
      nodeOf(state.componentTree.nodes, payload.parentId)?.children.push(payload.id);
    },
    valueSaved(state, { payload }: PayloadAction<{ id: string; value: unknown }>) {
      state.variables.values = { ...state.variables.values, [payload.id]: payload.value };
    },
  },
  // The contract's events, as the component tree's slice handles them (the removal only records what it was asked).
  extraReducers: (builder) => {
    builder.addCase(nodeSelected, (state, { payload }) => {
      state.selectedId = payload.id;
    });
    builder.addCase(nodesRemoved, (state, { payload }) => {
      state.removed.push(payload.ids);
    });
  },
});

/** Adds one to `count`, as a flow "set count to {{count + 1}}" would. */
const flowRuntime: FlowRuntime = {
  run: async (_flow, context) => {
    context.set('v-count', Number(context.get('v-count')) + 1);
    return { ok: true };
  },
};

const view = rootPerTest();
let store: ReturnType<typeof render>;

function render() {
  const store = configureStore({ reducer: { document: () => ({ id: 'project-1' }), sections: page.reducer } });
  // The preview reads sections through the session; here they are the store's own.
  const session = {
    section: (state: ReturnType<typeof store.getState>, key: string) => state.sections[key as keyof ReturnType<typeof sections>],
    // The tree domain's selectUi, as Save assembles it.
    assemble: (state: ReturnType<typeof store.getState>) => ({
      ui: state.sections.selectedId ? { selectedNodeId: state.sections.selectedId } : {},
    }),
    editorApi: { services: { flowRuntime } },
  } as unknown as ProjectSession;
  view.render(
    <Provider store={store}>
      <SessionContext value={session}>
        <Preview />
      </SessionContext>
    </Provider>,
  );
  return store;
}

const pageElement = () => view.container.querySelector('.preview-page') as HTMLElement;
const elements = (tag: string) => [...pageElement().getElementsByTagName(tag)] as HTMLElement[];
const command = (name: string) => {
  const button = [...view.container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!button) throw new Error(`no ${name} button`);
  return button;
};
const outlines = () =>
  [...view.container.querySelectorAll<HTMLElement>('.canvas-outline')].map((o) => ({
    kind: o.classList.contains('selected') ? 'selected' : 'hovered',
    label: o.textContent,
  }));
const canvas = () => view.container.querySelector('[aria-label="Canvas"]') as HTMLElement;
const press = (key: string) => act(() => canvas().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const selection = () => store.getState().sections.selectedId;
const texts = (tag: string) => elements(tag).map((e) => e.textContent);
const rendersSince = (before: Map<string, number>) =>
  Object.fromEntries([...renders].flatMap(([id, n]) => (n === (before.get(id) ?? 0) ? [] : [[id, n - (before.get(id) ?? 0)]])));

beforeEach(() => {
  renders.clear();
  store = render();
});

describe('Preview', () => {
  it('shows the page as saved: interpolated text, and a List item per value with `item` and `index`', () => {
    expect(texts('h3')).toEqual(['Hello Ada']);
    expect(texts('p')).toEqual(['Count: 0', '#0 a of Ada', '#1 b of Ada']);
    expect(texts('button')).toEqual(['Add one']);
  });

  it('re-renders only the node whose text was edited', () => {
    const before = new Map(renders);
    act(() => store.dispatch(page.actions.propChanged({ id: 'title', prop: 'content', value: 'Hi {{userName}}' })));
    expect(texts('h3')).toEqual(['Hi Ada']);
    expect(rendersSince(before)).toEqual({ title: 1 });
  });

  it('shows a node added to the tree, re-rendering only it and its parent', () => {
    const before = new Map(renders);
    act(() => store.dispatch(page.actions.textAdded({ parentId: 'column', id: 'note', content: 'Note for {{userName}}' })));
    expect(texts('p')).toEqual(['Count: 0', 'Note for Ada', '#0 a of Ada', '#1 b of Ada']);
    expect(rendersSince(before)).toEqual({ column: 1, note: 1 });
  });

  it('re-renders every List item, and only them, when the item template is edited', () => {
    const before = new Map(renders);
    act(() => store.dispatch(page.actions.propChanged({ id: 'tag', prop: 'content', value: '{{item}}!' })));
    expect(texts('p')).toEqual(['Count: 0', 'a!', 'b!']);
    expect(rendersSince(before)).toEqual({ tag: 2 });
  });

  it('runs the flows bound to a button in Preview mode, and shows the values they set', async () => {
    act(() => command('Preview').click());
    const button = elements('button').find((b) => b.textContent === 'Add one');
    if (!button) throw new Error('no Add one button');
    for (let i = 0; i < 3; i++) await act(async () => button.click());
    expect(texts('p')[0]).toBe('Count: 3');
    expect(selection()).toBeNull();
  });

  it('selects what is clicked in Edit mode, without running its flow or re-rendering any component', async () => {
    const before = new Map(renders);
    const button = elements('button').find((b) => b.textContent === 'Add one') as HTMLElement;
    await act(async () => button.click());
    expect(selection()).toBe('add');
    expect(texts('p')[0]).toBe('Count: 0');
    expect(outlines()).toEqual([{ kind: 'selected', label: 'Button' }]);
    // A List's item selects its template.
    await act(async () => elements('p')[1]?.click());
    expect(selection()).toBe('tag');
    // The page around the components selects nothing.
    await act(async () => pageElement().click());
    expect(selection()).toBeNull();
    expect(outlines()).toEqual([]);
    expect(rendersSince(before)).toEqual({});
  });

  it('outlines the hovered component with its name, and a selection made in the tree', () => {
    const before = new Map(renders);
    act(() => elements('h3')[0]?.dispatchEvent(new Event('pointerover', { bubbles: true })));
    expect(outlines()).toEqual([{ kind: 'hovered', label: 'Text' }]);
    act(() => store.dispatch(nodeSelected({ id: 'column' })));
    expect(outlines()).toEqual([
      { kind: 'hovered', label: 'Text' },
      { kind: 'selected', label: 'Container' },
    ]);
    act(() => pageElement().dispatchEvent(new Event('pointerleave')));
    expect(outlines()).toEqual([{ kind: 'selected', label: 'Container' }]);
    expect(rendersSince(before)).toEqual({});
  });

  it('selects the parent on Escape, then nothing; deletes the selection with its subtree on Delete', () => {
    act(() => store.dispatch(nodeSelected({ id: 'add' })));
    press('Escape');
    expect(selection()).toBe('column');
    press('Delete');
    expect(store.getState().sections.removed.map((ids) => [...ids].sort())).toEqual([['add', 'column', 'count', 'title']]);
    press('Escape');
    expect(selection()).toBeNull();
    press('Delete');
    expect(store.getState().sections.removed).toHaveLength(1);
  });

  it('neither selects nor outlines in Preview mode, and keys do nothing there', () => {
    act(() => command('Preview').click());
    act(() => elements('h3')[0]?.dispatchEvent(new Event('pointerover', { bubbles: true })));
    act(() => elements('h3')[0]?.click());
    expect(selection()).toBeNull();
    act(() => store.dispatch(nodeSelected({ id: 'add' })));
    press('Delete');
    expect(outlines()).toEqual([]);
    expect(store.getState().sections.removed).toEqual([]);
  });

  it('narrows the page to a phone or a tablet, and back to the full width, keeping the page as it is', () => {
    const stage = () => pageElement().parentElement as HTMLElement;
    const page = pageElement();
    act(() => command('Phone 375').click());
    expect(stage().style.width).toBe('375px');
    act(() => command('Tablet 768').click());
    expect(stage().style.width).toBe('768px');
    act(() => command('Desktop').click());
    expect(stage().style.width).toBe('');
    expect(pageElement()).toBe(page);
  });

  it('updates interpolation when a saved value changes', () => {
    act(() => store.dispatch(page.actions.valueSaved({ id: 'v-name', value: 'Grace' })));
    expect(texts('h3')).toEqual(['Hello Grace']);
    expect(texts('p')).toEqual(['Count: 0', '#0 a of Grace', '#1 b of Grace']);
  });
});
