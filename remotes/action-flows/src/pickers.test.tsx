// @vitest-environment happy-dom
import type { HostApi, Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { nativeSelect, rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it } from 'vitest';
import { Editor } from './Editor.js';
import { actionFlowsSlice, hydrated, KEY } from './slice.js';

const page = rootPerTest();

/** The editor over this project, in the document. */
function setUp(snapshot: Snapshot = richSnapshot()) {
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated(snapshot.actionFlows));
  const host: HostApi = { selectSection: (_state, key) => (snapshot as unknown as Record<string, unknown>)[key], services: {} };
  page.render(
    <Provider store={store}>
      <Editor host={host} />
    </Provider>,
  );
  return store;
}

/** The selects a `<label for>` with this text points at, in document order. */
function pickers(label: string): HTMLSelectElement[] {
  return [...page.container.querySelectorAll('label')]
    .filter((l) => l.textContent === label)
    .map((l) => {
      const control = document.getElementById(l.htmlFor);
      if (!(control instanceof HTMLSelectElement)) throw new Error(`the ${label} label points at no select`);
      return control;
    });
}
function picker(label: string): HTMLSelectElement {
  const [first] = pickers(label);
  if (!first) throw new Error(`no ${label} picker`);
  return first;
}

/** What the select holds, as [value, text] pairs. */
const shown = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.text]);
/** What a closed select shows: its value and the text of its selected option. */
const showing = (select: HTMLSelectElement) => [select.value, select.selectedOptions[0]?.text];
const { open, close, choose } = nativeSelect;
const press = (text: string) =>
  act(() => [...page.container.querySelectorAll('button')].find((b) => b.textContent === text)?.click());

