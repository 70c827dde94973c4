// @vitest-environment happy-dom
import type { ComponentNode, Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { combobox, nativeSelect, rootPerTest } from '@psb/contracts/testing/dom';
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { MOST_SHOWN } from './ComboField.js';
import { KEY } from './slice.js';
import { renderEditor } from './testing/renderEditor.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

const page = rootPerTest();

/** The editor over this project, in the document. */
const setUp = (snapshot?: Snapshot) => renderEditor(page, snapshot);

/** The controls a `<label for>` with this text points at, in document order. */
function controls<T extends HTMLElement>(label: string, kind: new () => T): T[] {
  return [...page.container.querySelectorAll('label')]
    .filter((l) => l.textContent === label)
    .map((l) => {
      const control = document.getElementById(l.htmlFor);
      if (!(control instanceof kind)) throw new Error(`the ${label} label points at no ${kind.name}`);
      return control;
    });
}
function first<T>([control]: T[], label: string): T {
  if (!control) throw new Error(`no ${label} picker`);
  return control;
}
/** A short fixed list (event, method): a native select. */
const picker = (label: string) => first(controls(label, HTMLSelectElement), label);
/** A list that grows with the project (component, flow, variable): a combobox. */
const combos = (label: string) => controls(label, HTMLInputElement);
const combo = (label: string) => first(combos(label), label);

/** What the select holds, as [value, text] pairs. */
const shown = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.text]);
/** What a closed select shows: its value and the text of its selected option. */
const showing = (select: HTMLSelectElement) => [select.value, select.selectedOptions[0]?.text];
const { open } = nativeSelect;
const { listed, pick } = combobox;
const press = (text: string) =>
  act(() => [...page.container.querySelectorAll('button')].find((b) => b.textContent === text)?.click());

