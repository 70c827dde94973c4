// @vitest-environment happy-dom
import type { EntityModel, EntityModelsSection } from '@psb/contracts';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import { entityModelsSlice, hydrated, KEY } from './slice.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

/** How often each card and each field row rendered: the field list is drawn once per card render, the Type menu once per field row render. */
const renders = vi.hoisted(() => ({ cards: 0, fieldRows: 0 }));
vi.mock('./FieldList.js', async (real) => {
  const actual = await real<typeof import('./FieldList.js')>();
  return {
    FieldList: (props: Parameters<typeof actual.FieldList>[0]) => {
      renders.cards++;
      return actual.FieldList(props);
    },
  };
});
vi.mock('./FieldTypeSelect.js', async (real) => {
  const actual = await real<typeof import('./FieldTypeSelect.js')>();
  return {
    FieldTypeSelect: (props: Parameters<typeof actual.FieldTypeSelect>[0]) => {
      renders.fieldRows++;
      return actual.FieldTypeSelect(props);
    },
  };
});

/** `size` models of `fields` string fields each. */
function models(size: number, fields = 5): EntityModelsSection {
  const all: EntityModel[] = Array.from({ length: size }, (_, i) => ({
    id: `m${i}`,
    name: `Model${i}`,
    fields: Array.from({ length: fields }, (_, j) => ({ id: `m${i}-f${j}`, name: `field${j}`, type: 'string', required: false })),
  }));
  return { ids: all.map((m) => m.id), entities: Object.fromEntries(all.map((m) => [m.id, m])) };
}

const page = rootPerTest();

function show(section: EntityModelsSection) {
  const store = configureStore({ reducer: { [KEY]: entityModelsSlice.reducer } });
  store.dispatch(hydrated(section));
  page.render(
    <Provider store={store}>
      <Editor />
    </Provider>,
  );
  return store;
}

const modelRows = () => [...page.container.querySelectorAll<HTMLElement>('[aria-label="Models"] > li')];
const fieldRows = (model: string) => [...page.container.querySelectorAll<HTMLElement>(`[aria-label="Fields of ${model}"] > li`)];
const nameInput = (row: Element | undefined) => row?.querySelector<HTMLInputElement>('input');
const press = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  });

beforeEach(() => {
  renders.cards = 0;
  renders.fieldRows = 0;
});

describe('the entity models editor with thousands of models', () => {
  it('draws only the cards in view of 2,000 models, each telling its place in the whole list', () => {
    show(models(2_000));
    const rows = modelRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(12);
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(rows.map((_, i) => String(i + 1)));
    expect(rows.every((row) => row.getAttribute('aria-setsize') === '2000')).toBe(true);
    expect(page.container.querySelectorAll('*').length).toBeLessThan(800);
  });

  it('draws a dozen of a model’s 200 fields, and offers to search them', () => {
    show(models(1, 200));
    const rows = fieldRows('Model0');
    expect(rows.length).toBeLessThan(15);
    expect(rows[0]?.getAttribute('aria-setsize')).toBe('200');
    const search = page.container.querySelector<HTMLInputElement>('input[aria-label="Search fields of Model0"]');
    if (!search) throw new Error('no field search');
    typeInto(search, 'field187');
    expect(fieldRows('Model0').map((row) => nameInput(row)?.value)).toEqual(['field187']);
    expect(search.parentElement?.textContent).toContain('1 of 200');
  });

  it('finds a model far down by name, counts the matches, and Enter focuses it; Escape clears', async () => {
    show(models(2_000));
    const search = page.container.querySelector<HTMLInputElement>('input[aria-label="Search models"]');
    if (!search) throw new Error('no model search');
    expect(search.parentElement?.textContent).toContain('2,000 models');
    typeInto(search, 'model1987');
    expect(search.parentElement?.textContent).toContain('1 of 2,000');
    press(search, 'Enter');
    await vi.waitFor(() => expect(document.activeElement).toBe(nameInput(modelRows()[0])));
    expect(nameInput(modelRows()[0])?.value).toBe('Model1987');
    press(search, 'Escape');
    expect(search.value).toBe('');
    expect(modelRows()[0]?.getAttribute('aria-setsize')).toBe('2000');
  });

  it('Ctrl+End from the first model focuses the last, drawn in its place', async () => {
    show(models(2_000));
    const first = nameInput(modelRows()[0]);
    if (!first) throw new Error('no first model');
    act(() => first.focus());
    press(first, 'End', { ctrlKey: true });
    // The last card is focused once it is drawn, a frame later: within act, as that is a render too.
    await act(() => vi.waitFor(() => expect((document.activeElement as HTMLInputElement | null)?.value).toBe('Model1999')));
    expect(document.activeElement?.closest('li')?.getAttribute('aria-posinset')).toBe('2000');
  });

  it('a key press in a field re-renders that field’s row and its card, not the other rows', () => {
    show(models(2_000));
    const input = nameInput(fieldRows('Model0')[1]);
    if (!input) throw new Error('no field');
    act(() => input.focus());
    renders.cards = 0;
    renders.fieldRows = 0;
    typeInto(input, 'fieldX');
    expect(renders).toEqual({ cards: 0, fieldRows: 0 });
    press(input, 'Enter');
    expect(nameInput(fieldRows('Model0')[1])?.value).toBe('fieldX');
    // Model0's card follows its model; of its rows only the renamed one reads a changed field.
    expect(renders).toEqual({ cards: 1, fieldRows: 1 });
  });
});
