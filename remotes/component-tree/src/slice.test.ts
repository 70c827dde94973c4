import {
  bucketOf,
  type ComponentNode,
  type ComponentTreeSection,
  checkSnapshot,
  countNodes,
  type NodeTable,
  nodeOf,
  nodeSelected,
  nodesInPageOrder,
  nodesRemoved,
  nodeTable,
  treeForEditor,
  treeForFile,
} from '@psb/contracts';
import { countingKeyListings, richSnapshot, roundTrip } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import domain from './domain.js';
import {
  type ComponentTreeState,
  componentTreeSlice,
  duplicateProblem,
  insertionPlace,
  nodeAdded,
  nodeDuplicated,
  nodeMoved,
  nodeRemoved,
  nodeRenamed,
  propChanged,
  propCleared,
  selected,
  selectSnapshot,
  selectUi,
  toggled,
} from './slice.js';
import { dropTarget, moveTarget } from './tree/moves.js';
import { visibleRows } from './tree/rows.js';

const { reducer } = componentTreeSlice;
/** The fixture's tree as the editor holds it. */
const richTree = () => treeForEditor(richSnapshot().componentTree);
const newStore = (section: ComponentTreeSection = richSnapshot().componentTree) => {
  const store = configureStore({ reducer: { componentTree: reducer } });
  store.dispatch(domain.hydrateFromSnapshot(treeForEditor(section)));
  return store;
};
const problemsOf = (state: ComponentTreeState) =>
  checkSnapshot({
    ...richSnapshot(),
    componentTree: treeForFile(selectSnapshot(state)),
    actionFlows: { flows: {}, bindings: [] },
    ui: {},
  });
const node = (nodes: NodeTable, id: string) => nodeOf(nodes, id) as ComponentNode;

