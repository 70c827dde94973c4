// @vitest-environment happy-dom
/// <reference lib="dom" />
import { act, createElement, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { combobox, rootPerTest, typeInto } from '../testing/dom.js';
import { type DraftReading, useCommittedDraft, useLiveDraft } from './drafts.js';

const page = rootPerTest();
const input = () => page.container.querySelector('input') as HTMLInputElement;
const shownProblem = () => page.container.querySelector('span')?.textContent;

function Committed(props: { value: string; onCommit(draft: string): void }) {
  const problemOf = (draft: string) => (draft === '' ? 'Enter a name.' : undefined);
  const { problem, messageId, inputProps } = useCommittedDraft({ ...props, problemOf });
  return createElement(
    'div',
    null,
    createElement('input', inputProps),
    problem && createElement('span', { id: messageId }, problem),
  );
}

const readNumber = (text: string): DraftReading<number> =>
  Number.isFinite(Number(text)) && text.trim() !== '' ? { value: Number(text) } : { problem: 'Enter a number.' };

/** A number box over a value held as a store would hold it: what the box dispatches comes back as its value. */
function Live(props: {
  initial: number;
  onChange(value: number): void;
  setFromElsewhere?: (set: (value: number) => void) => void;
}) {
  const [value, setValue] = useState(props.initial);
  props.setFromElsewhere?.(setValue);
  const onChange = (next: number) => {
    props.onChange(next);
    setValue(next);
  };
  const { problem, inputProps } = useLiveDraft({ value, onChange, text: String, read: readNumber });
  return createElement('div', null, createElement('input', inputProps), problem && createElement('span', null, problem));
}

describe('useCommittedDraft', () => {
  it('commits on Enter or on leaving the box, and Escape gives back the saved value', () => {
    const onCommit = vi.fn();
    page.render(createElement(Committed, { value: 'a', onCommit }));
    typeInto(input(), 'b');
    expect(onCommit).not.toHaveBeenCalled();
    combobox.press(input(), 'Enter');
    expect(onCommit).toHaveBeenLastCalledWith('b');
    typeInto(input(), 'c');
    act(() => input().blur());
    expect(onCommit).toHaveBeenLastCalledWith('c');
    typeInto(input(), 'd');
    combobox.press(input(), 'Escape');
    expect(input().value).toBe('a');
  });

  it('keeps a draft with a problem in the box, with its message, and never commits it', () => {
    const onCommit = vi.fn();
    page.render(createElement(Committed, { value: 'a', onCommit }));
    typeInto(input(), '');
    combobox.press(input(), 'Enter');
    expect(onCommit).not.toHaveBeenCalled();
    expect(shownProblem()).toBe('Enter a name.');
    expect(input().getAttribute('aria-invalid')).toBe('true');
    expect(input().getAttribute('aria-describedby')).toBe(page.container.querySelector('span')?.id);
  });

  it('shows a value changed elsewhere rather than a stale draft', () => {
    page.render(createElement(Committed, { value: 'a', onCommit: () => {} }));
    typeInto(input(), 'draft');
    page.render(createElement(Committed, { value: 'z', onCommit: () => {} }));
    expect(input().value).toBe('z');
  });
});

describe('useLiveDraft', () => {
  it('dispatches what reads as a value, keeps the spelling typed, and follows changes made elsewhere', () => {
    const onChange = vi.fn();
    let setFromElsewhere: (value: number) => void = () => {};
    page.render(createElement(Live, { initial: 1, onChange, setFromElsewhere: (set) => (setFromElsewhere = set) }));
    typeInto(input(), '1e3');
    expect(onChange).toHaveBeenLastCalledWith(1000);
    expect(input().value).toBe('1e3');
    typeInto(input(), 'x');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(shownProblem()).toBe('Enter a number.');
    act(() => setFromElsewhere(5));
    expect(input().value).toBe('5');
  });
});
