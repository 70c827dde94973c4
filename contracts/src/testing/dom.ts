/// <reference lib="dom" />
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

// Tells React it runs under tests, so updates wrapped in act() are applied at once and others are warned about.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface TestRoot {
  /** The element the components render into, in the document. */
  readonly container: HTMLElement;
  /** Renders `node` into the root (inside act). */
  render(node: ReactNode): void;
  /** Unmounts what was rendered and starts a fresh root in the same element. */
  reset(): void;
}

/**
 * For component tests in a DOM (`// @vitest-environment happy-dom`): before each test, an element in the
 * document with a React root in it; after each, the root unmounted and the element removed.
 */
export function rootPerTest(): TestRoot {
  let container: HTMLElement | undefined;
  let root: Root | undefined;
  const current = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the test root exists only while a test runs');
    return value;
  };
  beforeEach(() => {
    container = document.body.appendChild(document.createElement('div'));
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root?.unmount());
    container?.remove();
    root = undefined;
    container = undefined;
  });
  return {
    get container() {
      return current(container);
    },
    render(node) {
      act(() => current(root).render(node));
    },
    reset() {
      act(() => current(root).unmount());
      root = createRoot(current(container));
    },
  };
}

/**
 * A native select worked as a person works it: focusing opens it, blurring closes it, and picking an option
 * changes its value and fires `change`. Each step inside act.
 */
export const nativeSelect = {
  open: (select: HTMLSelectElement) => act(() => select.focus()),
  close: (select: HTMLSelectElement) => act(() => select.blur()),
  choose: (select: HTMLSelectElement, value: string) =>
    act(() => {
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }),
};

/** Types over an input's text, through the prototype's setter as the browser does, so that React sees it. */
export function typeInto(input: HTMLInputElement, text: string) {
  act(() => {
    input.focus();
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** The options of the list a combobox controls, as listed now. */
function optionsOf(input: HTMLInputElement): HTMLElement[] {
  const list = document.getElementById(input.getAttribute('aria-controls') ?? '');
  return Array.from(list?.querySelectorAll<HTMLElement>('[role="option"]') ?? []);
}

/** The options a combobox's list holds now, as their texts. */
const listed = (input: HTMLInputElement) => optionsOf(input).map((option) => option.textContent ?? '');

/**
 * An editable combobox (role="combobox" with a listbox) worked as a person works it: clicking opens its list,
 * typing narrows it, keys move and pick, an option is clicked. Each step inside act.
 */
export const combobox = {
  open: (input: HTMLInputElement) => {
    act(() => input.focus());
    act(() => input.click());
  },
  close: (input: HTMLInputElement) => act(() => input.blur()),
  type: typeInto,
  press: (input: HTMLInputElement, key: string) =>
    act(() => {
      input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }),
  listed,
  /** The text of the option highlighted for Enter, if any. */
  highlighted: (input: HTMLInputElement) => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.textContent : undefined;
  },
  /** Clicks the option with this text, as listed now. */
  pick: (input: HTMLInputElement, text: string) => {
    const option = optionsOf(input).find((o) => o.textContent === text);
    if (!option) throw new Error(`no option "${text}" among ${JSON.stringify(listed(input))}`);
    act(() => {
      option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      option.click();
    });
  },
};
