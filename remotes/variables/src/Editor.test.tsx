// @vitest-environment happy-dom
import { snapshotForEditor } from '@psb/contracts';
import { hostOver, richSnapshot } from '@psb/contracts/testing';
import { nativeSelect, rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import { hydrated, variablesSlice } from './slice.js';
import { usageOf } from './usage.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

const snapshot = richSnapshot();
/** The other sections as the rich fixture has them: userName is used twice, tags nowhere. */
const host = hostOver(snapshot);
/** No component tree or action flows loaded: no use can be checked. */
const alone = hostOver();

const page = rootPerTest();

/** The editor over the rich fixture's variables, in the document. */
function setUp(over = host) {
  const store = configureStore({ reducer: { variables: variablesSlice.reducer } });
  store.dispatch(hydrated(richSnapshot().variables));
  page.render(
    <Provider store={store}>
      <Editor host={over} />
    </Provider>,
  );
  return store;
}

const rows = () => [...page.container.querySelectorAll('[role="option"]')];
/** Clicks the variable of this name in the list, as a person picks one. */
function pick(name: string) {
  const row = rows().find((r) => r.getAttribute('aria-label')?.startsWith(`${name}, `));
  if (!(row instanceof HTMLElement)) throw new Error(`no ${name} in the list`);
  act(() => row.click());
}
const form = () => page.container.querySelector('form');
/** The control a `<label for>` with this text points at. */
function control(label: string): HTMLElement | undefined {
  const found = [...page.container.querySelectorAll('label')].find((l) => l.textContent === label);
  const target = found && document.getElementById(found.htmlFor);
  return target instanceof HTMLElement ? target : undefined;
}
function input(label: string): HTMLInputElement {
  const found = control(label);
  if (!(found instanceof HTMLInputElement)) throw new Error(`${label} labels no input`);
  return found;
}
const button = (text: string) => [...page.container.querySelectorAll('button')].find((b) => b.textContent === text);
const press = (text: string) => act(() => button(text)?.click());
const dialog = () => page.container.querySelector('[role="alertdialog"]');

describe('Editor', () => {
  it('lists the variables with their type and default, and offers to add one', () => {
    setUp();
    expect(button('Add variable')).toBeDefined();
    expect(page.container.querySelector('[role="listbox"]')?.getAttribute('aria-label')).toBe('Variables');
    expect(rows().map((r) => r.getAttribute('aria-label'))).toEqual([
      'userName, string, default "Ada"',
      'count, number, default 0',
      'isAdmin, boolean, default false',
      'profile, object, default {"tier":"gold"}',
      'tags, array, default ["a","b"]',
    ]);
    // The first is selected until another is picked, and its form shows.
    expect(rows().map((r) => r.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false', 'false']);
    expect(form()?.getAttribute('aria-label')).toBe('Variable userName');
    pick('tags');
    expect(rows().map((r) => r.getAttribute('aria-selected'))).toEqual(['false', 'false', 'false', 'false', 'true']);
    expect(form()?.getAttribute('aria-label')).toBe('Variable tags');
  });

  it('adds a variable, selects it and puts the keyboard in its name', () => {
    const store = setUp();
    press('Add variable');
    expect(store.getState().variables.ids).toHaveLength(6);
    expect(rows()).toHaveLength(6);
    expect(rows()[5]?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(input('Name'));
  });
});

describe('VariableDetails', () => {
  it('labels the name, type and default of a string variable', () => {
    setUp();
    pick('userName');
    expect(input('Name').value).toBe('userName');
    const typeSelect = control('Type');
    expect(typeSelect).toBeInstanceOf(HTMLSelectElement);
    expect((typeSelect as HTMLSelectElement).value).toBe('string');
    expect(input('Default value').type).toBe('text');
    expect(input('Default value').value).toBe('Ada');
    expect(button('Set current value')).toBeDefined();
    expect(button('Delete')).toBeDefined();
  });

  it('edits a number with a number box, and shows its current value with a way back to the default', () => {
    const store = setUp();
    pick('count');
    expect(input('Default value').type).toBe('number');
    expect(input('Current value').type).toBe('number');
    expect(input('Current value').value).toBe('3');
    press('Use default');
    expect(store.getState().variables.values).not.toHaveProperty('v-count');
    expect(control('Current value')).toBeUndefined();
    expect(button('Use default')).toBeUndefined();
    press('Set current value');
    expect(store.getState().variables.values).toMatchObject({ 'v-count': 0 });
    expect(input('Current value').value).toBe('0');
    expect(button('Use default')).toBeDefined();
  });

  it('edits a boolean with a checkbox, and objects and arrays as JSON text', () => {
    setUp();
    pick('isAdmin');
    expect(input('Default value').type).toBe('checkbox');
    expect(input('Default value').checked).toBe(false);
    pick('profile');
    expect(control('Default value')).toBeInstanceOf(HTMLTextAreaElement);
    pick('tags');
    expect((control('Default value') as HTMLTextAreaElement).value).toBe('[\n  "a",\n  "b"\n]');
  });

  it('changes the type picked, with the control to match', () => {
    const store = setUp();
    pick('userName');
    const type = control('Type') as HTMLSelectElement;
    nativeSelect.open(type);
    nativeSelect.choose(type, 'boolean');
    nativeSelect.close(type);
    expect(store.getState().variables.entities['v-name']).toMatchObject({ type: 'boolean' });
    expect((control('Type') as HTMLSelectElement).value).toBe('boolean');
    expect(input('Default value').type).toBe('checkbox');
    expect(rows()[0]?.getAttribute('aria-label')).toMatch(/^userName, boolean, default /);
  });
});

describe('UsesConfirmation', () => {
  it('names every use before a delete, with the two answers', () => {
    const store = setUp();
    pick('userName');
    press('Delete');
    const usage = usageOf({ id: 'v-name', name: 'userName' }, snapshotForEditor(snapshot));
    expect(dialog()?.querySelector('p')?.textContent).toBe('Delete “userName”? It is used in 2 places:');
    expect([...(dialog()?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(
      usage.uses.map((use) => use.description),
    );
    expect(usage.uses).toHaveLength(2);
    // The safe answer has the keyboard.
    expect(document.activeElement).toBe(button('Cancel'));
    expect(button('Delete anyway')).toBeDefined();
    press('Cancel');
    expect(dialog()).toBeNull();
    expect(store.getState().variables.entities).toHaveProperty('v-name');
    press('Delete');
    press('Delete anyway');
    expect(store.getState().variables.entities).not.toHaveProperty('v-name');
    expect(rows()).toHaveLength(4);
  });

  it('asks before a rename, and says when some uses could not be checked', () => {
    const store = setUp(alone);
    pick('tags');
    const name = input('Name');
    typeInto(name, 'labels');
    act(() => name.blur());
    expect(store.getState().variables.entities['v-tags']?.name).toBe('tags');
    expect(dialog()?.textContent).toContain('Rename “tags” to “labels”?');
    expect(dialog()?.textContent).toContain(
      'Uses in the component tree and the action flows could not be checked: those editors are not loaded.',
    );
    expect(dialog()?.querySelector('li')).toBeNull();
    press('Rename anyway');
    expect(store.getState().variables.entities['v-tags']?.name).toBe('labels');
    expect(dialog()).toBeNull();
    expect(rows()[4]?.getAttribute('aria-label')).toBe('labels, array, default ["a","b"]');
  });
});
