// @vitest-environment happy-dom
import { hostOver, longFlowSteps, richSnapshot } from '@psb/contracts/testing';
import { rootPerTest, typeInto } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from '../Editor.js';
import { actionFlowsSlice, hydrated, KEY } from '../slice.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);
// A step row names itself once per render: counting the calls counts the step rows' renders.
const renders = vi.hoisted(() => ({ stepRows: 0 }));
vi.mock('./titles.js', async (real) => {
  const module = await real<typeof import('./titles.js')>();
  return {
    ...module,
    stepLabel: (...args: Parameters<typeof module.stepLabel>) => {
      renders.stepRows++;
      return module.stepLabel(...args);
    },
  };
});

const page = rootPerTest();
const snapshot = richSnapshot();
const host = hostOver(snapshot);
/** 1,000 steps (longFlowSteps): 800 at the top, every 20th an If with three toasts in Then and two in Else. */
const STEPS = 1_000;
const TOP_LEVEL = 800;
const ROWS = STEPS + 80;

function editorOfLongFlow() {
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated({ flows: { long: { id: 'long', name: 'Long', steps: longFlowSteps(STEPS) } }, bindings: [] }));
  page.render(
    <Provider store={store}>
      <Editor host={host} />
    </Provider>,
  );
  const steps = () => store.getState()[KEY].entities.long?.steps ?? [];
  return { store, steps };
}

const grid = () => page.container.querySelector('[role="treegrid"]') as HTMLElement;
const rows = () => [...grid().querySelectorAll<HTMLElement>('[role="row"]')];
const row = (id: string) => grid().querySelector<HTMLElement>(`[data-row-id="${id}"]`);
const message = (id: string) => row(id)?.querySelector('input') as HTMLInputElement;
const frames = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));
const press = (target: Element, key: string, options: KeyboardEventInit = {}) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...options }));
  });
const click = (element: Element | null | undefined) => act(() => (element as HTMLElement).click());
const button = (id: string, name: string) =>
  [...(row(id)?.querySelectorAll('button') ?? [])].find((b) => b.textContent === name) as HTMLButtonElement;
const scrollTo = (top: number) =>
  act(() => {
    const scroller = grid().parentElement as HTMLElement;
    scroller.scrollTop = top;
    scroller.dispatchEvent(new Event('scroll'));
  });

