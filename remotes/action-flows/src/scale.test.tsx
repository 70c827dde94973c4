// @vitest-environment happy-dom
import type { Flow } from '@psb/contracts';
import { hostOver, richSnapshot } from '@psb/contracts/testing';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import { actionFlowsSlice, flowRenamed, hydrated, KEY } from './slice.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);
// A flow row calls counted once per render, a binding row componentText: counting the calls counts the row renders.
const renders = vi.hoisted(() => ({ flowRows: 0, bindingRows: 0 }));
vi.mock('./counted.js', async (real) => {
  const { counted } = await real<typeof import('./counted.js')>();
  return {
    counted: (...args: Parameters<typeof counted>) => {
      renders.flowRows++;
      return counted(...args);
    },
  };
});
vi.mock('./bindings/componentText.js', async (real) => {
  const module = await real<typeof import('./bindings/componentText.js')>();
  return {
    ...module,
    componentText: (...args: Parameters<typeof module.componentText>) => {
      renders.bindingRows++;
      return module.componentText(...args);
    },
  };
});

const page = rootPerTest();
const COUNT = 2_000;
const snapshot = richSnapshot();
const host = hostOver(snapshot);

/** The editor over 2,000 flows and 2,000 bindings of richSnapshot's button, counting the renders of its parts. */
function bigEditor() {
  const flows: Record<string, Flow> = {};
  for (let i = 0; i < COUNT; i++) flows[`f${i}`] = { id: `f${i}`, name: `Flow ${i}`, steps: [] };
  const button = Object.values(snapshot.componentTree.nodes).find((n) => n.type === 'Button');
  const bindings = Array.from({ length: COUNT }, (_, i) => ({
    id: `b${i}`,
    nodeId: button?.id ?? '',
    event: 'click',
    flowId: `f${i}`,
  }));
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated({ flows, bindings }));
  page.render(
    <Provider store={store}>
      <Editor host={host} />
    </Provider>,
  );
  return store;
}

const flowRows = () => [...page.container.querySelectorAll('[aria-label="Flows"] > li')];
const bindingRows = () => [...page.container.querySelectorAll('[aria-label="Bindings list"] > li')];
const frames = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

describe('the action flows editor at 2,000 flows and 2,000 bindings', () => {
  it('draws only the rows in view, each saying its place in the whole list', () => {
    bigEditor();
    expect(flowRows().length).toBeGreaterThan(0);
    expect(flowRows().length).toBeLessThan(60);
    expect(bindingRows().length).toBeGreaterThan(0);
    expect(bindingRows().length).toBeLessThan(60);
    expect(page.container.querySelectorAll('*').length).toBeLessThan(1_500);
    const first = flowRows()[0];
    expect(first?.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(first?.getAttribute('aria-posinset')).toBe('1');
    expect(bindingRows()[1]?.getAttribute('aria-posinset')).toBe('2');
  });

  it('a search by name finds a flow far down, counts it, and Enter focuses it', async () => {
    bigEditor();
    const search = page.container.querySelector<HTMLInputElement>('input[aria-label="Search flows"]');
    if (!search) throw new Error('no search box');
    typeInto(search, 'Flow 1999');
    expect(page.container.textContent).toContain(`1 of ${COUNT.toLocaleString('en')}`);
    act(() => search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
    await frames();
    const focused = document.activeElement;
    expect(focused?.textContent).toContain('Flow 1999');
    expect(focused?.closest('li')?.getAttribute('aria-setsize')).toBe('1');
    act(() => search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(search.value).toBe('');
    expect(flowRows()[0]?.getAttribute('aria-setsize')).toBe(String(COUNT));
  });

  it("a key press in a flow's name re-renders its row and the binding that runs it, not the 2,000 rows", () => {
    const store = bigEditor();
    renders.flowRows = 0;
    renders.bindingRows = 0;
    act(() => {
      store.dispatch(flowRenamed({ id: 'f0', name: 'Flow zero' }));
    });
    expect(flowRows()[0]?.textContent).toContain('Flow zero');
    expect(renders).toEqual({ flowRows: 1, bindingRows: 1 });
  });

  it("typing in the open flow's name field re-renders one row of each list", () => {
    bigEditor();
    const name = page.container.querySelector<HTMLInputElement>('[aria-label="Flow Flow 0"] input');
    if (!name) throw new Error('no name field');
    renders.flowRows = 0;
    renders.bindingRows = 0;
    typeInto(name, 'Flow 0a');
    expect(renders).toEqual({ flowRows: 1, bindingRows: 1 });
  });
});
