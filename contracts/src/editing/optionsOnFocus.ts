import { useState } from 'react';

/**
 * What a select that lists its options only while it has focus holds: closed, only the current option; open,
 * every option, with the current one first if none has its value (a deleted variable, a missing model).
 */
export function optionsShown<T>(open: boolean, current: T, options: () => readonly T[], optionValue: (option: T) => string): T[] {
  if (!open) return [current];
  const all = options();
  return all.some((option) => optionValue(option) === optionValue(current)) ? [...all] : [current, ...all];
}

/**
 * For a native select that lists its options only while it has focus: closed, it holds just the current one, so a
 * row costs a few elements however long the list. Mouse, keyboard and screen readers all focus a select before
 * opening it, so they still find every option, with the keys and announcements of a native select. Spread
 * `focusProps` on the select and render `shown`.
 */
export function useOptionsOnFocus<T>(current: T, options: () => readonly T[], optionValue: (option: T) => string) {
  const [open, setOpen] = useState(false);
  return {
    shown: optionsShown(open, current, options, optionValue),
    focusProps: { onFocus: () => setOpen(true), onBlur: () => setOpen(false) },
  };
}
