import { nodeOf, nodesInPageOrder, treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  componentTreeSlice,
  hydrated,
  nodeAdded,
  nodeDuplicated,
  nodeMoved,
  nodeRemoved,
  nodeRenamed,
  propChanged,
  selected,
  toggled,
} from '../slice.js';
import { visibleRows } from './rows.js';
import { selectRows } from './selectRows.js';

const newStore = () => {
  const store = configureStore({ reducer: { componentTree: componentTreeSlice.reducer } });
  store.dispatch(hydrated(treeForEditor(richSnapshot().componentTree)));
  return store;
};

describe('selectRows', () => {
  it('gives the same rows array after edits that keep the shape: props, names, selection', () => {
    const store = newStore();
    const tree = () => store.getState().componentTree;
    const rows = selectRows(tree());
    store.dispatch(propChanged({ id: 'title', prop: 'content', value: 'Hello there' }));
    store.dispatch(nodeRenamed({ id: 'greet', name: 'Say hello' }));
    store.dispatch(selected('footer'));
    expect(nodeOf(tree().nodes, 'title')?.props.content).toBe('Hello there');
    expect(selectRows(tree())).toBe(rows);
  });

  it('follows adds, moves, deletes, duplicates and collapsing', () => {
    const store = newStore();
    const tree = () => store.getState().componentTree;
    const ids = () => selectRows(tree()).map((row) => `${row.depth}:${row.id}`);
    expect(ids()).toEqual(['1:page', '2:title', '2:greet', '1:footer']);

    store.dispatch(selected('page'));
    store.dispatch(nodeAdded('Text'));
    const added = tree().selectedId as string;
    expect(ids()).toEqual(['1:page', '2:title', '2:greet', `2:${added}`, '1:footer']);

    store.dispatch(nodeMoved({ id: 'footer', to: { parentId: 'page', index: 0 } }));
    expect(ids()).toEqual(['1:page', '2:footer', '2:title', '2:greet', `2:${added}`]);

    store.dispatch(nodeRemoved('title'));
    expect(ids()).toEqual(['1:page', '2:footer', '2:greet', `2:${added}`]);

    store.dispatch(toggled({ id: 'page', expanded: false }));
    expect(ids()).toEqual(['1:page']);
    expect(selectRows(tree())[0]).toMatchObject({ hasChildren: true, expanded: false });
    store.dispatch(toggled({ id: 'page', expanded: true }));

    store.dispatch(nodeDuplicated('page'));
    expect(ids()).toHaveLength(8);
    expect(ids().filter((id) => id.startsWith('1:'))).toHaveLength(2);
  });

  it('always equals the rows built from scratch, through any sequence of edits (property)', () => {
    const types = ['Container', 'Text', 'Button', 'List'];
    const op = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), type: fc.constantFrom(...types) }),
      fc.record({ kind: fc.constant('select' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('duplicate' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), target: fc.nat(), index: fc.nat(4) }),
      fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat(), expanded: fc.boolean() }),
      fc.record({ kind: fc.constant('rename' as const), pick: fc.nat(), name: fc.string() }),
      fc.record({ kind: fc.constant('prop' as const), pick: fc.nat(), text: fc.string() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        const store = newStore();
        const tree = () => store.getState().componentTree;
        const idAt = (n: number) => {
          // In the page's order, which the edits alone decide (not the random new ids).
          const ids = nodesInPageOrder(tree()).map((n) => n.id);
          return ids.length ? (ids[n % ids.length] as string) : 'none';
        };
        for (const o of ops) {
          const before = selectRows(tree());
          if (o.kind === 'add') store.dispatch(nodeAdded(o.type));
          if (o.kind === 'select') store.dispatch(selected(idAt(o.pick)));
          if (o.kind === 'remove') store.dispatch(nodeRemoved(idAt(o.pick)));
          if (o.kind === 'duplicate') store.dispatch(nodeDuplicated(idAt(o.pick)));
          if (o.kind === 'move') {
            const parentId = o.target % 3 === 0 ? null : idAt(o.target);
            store.dispatch(nodeMoved({ id: idAt(o.pick), to: { parentId, index: o.index } }));
          }
          if (o.kind === 'toggle') store.dispatch(toggled({ id: idAt(o.pick), expanded: o.expanded }));
          if (o.kind === 'rename') store.dispatch(nodeRenamed({ id: idAt(o.pick), name: o.name }));
          if (o.kind === 'prop') store.dispatch(propChanged({ id: idAt(o.pick), prop: 'content', value: o.text }));
          const after = selectRows(tree());
          expect(after).toEqual(visibleRows(tree()));
          if (o.kind === 'select' || o.kind === 'rename' || o.kind === 'prop') expect(after).toBe(before);
        }
      }),
      { numRuns: 200 },
    );
  });
});
