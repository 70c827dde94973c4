// @vitest-environment happy-dom
import { type ComponentTree, type HostApi, nodeOf, treeForEditor, type Variable } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore, createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hydrated, variablesSlice } from './slice.js';
import { VariableDetails } from './VariableDetails.js';

// Counts the look-ups of a variable's uses: each scans every component and flow step.
const lookups = vi.hoisted(() => ({ count: 0 }));
vi.mock('./usage.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./usage.js')>();
  return {
    ...real,
    usageOf: (...args: Parameters<typeof real.usageOf>) => {
      lookups.count++;
      return real.usageOf(...args);
    },
  };
});

/** The component tree as the host store holds it, edited as its domain would: only what changes is replaced. */
const componentTree = createSlice({
  name: 'componentTree',
  initialState: (): ComponentTree => treeForEditor(richSnapshot().componentTree),
  reducers: {
    contentChanged(state, { payload }: PayloadAction<{ id: string; content: string }>) {
      const node = nodeOf(state.nodes, payload.id);
      if (node) node.props.content = payload.content;
    },
  },
});
const { contentChanged } = componentTree.actions;

const newStore = () => {
  const store = configureStore({
    reducer: {
      variables: variablesSlice.reducer,
      componentTree: componentTree.reducer,
      actionFlows: () => richSnapshot().actionFlows,
    },
  });
  store.dispatch(hydrated(richSnapshot().variables));
  return store;
};
const host: HostApi = { selectSection: (state, key) => (state as Record<string, unknown>)[key], services: {} };

const page = rootPerTest();
let store: ReturnType<typeof newStore>;
const onDelete = vi.fn();

function show(variable: Variable) {
  page.render(
    <Provider store={store}>
      <VariableDetails variable={variable} host={host} focusName={false} onDelete={onDelete} />
    </Provider>,
  );
}
const variable = (id: string) => richSnapshot().variables.entities[id] as Variable;
const press = (text: string) =>
  act(() => [...page.container.querySelectorAll('button')].find((b) => b.textContent === text)?.click());
const listedUses = () => [...page.container.querySelectorAll('.psb-vars-uses li')].map((li) => li.textContent);

beforeEach(() => {
  store = newStore();
  lookups.count = 0;
  onDelete.mockClear();
});

describe('VariableDetails', () => {
  it('does not look for uses while the page is edited, only when asked', () => {
    show(variable('v-name'));
    for (const content of ['H', 'He', 'Hel']) act(() => void store.dispatch(contentChanged({ id: 'footer', content })));
    expect(lookups.count).toBe(0);
    expect(page.container.querySelector('[role="alertdialog"]')).toBeNull();
  });

  it('names the uses as they are when Delete is pressed, and keeps them current while it asks', () => {
    show(variable('v-name'));
    act(() => void store.dispatch(contentChanged({ id: 'footer', content: 'Bye {{userName}}' })));
    press('Delete');
    expect(listedUses()).toEqual(['Text “Text”, Content', 'Text “Text”, Content', 'Flow “Greet”, step 2.1 (showToast)']);
    act(() => void store.dispatch(contentChanged({ id: 'title', content: 'Hello' })));
    expect(listedUses()).toEqual(['Text “Text”, Content', 'Flow “Greet”, step 2.1 (showToast)']);
    expect(onDelete).not.toHaveBeenCalled();
    press('Delete anyway');
    expect(onDelete).toHaveBeenCalledOnce();
  });

  it('deletes an unused variable without asking, and asks once a component uses it', () => {
    show(variable('v-tags'));
    press('Delete');
    expect(page.container.querySelector('[role="alertdialog"]')).toBeNull();
    expect(onDelete).toHaveBeenCalledOnce();
    act(() => void store.dispatch(contentChanged({ id: 'footer', content: '{{tags}}' })));
    press('Delete');
    expect(listedUses()).toEqual(['Text “Text”, Content']);
    expect(onDelete).toHaveBeenCalledOnce();
  });
});
