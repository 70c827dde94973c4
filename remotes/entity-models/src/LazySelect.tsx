import { optionsShown, useOptionsOnFocus } from '@psb/contracts';
import type { SelectHTMLAttributes } from 'react';

export interface Choice {
  value: string;
  text: string;
  disabled?: boolean;
}

const optionValue = (choice: Choice) => choice.value;

/** What the select holds (see contracts' optionsShown). */
export const choicesShown = (open: boolean, current: Choice, choices: () => Choice[]): Choice[] =>
  optionsShown(open, current, choices, optionValue);

interface LazySelectProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  /** The selected value, always shown, even when no choice has it (a deleted model). */
  current: Choice;
  /** Every choice; asked for only while the select has focus. */
  choices(): Choice[];
  onChange(value: string): void;
}

/** A native select that lists its choices only while it has focus (see useOptionsOnFocus): one option per row, not per model. */
export function LazySelect({ current, choices, onChange, ...rest }: LazySelectProps) {
  const { shown, focusProps } = useOptionsOnFocus(current, choices, optionValue);
  return (
    <select {...rest} value={current.value} {...focusProps} onChange={(event) => onChange(event.target.value)}>
      {shown.map((choice) => (
        <option key={choice.value} value={choice.value} disabled={choice.disabled}>
          {choice.text}
        </option>
      ))}
    </select>
  );
}