describe('component tree slice', () => {
  it('survives load and save: migrate, hydrate, select, validate give back the rich fixture', () => {
    expect(roundTrip(domain, richSnapshot())).toEqual({ section: richSnapshot().componentTree, problems: [] });
  });

  it('restores the saved selection, and never counts selecting as a change', () => {
    const state = reducer(undefined, domain.hydrateFromSnapshot(richTree(), { selectedNodeId: 'title' }));
    expect(selectUi(state)).toEqual({ selectedNodeId: 'title' });
    const section = selectSnapshot(state);
    expect(selectSnapshot(reducer(state, selected('greet')))).toBe(section);
    expect(reducer(undefined, domain.hydrateFromSnapshot(richTree(), { selectedNodeId: 'gone' })).selectedId).toBeNull();
  });

  it('selects a node chosen outside the tree (the canvas), opening its collapsed ancestors so its row shows', () => {
    const store = newStore();
    const tree = () => store.getState().componentTree;
    store.dispatch(toggled({ id: 'page', expanded: false }));
    expect(visibleRows(tree()).map((r) => r.id)).toEqual(['page', 'footer']);
    const section = selectSnapshot(tree());

    store.dispatch(nodeSelected({ id: 'greet' }));
    expect(tree().selectedId).toBe('greet');
    expect(visibleRows(tree()).map((r) => r.id)).toEqual(['page', 'title', 'greet', 'footer']);
    expect(selectSnapshot(tree())).toBe(section);

    store.dispatch(nodeSelected({ id: 'gone' }));
    expect(tree().selectedId).toBeNull();
    store.dispatch(nodeSelected({ id: 'footer' }));
    store.dispatch(nodeSelected({ id: null }));
    expect(tree().selectedId).toBeNull();
  });

  it('holds a checked section as it is, and freezes any other whole', () => {
    const checked = richSnapshot();
    expect(checkSnapshot(checked, { freeze: true })).toEqual([]);
    // As the host hands it over: the checked section's nodes in a table, each bucket counting the listings of its
    // nodes. Holding it lists none of them, whatever the page's size.
    const tree = treeForEditor(checked.componentTree);
    const buckets = Object.entries(tree.nodes).map(([key, bucket]) => [key, countingKeyListings(bucket)] as const);
    const table: NodeTable = Object.freeze(Object.fromEntries(buckets.map(([key, bucket]) => [key, bucket.record])));
    const held = reducer(undefined, domain.hydrateFromSnapshot({ ...tree, nodes: table }));
    expect(held.nodes).toBe(table);
    expect(Object.isFrozen(held)).toBe(true);
    expect(buckets.reduce((sum, [, bucket]) => sum + bucket.listings(), 0)).toBe(0);

    // A tree in the editor's form that nothing froze (a deep copy of one).
    const loose = reducer(undefined, domain.hydrateFromSnapshot(structuredClone(richTree())));
    const title = nodeOf(loose.nodes, 'title');
    expect(
      [loose, loose.nodes, loose.nodes[bucketOf('title')], title, title?.props, loose.rootIds, loose.collapsed].every(
        Object.isFrozen,
      ),
    ).toBe(true);
  });

  it('adds into the selected container, after a selected leaf, or at the root', () => {
    const store = newStore({ nodes: {}, rootIds: [] });
    const tree = () => store.getState().componentTree;
    store.dispatch(nodeAdded('Container'));
    const container = tree().selectedId as string;
    store.dispatch(nodeAdded('Text'));
    const text = tree().selectedId as string;
    expect(nodeOf(tree().nodes, container)?.children).toEqual([text]);
    store.dispatch(nodeAdded('Button'));
    expect(nodeOf(tree().nodes, container)?.children).toEqual([text, tree().selectedId]);
    store.dispatch(selected(null));
    expect(insertionPlace(tree())).toEqual({ parentId: null, index: 1 });
    store.dispatch(nodeAdded('Marquee'));
    expect(countNodes(tree().nodes)).toBe(3);
    expect(problemsOf(tree())).toEqual([]);
  });

  it('removes a subtree as the shared nodesRemoved event, and duplicates one with new ids', () => {
    const store = newStore();
    const tree = () => store.getState().componentTree;
    store.dispatch(nodeDuplicated('page'));
    const copy = tree().selectedId as string;
    expect(tree().rootIds).toEqual(['page', copy, 'footer']);
    const copied = nodeOf(tree().nodes, copy)?.children ?? [];
    expect(copied).toHaveLength(2);
    expect(copied.some((id) => ['title', 'greet'].includes(id))).toBe(false);
    expect(nodeOf(tree().nodes, copied[0] as string)?.props).toEqual(richSnapshot().componentTree.nodes.title?.props);

    const actions: string[] = [];
    store.subscribe(() => actions.push('changed'));
    store.dispatch(nodeRemoved('page'));
    expect(actions).toHaveLength(1);
    expect(tree().rootIds).toEqual([copy, 'footer']);
    expect(nodeOf(tree().nodes, 'title')).toBeUndefined();
    expect(problemsOf(tree())).toEqual([]);
    expect(reducer(tree(), nodesRemoved({ ids: ['footer'] })).rootIds).toEqual([copy]);
  });

  it('refuses to duplicate the one child a List holds, saying why', () => {
    const list = treeForEditor({
      nodes: {
        list: { id: 'list', type: 'List', props: {}, children: ['row'], parentId: null },
        row: { id: 'row', type: 'Text', props: {}, children: [], parentId: 'list' },
      },
      rootIds: ['list'],
    });
    expect(duplicateProblem(list, 'row')).toBe('A List holds only one component.');
    expect(duplicateProblem(list, 'list')).toBeUndefined();
    expect(duplicateProblem(list, 'gone')).toBe('Select a component first.');
  });

  it('moves with the keyboard commands, refusing illegal moves with a reason', () => {
    const state = reducer(undefined, domain.hydrateFromSnapshot(richTree()));
    expect(moveTarget(state, 'title', 'up')).toEqual({ problem: 'It is already the first in its place.' });
    expect(moveTarget(state, 'greet', 'up')).toEqual({ to: { parentId: 'page', index: 0 } });
    expect(moveTarget(state, 'greet', 'indent')).toEqual({ problem: 'A Text cannot hold other components.' });
    expect(moveTarget(state, 'page', 'outdent')).toEqual({ problem: 'It is already at the top level.' });
    expect(moveTarget(state, 'footer', 'indent')).toEqual({ to: { parentId: 'page', index: 2 } });
    const outdented = moveTarget(state, 'title', 'outdent');
    expect(outdented).toEqual({ to: { parentId: null, index: 1 } });
    const after = reducer(state, nodeMoved({ id: 'title', ...(outdented as { to: never }) }));
    expect(after.rootIds).toEqual(['page', 'title', 'footer']);
    expect(nodeOf(after.nodes, 'title')?.parentId).toBeNull();
    expect(problemsOf(after)).toEqual([]);
  });

  it('drops before, inside or after a row, never into its own subtree or a leaf', () => {
    const state = reducer(undefined, domain.hydrateFromSnapshot(richTree()));
    expect(dropTarget(state, 'footer', 'title', 'before')).toEqual({ parentId: 'page', index: 0 });
    expect(dropTarget(state, 'title', 'greet', 'after')).toEqual({ parentId: 'page', index: 1 });
    const intoSelf = dropTarget(state, 'page', 'page', 'inside');
    expect(intoSelf).toBeUndefined();
    expect(reducer(state, nodeMoved({ id: 'page', to: { parentId: 'title', index: 0 } }))).toBe(state);
    expect(reducer(state, nodeMoved({ id: 'footer', to: { parentId: 'greet', index: 0 } }))).toBe(state);
  });

  it('ignores props that do not fit the type', () => {
    let state = reducer(undefined, domain.hydrateFromSnapshot(richTree()));
    state = reducer(state, propChanged({ id: 'page', prop: 'gap', value: 16 }));
    state = reducer(state, propChanged({ id: 'page', prop: 'gap', value: -1 }));
    state = reducer(state, propChanged({ id: 'page', prop: 'colour', value: 'red' }));
    expect(nodeOf(state.nodes, 'page')?.props).toEqual({ direction: 'column', gap: 16 });
  });

  it('changes a prop or a name as a new frozen state sharing every other node, and keeps the state when nothing changes', () => {
    const before = reducer(undefined, domain.hydrateFromSnapshot(richTree()));
    const typed = reducer(before, propChanged({ id: 'title', prop: 'content', value: 'Hello!' }));
    expect(nodeOf(typed.nodes, 'title')?.props).toEqual({ content: 'Hello!', variant: 'heading' });
    expect(nodeOf(before.nodes, 'title')?.props.content).toBe('Hello {{userName}}');
    for (const id of ['page', 'greet', 'footer']) expect(node(typed.nodes, id)).toBe(node(before.nodes, id));
    // One bucket copied, the one of the edited node: every other is the very same object, whatever the page's size.
    expect(Object.keys(typed.nodes).sort()).toEqual(Object.keys(before.nodes).sort());
    expect(Object.keys(typed.nodes).filter((key) => typed.nodes[Number(key)] !== before.nodes[Number(key)])).toEqual([
      String(bucketOf('title')),
    ]);
    expect(typed.rootIds).toBe(before.rootIds);
    for (const value of [
      typed,
      typed.nodes,
      typed.nodes[bucketOf('title')],
      node(typed.nodes, 'title'),
      node(typed.nodes, 'title').props,
    ])
      expect(Object.isFrozen(value)).toBe(true);
    expect(() => {
      (node(typed.nodes, 'title') as { name?: string }).name = 'mutated';
    }).toThrow(TypeError);

    const named = reducer(typed, nodeRenamed({ id: 'title', name: '  Greeting ' }));
    expect(nodeOf(named.nodes, 'title')?.name).toBe('Greeting');
    const cleared = reducer(named, propCleared({ id: 'title', prop: 'variant' }));
    expect(nodeOf(cleared.nodes, 'title')?.props).toEqual({ content: 'Hello!' });
    expect(nodeOf(reducer(cleared, nodeRenamed({ id: 'title', name: '' })).nodes, 'title')).not.toHaveProperty('name');

    // The same value again, a prop already absent, a node that is gone: the very same state.
    for (const action of [
      propChanged({ id: 'title', prop: 'content', value: 'Hello!' }),
      nodeRenamed({ id: 'title', name: 'Greeting' }),
      propCleared({ id: 'title', prop: 'variant' }),
      propChanged({ id: 'gone', prop: 'content', value: 'x' }),
    ]) {
      expect(reducer(cleared, action)).toBe(cleared);
    }
  });

  it('copies one bucket of nodes for a prop or a name, not the page: typing costs the same on any page', () => {
    const record: Record<string, ComponentNode> = {};
    const rootIds: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      record[`t${i}`] = { id: `t${i}`, type: 'Text', props: { content: `Line ${i}` }, children: [], parentId: null };
      rootIds.push(`t${i}`);
    }
    const before = reducer(undefined, domain.hydrateFromSnapshot(treeForEditor({ nodes: record, rootIds })));
    const copiedBuckets = (after: ComponentTreeState) =>
      Object.keys(after.nodes).filter((key) => after.nodes[Number(key)] !== before.nodes[Number(key)]);
    for (const after of [
      reducer(before, propChanged({ id: 't5000', prop: 'content', value: 'Changed' })),
      reducer(before, nodeRenamed({ id: 't5000', name: 'Fifth thousand' })),
    ]) {
      expect(copiedBuckets(after)).toEqual([String(bucketOf('t5000'))]);
      expect(Object.keys(after.nodes)).toHaveLength(Object.keys(before.nodes).length);
      expect(countNodes(after.nodes)).toBe(10_000);
      // The one bucket copied holds a small share of the page (about 1 in 256 of its nodes).
      expect(Object.keys(after.nodes[bucketOf('t5000')] ?? {}).length).toBeLessThan(100);
      expect(after.rootIds).toBe(before.rootIds);
    }
    expect(
      nodeOf(reducer(before, propChanged({ id: 't5000', prop: 'content', value: 'Changed' })).nodes, 't5000')?.props,
    ).toEqual({
      content: 'Changed',
    });
  });

  it('lists only the rows of expanded nodes, depth first, at any depth', () => {
    const record: Record<string, ComponentNode> = {};
    for (let i = 0; i < 20_000; i++) {
      record[`n${i}`] = {
        id: `n${i}`,
        type: 'Container',
        props: {},
        children: i < 19_999 ? [`n${i + 1}`] : [],
        parentId: i ? `n${i - 1}` : null,
      };
    }
    const rows = visibleRows({ nodes: nodeTable(record), rootIds: ['n0'], collapsed: { n5: true } });
    expect(rows.map((r) => r.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4', 'n5']);
    expect(rows[5]).toMatchObject({ depth: 6, expanded: false, hasChildren: true, position: 1, siblings: 1 });
  });

  it('keeps the tree valid through any sequence of edits (property)', () => {
    const types = ['Container', 'Text', 'Button', 'Input', 'Image', 'List'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), type: fc.constantFrom(...types, 'Unknown') }),
      fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('key' as const), pick: fc.nat(), move: fc.constantFrom('up', 'down', 'indent', 'outdent') }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), target: fc.nat(), index: fc.integer({ min: -1, max: 5 }) }),
      fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.string() }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(op, { maxLength: 40 }), (fromFixture, ops) => {
        const store = newStore(fromFixture ? richSnapshot().componentTree : { nodes: {}, rootIds: [] });
        const tree = () => store.getState().componentTree;
        const idAt = (n: number) => {
          // In the page's order, which the edits alone decide (not the random new ids).
          const ids = nodesInPageOrder(tree()).map((n) => n.id);
          return ids.length ? (ids[n % ids.length] as string) : 'none';
        };
        for (const o of ops) {
          if (o.kind === 'add') store.dispatch(nodeAdded(o.type));
          if (o.kind === 'select') store.dispatch(selected(idAt(o.pick)));
          if (o.kind === 'remove') store.dispatch(nodeRemoved(idAt(o.pick)));
          if (o.kind === 'duplicate') store.dispatch(nodeDuplicated(idAt(o.pick)));
          if (o.kind === 'rename') store.dispatch(nodeRenamed({ id: idAt(o.pick), name: o.name }));
          if (o.kind === 'key') {
            const target = moveTarget(tree(), idAt(o.pick), o.move as 'up');
            if ('to' in target) store.dispatch(nodeMoved({ id: idAt(o.pick), to: target.to }));
          }
          if (o.kind === 'move') {
            const parentId = o.target % 3 === 0 ? null : idAt(o.target);
            store.dispatch(nodeMoved({ id: idAt(o.pick), to: { parentId, index: o.index } }));
          }
          expect(problemsOf(tree())).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
