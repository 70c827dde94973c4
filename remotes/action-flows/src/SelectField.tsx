import { optionsShown as shownOf, useOptionsOnFocus } from '@psb/contracts';
import { useId } from 'react';

/** A choice as its value and the text shown for it. */
export type Option = [value: string, text: string];

/** A SelectField's or a ComboField's. */
export interface PickerProps {
  label: string;
  /** The selected value and its text, always shown, even when no option has it (a deleted variable). */
  current: Option;
  /** Every option; asked for only while the field has focus. */
  options: () => Option[];
  onChange: (value: string) => void;
}

const optionValue = ([value]: Option) => value;

/** What the select holds (see contracts' optionsShown). */
export const optionsShown = (open: boolean, current: Option, options: () => Option[]): Option[] =>
  shownOf(open, current, options, optionValue);

/**
 * A labelled native select for short fixed lists (events, methods, comparisons) that lists its options only while
 * it has focus (see useOptionsOnFocus), so a binding or a step costs a few elements. Lists that grow with the
 * project are ComboFields.
 */
export function SelectField(props: PickerProps) {
  const id = useId();
  const { shown, focusProps } = useOptionsOnFocus(props.current, props.options, optionValue);
  return (
    <span className="psb-flows-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.current[0]} {...focusProps} onChange={(event) => props.onChange(event.target.value)}>
        {shown.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
