// @vitest-environment happy-dom
import { hostOver } from '@psb/contracts/testing';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import { compactValue } from './compact.js';
import { Editor } from './Editor.js';
import { hydrated, variablesSlice } from './slice.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);
// Each drawn row shows its default through compactValue, once per render: counting its calls counts row renders.
vi.mock('./compact.js', async (real) => {
  const actual = await real<typeof import('./compact.js')>();
  return { compactValue: vi.fn(actual.compactValue) };
});

const page = rootPerTest();
const COUNT = 2000;

/** The editor over 2,000 string variables, `v0001` … `v2000`. */
function setUp() {
  const store = configureStore({ reducer: { variables: variablesSlice.reducer } });
  const ids = Array.from({ length: COUNT }, (_, i) => `id${i + 1}`);
  const entities = Object.fromEntries(
    ids.map((id, i) => [id, { id, name: `v${String(i + 1).padStart(4, '0')}`, type: 'string' as const, defaultValue: '' }]),
  );
  store.dispatch(hydrated({ ids, entities }));
  page.render(
    <Provider store={store}>
      <Editor host={hostOver()} />
    </Provider>,
  );
  return store;
}

const rows = () => [...page.container.querySelectorAll<HTMLElement>('[role="option"]')];
const search = () => page.container.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
const key = (target: Element, name: string) =>
  act(() => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true })));
function input(label: string): HTMLInputElement {
  const found = [...page.container.querySelectorAll('label')].find((l) => l.textContent === label);
  return document.getElementById(found?.htmlFor ?? '') as HTMLInputElement;
}

describe('VariableList at 2,000 variables', () => {
  it('draws only the rows in view, each saying where it is in the whole list', () => {
    setUp();
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(rows()[0]?.getAttribute('aria-posinset')).toBe('1');
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe(String(COUNT));
    expect(page.container.textContent).toContain('2,000 variables');
  });

  it('finds a variable far down by name, counts the matches, and focuses it on Enter', async () => {
    setUp();
    typeInto(search(), 'v1999');
    expect(page.container.textContent).toContain('1 of 2,000');
    expect(rows().map((r) => r.getAttribute('aria-label'))).toEqual(['v1999, string, default ""']);
    expect(rows()[0]?.getAttribute('aria-setsize')).toBe('1');
    key(search(), 'Enter');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('v1999, string, default ""'));
    expect(page.container.querySelector('form')?.getAttribute('aria-label')).toBe('Variable v1999');
    key(search(), 'Escape');
    expect(rows().length).toBeGreaterThan(10);
  });

  it('says so when no name matches', () => {
    setUp();
    typeInto(search(), 'nothing');
    expect(rows()).toEqual([]);
    expect(page.container.textContent).toContain('0 of 2,000');
    expect(page.container.textContent).toContain('No variable is named like “nothing”');
  });

  it('keeps the focused row drawn while arrows move through the list', async () => {
    setUp();
    const first = rows()[0] as HTMLElement;
    act(() => first.focus());
    key(first, 'ArrowDown');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-posinset')).toBe('2'));
    expect(page.container.querySelector('form')?.getAttribute('aria-label')).toBe('Variable v0002');
  });

  it('re-renders only the edited row on a key press in the form, not the list', () => {
    setUp();
    vi.mocked(compactValue).mockClear();
    typeInto(input('Default value'), 'a');
    typeInto(input('Default value'), 'ab');
    // One render of the edited row per key press; the other rows in view are left alone.
    expect(vi.mocked(compactValue).mock.calls.map(([value]) => value)).toEqual(['a', 'ab']);
    expect(rows()[0]?.getAttribute('aria-label')).toBe('v0001, string, default "ab"');
  });
});
