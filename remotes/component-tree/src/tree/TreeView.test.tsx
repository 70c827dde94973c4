// @vitest-environment happy-dom
import { type ComponentNode, treeForEditor } from '@psb/contracts';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { componentTreeSlice, hydrated } from '../slice.js';
import { TreeView } from './TreeView.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);
// Counts the rows drawn: each render of a row names its node once.
const labelled = vi.hoisted(() => ({ count: 0 }));
vi.mock('../names.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../names.js')>();
  return {
    ...real,
    treeLabel: (node: Parameters<typeof real.treeLabel>[0]) => {
      labelled.count++;
      return real.treeLabel(node);
    },
  };
});

/** Rows are 28 px tall (TreeView's ROW_HEIGHT). */
const ROW = 28;
const COUNT = 5_000;
const ids = Array.from({ length: COUNT }, (_, i) => `t${i}`);
const nodes: Record<string, ComponentNode> = Object.fromEntries(
  ids.map((id, i) => [id, { id, type: 'Text', name: `Text ${i}`, props: {}, children: [], parentId: null }]),
);

const page = rootPerTest();
// The dev-only checks walk the whole 5,000-node state at each action, and warn about it.
const store = configureStore({
  reducer: { componentTree: componentTreeSlice.reducer },
  middleware: (defaults) => defaults({ serializableCheck: false, immutableCheck: false }),
});

beforeEach(() => {
  store.dispatch(hydrated(treeForEditor({ nodes, rootIds: ids }), { selectedNodeId: 't0' }));
  page.render(
    <Provider store={store}>
      <TreeView onMessage={() => {}} />
    </Provider>,
  );
  labelled.count = 0;
});

const scroller = () => page.container.querySelector('[role="tree"]') as HTMLElement;
const shown = () => [...page.container.querySelectorAll('[role="treeitem"]')].map((row) => row.getAttribute('aria-label'));

function scrollTo(top: number) {
  act(() => {
    scroller().scrollTop = top;
    scroller().dispatchEvent(new Event('scroll'));
  });
}

describe('the tree at 5,000 rows, scrolled', () => {
  it('draws a window of rows, with their place among all of them', () => {
    const drawn = shown();
    expect(drawn.length).toBeGreaterThan(20);
    expect(drawn.length).toBeLessThan(50);
    const first = page.container.querySelector('[role="treeitem"]');
    expect(first?.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(first?.getAttribute('aria-posinset')).toBe('1');
  });

  it('draws only the rows a scroll step brings into view, not again those still in it', () => {
    scrollTo(3 * ROW);
    expect(shown()).toContain('Text 3');
    // Three rows came into view (and three left): the rows that stayed are not drawn again.
    expect(labelled.count).toBe(3);

    labelled.count = 0;
    scrollTo(4_000 * ROW);
    const drawn = shown();
    expect(drawn).toContain('Text 4000');
    expect(drawn).not.toContain('Text 3');
    // A jump draws a new window's worth of rows, no more: never the rows in between.
    expect(labelled.count).toBe(drawn.length);
  });
});
