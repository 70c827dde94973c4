import { useId, useState } from 'react';

/** A choice as its value and the text shown for it. */
export type Option = [value: string, text: string];

/** What the select holds: closed, only the current value; open, every option, with the current one first if none has it. */
export function optionsShown(open: boolean, current: Option, options: () => Option[]): Option[] {
  if (!open) return [current];
  const all = options();
  return all.some(([value]) => value === current[0]) ? all : [current, ...all];
}

/**
 * A labelled native select for short fixed lists (events, methods, comparisons) that lists its options only while
 * it has focus. Closed, it holds just the current value, so a binding or a step costs a few elements. Mouse,
 * keyboard and screen readers all focus a select before opening it, so they still find every option, with the
 * keys and announcements of a native select. Lists that grow with the project are ComboFields.
 */
export function SelectField(props: {
  label: string;
  /** The selected value and its text, always shown, even when no option has it (a deleted variable). */
  current: Option;
  /** Every option; asked for only while the select has focus. */
  options: () => Option[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  return (
    <span className="psb-flows-field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.current[0]}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {optionsShown(open, props.current, props.options).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
