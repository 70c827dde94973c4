// @vitest-environment happy-dom
import { combobox, rootPerTest } from '@psb/contracts/testing/dom';
import { act, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ComboField, MOST_SHOWN, matching } from './ComboField.js';
import type { Option } from './SelectField.js';

const page = rootPerTest();
const { open, close, type, press, listed, highlighted, pick } = combobox;

const colours: Option[] = [
  ['r', 'Red'],
  ['g', 'Green'],
  ['b', 'Blue'],
  ['gr', 'Grey'],
];

/** A field whose choice is kept in state, as the editors keep it in the store. */
function Field({ options, first, changed }: { options: () => Option[]; first: Option; changed: (value: string) => void }) {
  const [current, setCurrent] = useState<Option>(first);
  return (
    <ComboField
      label="Colour"
      current={current}
      options={options}
      onChange={(value) => {
        changed(value);
        setCurrent(options().find(([v]) => v === value) ?? [value, value]);
      }}
    />
  );
}

/** The field on the page; returns its input and what it reported. */
function setUp(options: () => Option[], first: Option = ['g', 'Green']) {
  const changed = vi.fn();
  page.render(<Field options={options} first={first} changed={changed} />);
  const input = page.container.querySelector('input');
  if (!input) throw new Error('no input');
  return { input, changed };
}

describe('matching', () => {
  it('keeps the options whose text holds the query, in their order, whatever the case', () => {
    expect(matching(colours, ' gr ')).toEqual({ shown: [colours[1], colours[3]], matched: 2 });
    expect(matching(colours, 'BLUE').shown).toEqual([colours[2]]);
    expect(matching(colours, '').shown).toEqual(colours);
  });

  it(`lists at most ${MOST_SHOWN}, and counts all that matched`, () => {
    const many = Array.from({ length: 250 }, (_, i): Option => [`n${i}`, `Node ${i}`]);
    const { shown, matched } = matching(many, 'node');
    expect(shown).toHaveLength(MOST_SHOWN);
    expect(shown[0]).toEqual(['n0', 'Node 0']);
    expect(matched).toBe(250);
  });
});

describe('ComboField', () => {
  it('shows the current choice, labelled, and reads no option until it gets focus', () => {
    const options = vi.fn(() => colours);
    const { input } = setUp(options);
    expect(input.value).toBe('Green');
    expect(input.labels?.[0]?.textContent).toBe('Colour');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listed(input)).toEqual([]);
    expect(options).not.toHaveBeenCalled();
  });

  it('lists every option when clicked, the current one highlighted, and picks the one clicked', () => {
    const { input, changed } = setUp(() => colours);
    open(input);
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listed(input)).toEqual(['Red', 'Green', 'Blue', 'Grey']);
    expect(highlighted(input)).toBe('Green');
    pick(input, 'Blue');
    expect(changed).toHaveBeenCalledWith('b');
    expect(input.value).toBe('Blue');
    expect(listed(input)).toEqual([]);
  });

  it('narrows the list as one types, and Enter picks the first match', () => {
    const { input, changed } = setUp(() => colours);
    type(input, 'gr');
    expect(listed(input)).toEqual(['Green', 'Grey']);
    expect(highlighted(input)).toBe('Green');
    press(input, 'ArrowDown');
    expect(highlighted(input)).toBe('Grey');
    press(input, 'ArrowDown');
    expect(highlighted(input)).toBe('Green');
    press(input, 'ArrowUp');
    press(input, 'Enter');
    expect(changed).toHaveBeenCalledWith('gr');
    expect(input.value).toBe('Grey');
  });

  it('opens from the keyboard too', () => {
    const { input } = setUp(() => colours, ['b', 'Blue']);
    act(() => input.focus());
    press(input, 'ArrowDown');
    expect(listed(input)).toHaveLength(4);
    expect(highlighted(input)).toBe('Blue');
  });

  it('keeps the current choice on Escape and when left, whatever was typed or highlighted', () => {
    const { input, changed } = setUp(() => colours);
    type(input, 'bl');
    expect(highlighted(input)).toBe('Blue');
    press(input, 'Escape');
    expect(input.value).toBe('Green');
    expect(listed(input)).toEqual([]);
    type(input, 'r');
    close(input);
    expect(input.value).toBe('Green');
    expect(changed).not.toHaveBeenCalled();
  });

  it('says when nothing matches, and Enter then picks nothing', () => {
    const { input, changed } = setUp(() => colours);
    type(input, 'purple');
    expect(listed(input)).toEqual([]);
    expect(highlighted(input)).toBeUndefined();
    expect(page.container.textContent).toContain('Nothing matches “purple”.');
    press(input, 'Enter');
    expect(changed).not.toHaveBeenCalled();
  });

  it(`lists ${MOST_SHOWN} of a long list, says how many more, and finds the rest by typing`, () => {
    const many = Array.from({ length: 7_464 }, (_, i): Option => [`n${i}`, `Button ${i}`]);
    const { input, changed } = setUp(() => many, ['n0', 'Button 0']);
    open(input);
    expect(listed(input)).toHaveLength(MOST_SHOWN);
    expect(page.container.textContent).toContain('7,364 more: type to narrow the list.');
    type(input, 'button 7463');
    expect(listed(input)).toEqual(['Button 7463']);
    press(input, 'Enter');
    expect(changed).toHaveBeenCalledWith('n7463');
  });

  it('shows a current choice that no option has, and lists only the real options', () => {
    const { input } = setUp(() => colours, ['gone', '⚠ deleted colour']);
    expect(input.value).toBe('⚠ deleted colour');
    open(input);
    expect(listed(input)).toEqual(['Red', 'Green', 'Blue', 'Grey']);
    expect(highlighted(input)).toBeUndefined();
  });
});
