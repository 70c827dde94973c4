// @vitest-environment happy-dom
import { hostOver, richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import { componentTreeSlice, hydrated, nodeAdded, nodeRenamed, propChanged, selected, toggled } from './slice.js';

// Counts renders of the tree view (it calls useVirtualizer once per render), and gives its scroller a size:
// happy-dom lays nothing out, and a virtualizer with no room shows no rows.
const treeRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('@tanstack/react-virtual', async (importOriginal) => {
  const real = await importOriginal<typeof import('@tanstack/react-virtual')>();
  return {
    ...real,
    useVirtualizer: ((options) => {
      treeRenders.count++;
      const rect = { width: 300, height: 600 };
      return real.useVirtualizer({ ...options, initialRect: rect, observeElementRect: (_, resize) => resize(rect) });
    }) as typeof real.useVirtualizer,
  };
});

const host = hostOver();

const page = rootPerTest();
const store = configureStore({ reducer: { componentTree: componentTreeSlice.reducer } });

beforeEach(() => {
  store.dispatch(hydrated(richSnapshot().componentTree, { selectedNodeId: 'title' }));
  page.render(
    <Provider store={store}>
      <Editor host={host} />
    </Provider>,
  );
  treeRenders.count = 0;
});

const items = () =>
  [...page.container.querySelectorAll('[role="treeitem"]')].map(
    (row) => `${row.getAttribute('aria-level')}:${row.getAttribute('aria-label')}`,
  );
const edit = (action: Parameters<typeof store.dispatch>[0]) => act(() => void store.dispatch(action));

describe('component tree editor', () => {
  it('shows the rows of the tree', () => {
    expect(items()).toEqual(['1:Container', '2:Text', '2:Button', '1:Text']);
  });

  it('does not re-render the tree for a prop edit', () => {
    edit(propChanged({ id: 'title', prop: 'content', value: 'Hello there' }));
    expect(treeRenders.count).toBe(0);
    expect(page.container.querySelector('input[value="Hello there"]')).not.toBeNull();
  });

  it('shows a new name in its row, without re-rendering the tree', () => {
    edit(nodeRenamed({ id: 'greet', name: 'Say hello' }));
    expect(items()).toEqual(['1:Container', '2:Text', '2:Say hello', '1:Text']);
    expect(treeRenders.count).toBe(0);
  });

  it('follows adds and collapsing', () => {
    edit(selected('page'));
    edit(nodeAdded('Button'));
    expect(items()).toEqual(['1:Container', '2:Text', '2:Button', '2:Button', '1:Text']);
    edit(toggled({ id: 'page', expanded: false }));
    expect(items()).toEqual(['1:Container', '1:Text']);
  });
});
