import type { HostApi } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import { renderToStaticMarkup } from 'react-dom/server';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import type { Option } from './SelectField.js';
import { actionFlowsSlice, flowAdded, hydrated, KEY } from './slice.js';

/*
 * No DOM here (the workspace has no jsdom): each select is replaced by one that keeps its props, so a test can
 * open it (ask for its options) and pick one (call onChange) as the real one does on focus and change.
 */
interface Picker {
  label: string;
  current: Option;
  options: () => Option[];
  onChange: (value: string) => void;
}
const pickers: Picker[] = [];
vi.mock('./SelectField.js', () => ({
  SelectField: (props: Picker) => {
    pickers.push(props);
    return null;
  },
}));
beforeEach(() => {
  pickers.length = 0;
});

function setUp(snapshot = richSnapshot()) {
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated(snapshot.actionFlows));
  const host: HostApi = { selectSection: (_state, key) => (snapshot as unknown as Record<string, unknown>)[key], services: {} };
  const render = () => {
    pickers.length = 0;
    renderToStaticMarkup(
      <Provider store={store}>
        <Editor host={host} />
      </Provider>,
    );
  };
  const picker = (label: string) => {
    const found = pickers.find((p) => p.label === label);
    if (!found) throw new Error(`no ${label} picker`);
    return found;
  };
  render();
  return { store, render, picker };
}

describe('pickers of the action flows editor', () => {
  it('show the current component, event and flow of a binding, and list the choices when opened', () => {
    const { picker } = setUp();
    expect(picker('Component').current).toEqual(['greet', 'Button (Button)']);
    expect(picker('Component').options()).toEqual([['greet', 'Button (Button)']]);
    expect(picker('Event').current).toEqual(['click', 'click']);
    expect(picker('Flow').current).toEqual(['flow-greet', 'Greet']);
    expect(picker('Flow').options()).toEqual([['flow-greet', 'Greet']]);
  });

  it('point a binding at the flow picked', () => {
    const { store, render, picker } = setUp();
    store.dispatch(flowAdded());
    render();
    const [, added] = picker('Flow').options();
    picker('Flow').onChange(added?.[0] as string);
    expect(store.getState()[KEY].bindings[0]?.flowId).toBe(added?.[0]);
    render();
    expect(picker('Flow').current).toEqual(added);
  });

  it('set a step to the variable picked, listing every variable', () => {
    const { store, picker } = setUp();
    const variable = picker('Variable');
    expect(variable.current).toEqual(['v-count', 'count']);
    expect(variable.options().map(([, name]) => name)).toEqual(['userName', 'count', 'isAdmin', 'profile', 'tags']);
    variable.onChange('v-name');
    expect(store.getState()[KEY].entities['flow-greet']?.steps[0]).toMatchObject({ variableId: 'v-name' });
  });

  it('show a missing component, flow or variable as such rather than another value', () => {
    const snapshot = richSnapshot();
    snapshot.actionFlows.bindings = [{ id: 'b1', nodeId: 'gone', event: 'click', flowId: 'flow-gone' }];
    const [first] = snapshot.actionFlows.flows['flow-greet']?.steps ?? [];
    if (first?.kind === 'setVariable') first.variableId = 'v-gone';
    const { picker } = setUp(snapshot);
    expect(picker('Component').current).toEqual(['gone', '⚠ missing component']);
    expect(picker('Flow').current).toEqual(['flow-gone', '⚠ missing flow']);
    expect(picker('Variable').current).toEqual(['v-gone', '⚠ deleted variable']);
    expect(picker('Result variable').current).toEqual(['v-profile', 'profile']);
  });
});