describe('pickers of the action flows editor', () => {
  it('show the current component, event and flow of a binding, and list the choices when opened', () => {
    setUp();
    for (const [label, current] of [
      ['Component', ['greet', 'Button (Button)']],
      ['Event', ['click', 'click']],
      ['Flow', ['flow-greet', 'Greet']],
      ['Method', ['POST', 'POST']],
    ] as const) {
      expect(shown(picker(label))).toEqual([current]);
      expect(showing(picker(label))).toEqual(current);
    }
    open(picker('Component'));
    expect(shown(picker('Component'))).toEqual([['greet', 'Button (Button)']]);
    open(picker('Event'));
    expect(shown(picker('Event'))).toEqual([['click', 'click']]);
    open(picker('Flow'));
    expect(shown(picker('Flow'))).toEqual([['flow-greet', 'Greet']]);
    close(picker('Flow'));
    expect(showing(picker('Flow'))).toEqual(['flow-greet', 'Greet']);
  });

  it('point a binding at the flow picked', () => {
    const store = setUp();
    press('Add flow');
    const added = store.getState()[KEY].selectedFlowId as string;
    const flow = picker('Flow');
    open(flow);
    expect(shown(flow)).toEqual([
      ['flow-greet', 'Greet'],
      [added, 'Flow 2'],
    ]);
    choose(flow, added);
    expect(store.getState()[KEY].bindings[0]?.flowId).toBe(added);
    expect(showing(flow)).toEqual([added, 'Flow 2']);
    close(flow);
    expect(shown(picker('Flow'))).toEqual([[added, 'Flow 2']]);
    expect(showing(picker('Flow'))).toEqual([added, 'Flow 2']);
  });

  it('add a binding for the first component of the page, top to bottom, that emits events', () => {
    const snapshot = richSnapshot();
    const { nodes, rootIds } = snapshot.componentTree;
    // A button inserted into the nodes first but shown last, and an input shown before the page's button.
    nodes.last = { id: 'last', type: 'Button', props: { label: 'Last' }, children: [], parentId: null };
    nodes.email = { id: 'email', type: 'Input', props: {}, children: [], parentId: 'page' };
    snapshot.componentTree.nodes = { last: nodes.last, ...nodes };
    rootIds.push('last');
    nodes.page?.children.splice(1, 0, 'email');
    const store = setUp(snapshot);
    press('Add binding');
    expect(store.getState()[KEY].bindings.at(-1)).toMatchObject({ nodeId: 'email', event: 'change', flowId: 'flow-greet' });
  });

  it('set a step to the variable picked, listing every variable', () => {
    const store = setUp();
    const [variable, ofIf] = pickers('Variable');
    if (!variable || !ofIf) throw new Error('expected the Variable pickers of the set and if steps');
    expect(shown(variable)).toEqual([['v-count', 'count']]);
    open(variable);
    expect(shown(variable).map(([, name]) => name)).toEqual(['userName', 'count', 'isAdmin', 'profile', 'tags']);
    choose(variable, 'v-name');
    close(variable);
    expect(store.getState()[KEY].entities['flow-greet']?.steps[0]).toMatchObject({ variableId: 'v-name' });
    expect(shown(variable)).toEqual([['v-name', 'userName']]);
    // The other step keeps its own variable.
    expect(shown(ofIf)).toEqual([['v-count', 'count']]);
    expect(store.getState()[KEY].entities['flow-greet']?.steps[1]).toMatchObject({ variableId: 'v-count' });
  });

  it('clear an optional result variable by picking none', () => {
    const store = setUp();
    const result = picker('Result variable');
    expect(shown(result)).toEqual([['v-profile', 'profile']]);
    open(result);
    expect(shown(result)[0]).toEqual(['', '(none)']);
    choose(result, '');
    close(result);
    const step = store.getState()[KEY].entities['flow-greet']?.steps[1];
    expect(step?.kind === 'if' && step.elseSteps[0]).not.toHaveProperty('resultVariableId');
    expect(shown(picker('Result variable'))).toEqual([['', '(none)']]);
  });

  it('show a missing component, flow or variable as such rather than another value', () => {
    const snapshot = richSnapshot();
    snapshot.actionFlows.bindings = [{ id: 'b1', nodeId: 'gone', event: 'click', flowId: 'flow-gone' }];
    const [first] = snapshot.actionFlows.flows['flow-greet']?.steps ?? [];
    if (first?.kind === 'setVariable') first.variableId = 'v-gone';
    setUp(snapshot);
    expect(shown(picker('Component'))).toEqual([['gone', '⚠ missing component']]);
    expect(shown(picker('Flow'))).toEqual([['flow-gone', '⚠ missing flow']]);
    expect(shown(picker('Variable'))).toEqual([['v-gone', '⚠ deleted variable']]);
    expect(shown(picker('Result variable'))).toEqual([['v-profile', 'profile']]);
    expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
      'This binding is broken: its component no longer exists and its flow no longer exists.',
    );
    // Opened, the missing value stays first and selected, ahead of the real choices.
    const flow = picker('Flow');
    open(flow);
    expect(shown(flow)).toEqual([
      ['flow-gone', '⚠ missing flow'],
      ['flow-greet', 'Greet'],
    ]);
    expect(flow.value).toBe('flow-gone');
  });
});

/** The rich fixture with `size` buttons, each bound to its flow, and `size` more variables: every menu grows. */
function wide(size: number): Snapshot {
  const snapshot = richSnapshot();
  for (let i = 0; i < size; i++) {
    const id = `button${i}`;
    snapshot.componentTree.nodes[id] = { id, type: 'Button', props: { label: `Go ${i}` }, children: [], parentId: null };
    snapshot.componentTree.rootIds.push(id);
    snapshot.actionFlows.bindings.push({ id: `b-${id}`, nodeId: id, event: 'click', flowId: 'flow-greet' });
    snapshot.variables.ids.push(`v${i}`);
    snapshot.variables.entities[`v${i}`] = { id: `v${i}`, name: `value${i}`, type: 'number', defaultValue: 0 };
  }
  return snapshot;
}
const elements = () => page.container.querySelectorAll('*').length;

describe('the size of the action flows editor', () => {
  it('is a few elements per binding until a picker opens, and only that picker lists its choices, while open', () => {
    setUp(wide(100));
    const small = elements();
    page.reset();
    setUp(wide(500));
    const large = elements();
    // Linear: five times the bindings and variables, at most five times the elements.
    expect(large).toBeLessThanOrEqual(5 * small);
    expect(large).toBeLessThan(500 * 20);
    // Opening one Component menu adds one option per other button (501 in all), and closing it takes them away.
    const component = picker('Component');
    open(component);
    expect(component.options).toHaveLength(501);
    expect(elements()).toBe(large + 500);
    close(component);
    expect(elements()).toBe(large);
  });
});