describe('pickers of the action flows editor', () => {
  it('show the current component, event and flow of a binding, and list the choices when opened', () => {
    setUp();
    for (const [label, current] of [
      ['Event', ['click', 'click']],
      ['Method', ['POST', 'POST']],
    ] as const) {
      expect(shown(picker(label))).toEqual([current]);
      expect(showing(picker(label))).toEqual(current);
    }
    expect(combo('Component').value).toBe('Button “Greet”');
    expect(combo('Flow').value).toBe('Greet');
    combobox.open(combo('Component'));
    expect(listed(combo('Component'))).toEqual(['Button “Greet”']);
    open(picker('Event'));
    expect(shown(picker('Event'))).toEqual([['click', 'click']]);
    combobox.open(combo('Flow'));
    expect(listed(combo('Flow'))).toEqual(['Greet']);
    combobox.close(combo('Flow'));
    expect(listed(combo('Flow'))).toEqual([]);
    expect(combo('Flow').value).toBe('Greet');
  });

  it('point a binding at the flow picked', () => {
    const store = setUp();
    press('Add flow');
    const added = store.getState()[KEY].selectedFlowId as string;
    const flow = combo('Flow');
    combobox.open(flow);
    expect(listed(flow)).toEqual(['Greet', 'Flow 2']);
    pick(flow, 'Flow 2');
    expect(store.getState()[KEY].bindings[0]?.flowId).toBe(added);
    expect(combo('Flow').value).toBe('Flow 2');
    expect(listed(combo('Flow'))).toEqual([]);
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

  it('tell unnamed components apart by the text they show, and named ones by their name', () => {
    const snapshot = richSnapshot();
    const { nodes, rootIds } = snapshot.componentTree;
    const add = (node: Omit<ComponentNode, 'children' | 'parentId'>) => {
      nodes[node.id] = { ...node, children: [], parentId: null };
      rootIds.push(node.id);
    };
    add({ id: 'save', type: 'Button', props: { label: '  Save\n changes ' } });
    add({ id: 'long', type: 'Button', props: { label: 'Send this form to the team that reviews every request' } });
    add({ id: 'plain', type: 'Button', props: {} });
    add({ id: 'logo', type: 'Image', props: { src: '/logo.png', alt: 'Company logo' } });
    add({ id: 'mail', type: 'Input', name: 'Email field', props: { label: 'Email' } });
    setUp(snapshot);
    combobox.open(combo('Component'));
    expect(listed(combo('Component'))).toEqual([
      'Button “Greet”',
      'Button “Save changes”',
      'Button “Send this form to the team that reviews…”',
      'Button',
      'Image “Company logo”',
      'Email field (Input)',
    ]);
  });

  it('set a step to the variable picked, listing every variable', () => {
    const store = setUp();
    const [variable, ofIf] = combos('Variable');
    if (!variable || !ofIf) throw new Error('expected the Variable pickers of the set and if steps');
    expect(variable.value).toBe('count');
    combobox.open(variable);
    expect(listed(variable)).toEqual(['userName', 'count', 'isAdmin', 'profile', 'tags']);
    pick(variable, 'userName');
    expect(store.getState()[KEY].entities['flow-greet']?.steps[0]).toMatchObject({ variableId: 'v-name' });
    expect(variable.value).toBe('userName');
    // The other step keeps its own variable.
    expect(ofIf.value).toBe('count');
    expect(store.getState()[KEY].entities['flow-greet']?.steps[1]).toMatchObject({ variableId: 'v-count' });
  });

  it('find a variable by typing part of its name', () => {
    const store = setUp();
    const variable = combo('Variable');
    combobox.type(variable, 'ADM');
    expect(listed(variable)).toEqual(['isAdmin']);
    combobox.press(variable, 'Enter');
    expect(store.getState()[KEY].entities['flow-greet']?.steps[0]).toMatchObject({ variableId: 'v-admin' });
    expect(variable.value).toBe('isAdmin');
  });

  it('clear an optional result variable by picking none', () => {
    const store = setUp();
    const result = combo('Result variable');
    expect(result.value).toBe('profile');
    combobox.open(result);
    expect(listed(result)[0]).toBe('(none)');
    pick(result, '(none)');
    const step = store.getState()[KEY].entities['flow-greet']?.steps[1];
    expect(step?.kind === 'if' && step.elseSteps[0]).not.toHaveProperty('resultVariableId');
    expect(combo('Result variable').value).toBe('(none)');
  });

  it('show a missing component, flow or variable as such rather than another value', () => {
    const snapshot = richSnapshot();
    snapshot.actionFlows.bindings = [{ id: 'b1', nodeId: 'gone', event: 'click', flowId: 'flow-gone' }];
    const [firstStep] = snapshot.actionFlows.flows['flow-greet']?.steps ?? [];
    if (firstStep?.kind === 'setVariable') firstStep.variableId = 'v-gone';
    setUp(snapshot);
    expect(combo('Component').value).toBe('⚠ missing component');
    expect(combo('Flow').value).toBe('⚠ missing flow');
    expect(combo('Variable').value).toBe('⚠ deleted variable');
    expect(combo('Result variable').value).toBe('profile');
    expect(page.container.querySelector('[role="alert"]')?.textContent).toBe(
      'This binding is broken: its component no longer exists and its flow no longer exists.',
    );
    // Opened, it still says what is missing while it lists the real choices.
    const flow = combo('Flow');
    combobox.open(flow);
    expect(listed(flow)).toEqual(['Greet']);
    expect(flow.value).toBe('⚠ missing flow');
  });
});

/** The rich fixture with `size` buttons, each bound to its flow, and `size` more variables: every menu grows. */
function wide(size: number): Snapshot {
  const snapshot = richSnapshot();
  for (let i = 0; i < size; i++) {
    const id = `button${i}`;
    snapshot.componentTree.nodes[id] = {
      id,
      type: 'Button',
      name: `Go ${i}`,
      props: { label: `Go ${i}` },
      children: [],
      parentId: null,
    };
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
    // Opening one Component menu lists the first MOST_SHOWN of the 501 buttons and a note of the rest; closing it
    // takes them away. Typing finds any of them.
    const component = combo('Component');
    combobox.open(component);
    expect(listed(component)).toHaveLength(MOST_SHOWN);
    expect(elements()).toBe(large + MOST_SHOWN + 1);
    expect(page.container.textContent).toContain('401 more: type to narrow the list.');
    combobox.type(component, 'go 499');
    expect(listed(component)).toEqual(['Go 499 (Button)']);
    combobox.close(component);
    expect(elements()).toBe(large);
  });
});