describe('the steps of a flow of 1,000 steps', () => {
  it('are a few rows drawn of 1,080, each saying its level, its place among its siblings and their number', () => {
    editorOfLongFlow();
    expect(grid().getAttribute('aria-rowcount')).toBe(String(ROWS));
    expect(rows().length).toBeGreaterThan(5);
    expect(rows().length).toBeLessThan(30);
    expect(page.container.querySelector('[aria-label="Flow Long"]')?.querySelectorAll('*').length).toBeLessThan(400);
    const place = (r: HTMLElement | null) => ['aria-level', 'aria-posinset', 'aria-setsize'].map((a) => r?.getAttribute(a));
    expect(place(row('if0'))).toEqual(['1', '1', String(TOP_LEVEL)]);
    expect(place(row('if0/then'))).toEqual(['2', '1', '2']);
    expect(place(row('t2'))).toEqual(['3', '2', '3']);
    expect(place(row('if0/else'))).toEqual(['2', '2', '2']);
    expect(place(row('t6'))).toEqual(['1', '2', String(TOP_LEVEL)]);
    expect(row('t1')?.getAttribute('aria-label')).toBe('Show toast: Toast 1');
    expect(row('if0/else')?.getAttribute('aria-label')).toBe('Else: 2 steps');
  });

  it('re-render one row for a key press in a step’s field, and the step changes', () => {
    const { steps } = editorOfLongFlow();
    // Focus makes its row the list's tab stop, and the first row no longer: two rows, once.
    act(() => message('t2').focus());
    renders.stepRows = 0;
    typeInto(message('t2'), 'Toast two');
    expect(renders.stepRows).toBe(1);
    const [first] = steps();
    expect(first?.kind === 'if' && first.thenSteps[1]).toMatchObject({ id: 't2', message: 'Toast two' });
    expect(row('t2')?.getAttribute('aria-label')).toBe('Show toast: Toast two');
    // The If step's row, drawn before that edit, changes its own field and keeps the edited step inside it.
    const value = [...(row('if0')?.querySelectorAll('input') ?? [])].find((input) => input.value === '2') as HTMLInputElement;
    typeInto(value, '5');
    expect(steps()[0]).toMatchObject({ value: '5', thenSteps: [{ id: 't1' }, { id: 't2', message: 'Toast two' }, { id: 't3' }] });
  });

  it('are gone through by keyboard: out of an If and back in, End reaches the last step, Enter goes into its fields, Escape back out', async () => {
    const { steps } = editorOfLongFlow();
    act(() => row('if0')?.focus());
    press(row('if0') as HTMLElement, 'ArrowDown');
    await frames();
    expect(document.activeElement).toBe(row('if0/then'));
    press(row('if0/then') as HTMLElement, 'ArrowLeft');
    await frames();
    expect(document.activeElement).toBe(row('if0'));
    press(row('if0') as HTMLElement, 'ArrowRight');
    await frames();
    expect(document.activeElement).toBe(row('if0/then'));
    press(row('if0/then') as HTMLElement, 'End');
    await frames();
    expect(document.activeElement).toBe(row('t999'));
    expect(row('t999')?.getAttribute('aria-rowindex')).toBe(String(ROWS));
    expect(rows().length).toBeLessThan(30);
    press(row('t999') as HTMLElement, 'ArrowUp');
    await frames();
    expect(document.activeElement).toBe(row('t998'));
    press(row('t998') as HTMLElement, 'Enter');
    expect(document.activeElement).toBe(message('t998'));
    typeInto(message('t998'), 'Far edit');
    expect(steps().at(-2)).toMatchObject({ id: 't998', message: 'Far edit' });
    press(message('t998'), 'Escape');
    expect(document.activeElement).toBe(row('t998'));
    // The focused row is the one Tab reaches, and the only one.
    expect(rows().filter((r) => r.tabIndex === 0)).toEqual([row('t998')]);
  });

  it('keep a step being typed in, with its focus, while it is scrolled away', async () => {
    editorOfLongFlow();
    typeInto(message('t1'), 'Half typed');
    scrollTo(60_000);
    await frames();
    // Drawn: the first row (the tab stop until a row had focus), the one being typed in, and those in view.
    const drawn = rows().map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(drawn.slice(0, 2)).toEqual([1, 3]);
    expect(drawn[2]).toBeGreaterThan(500);
    expect(row('t999')).toBeNull();
    expect(document.activeElement).toBe(message('t1'));
    expect(message('t1').value).toBe('Half typed');
    expect(rows().length).toBeLessThan(30);
  });

  it('are moved, added and deleted, the focus following the step or going to the next', async () => {
    const { steps } = editorOfLongFlow();
    // Move step down within an If's Then: focus stays on the button while it can still be pressed.
    click(button('t1', 'Move step down'));
    await frames();
    const thenIds = () => {
      const [first] = steps();
      return first?.kind === 'if' ? first.thenSteps.map((s) => s.id) : [];
    };
    expect(thenIds()).toEqual(['t2', 't1', 't3']);
    expect(row('t1')?.getAttribute('aria-posinset')).toBe('2');
    expect(document.activeElement).toBe(button('t1', 'Move step down'));
    click(button('t1', 'Move step down'));
    await frames();
    expect(thenIds()).toEqual(['t2', 't3', 't1']);
    expect(document.activeElement).toBe(row('t1'));
    // Alt+ArrowUp on the row moves it back up.
    press(row('t1') as HTMLElement, 'ArrowUp', { altKey: true });
    await frames();
    expect(thenIds()).toEqual(['t2', 't1', 't3']);
    expect(document.activeElement).toBe(row('t1'));

    // A step added to the If's Else goes at its end, and is focused.
    const elseRow = row('if0/else') as HTMLElement;
    const kind = elseRow.querySelector('select') as HTMLSelectElement;
    act(() => {
      kind.value = 'navigate';
      kind.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click([...elseRow.querySelectorAll('button')].find((b) => b.textContent === 'Add step'));
    await frames();
    const [first] = steps();
    const added = first?.kind === 'if' ? first.elseSteps[2] : undefined;
    expect(added).toMatchObject({ kind: 'navigate', url: '/' });
    expect(document.activeElement).toBe(row(added?.id ?? ''));
    expect(row(added?.id ?? '')?.getAttribute('aria-level')).toBe('3');
    expect(row('if0/else')?.getAttribute('aria-label')).toBe('Else: 3 steps');

    // Deleting it focuses the row after it, the next step of the flow's own.
    click(button(added?.id ?? '', 'Delete step'));
    await frames();
    expect(row(added?.id ?? '')).toBeNull();
    expect(document.activeElement).toBe(row('t6'));

    // Deleting an If step takes its branches' rows along, and focuses the step after them.
    click(button('if0', 'Delete step'));
    await frames();
    expect(steps()).toHaveLength(TOP_LEVEL - 1);
    expect(['if0/then', 't1', 'if0/else'].map(row)).toEqual([null, null, null]);
    expect(document.activeElement).toBe(row('t6'));
    expect(row('t6')?.getAttribute('aria-posinset')).toBe('1');

    // A step added at the end of the flow is scrolled to and focused.
    const addAtEnd = [...page.container.querySelectorAll('.psb-steps-editor > .psb-steps-add button')][0] as HTMLButtonElement;
    const kinds = addAtEnd.parentElement?.querySelector('select') as HTMLSelectElement;
    act(() => {
      kinds.value = 'showToast';
      kinds.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(addAtEnd);
    await frames();
    const last = steps().at(-1);
    expect(last).toMatchObject({ kind: 'showToast', message: 'Done' });
    expect(document.activeElement).toBe(row(last?.id ?? ''));
    expect(row(last?.id ?? '')?.getAttribute('aria-posinset')).toBe(String(TOP_LEVEL));
  });
});
