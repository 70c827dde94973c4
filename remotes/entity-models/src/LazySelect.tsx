import { type SelectHTMLAttributes, useState } from 'react';

export interface Choice {
  value: string;
  text: string;
  disabled?: boolean;
}

/** What the select holds: closed, only the current value; open, every choice, with the current one first if no choice has it. */
export function choicesShown(open: boolean, current: Choice, choices: () => Choice[]): Choice[] {
  if (!open) return [current];
  const all = choices();
  return all.some((choice) => choice.value === current.value) ? all : [current, ...all];
}

interface LazySelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  /** The selected value, always shown, even when no choice has it (a deleted model). */
  current: Choice;
  /** Every choice; asked for only while the select has focus. */
  choices(): Choice[];
  onChange(value: string): void;
}

/**
 * A native select that lists its choices only while it has focus. Closed, it holds just the current value, so a
 * row costs a few elements however many models there are, instead of one option per model. Mouse, keyboard and
 * screen readers all focus a select before opening it, so they still find every choice; a native select keeps
 * their usual keys and announcements.
 */
export function LazySelect({ current, choices, onChange, ...rest }: LazySelectProps) {
  const [open, setOpen] = useState(false);
  return (
    <select
      {...rest}
      value={current.value}
      onFocus={() => setOpen(true)}
      onBlur={() => setOpen(false)}
      onChange={(event) => onChange(event.target.value)}
    >
      {choicesShown(open, current, choices).map((choice) => (
        <option key={choice.value} value={choice.value} disabled={choice.disabled}>
          {choice.text}
        </option>
      ))}
    </select>
  );
}
