import type { VariableType } from '@psb/contracts';
import { useId } from 'react';
import { DraftValueInput } from './DraftValueInput.js';

export interface ValueFieldProps {
  /** "Default value" or "Current value". */
  label: string;
  type: VariableType;
  value: unknown;
  /** Called only with a value of `type`. */
  onChange(value: unknown): void;
}

/** A labelled control fitting the variable's type: text, number, checkbox, or JSON for objects and arrays. */
export function ValueField({ label, type, value, onChange }: ValueFieldProps) {
  const id = useId();
  return (
    <div className="psb-vars-field">
      <label htmlFor={id}>{label}</label>
      {type === 'string' && (
        <input id={id} value={String(value)} autoComplete="off" onChange={(event) => onChange(event.target.value)} />
      )}
      {type === 'number' && <DraftValueInput id={id} type={type} value={value} onChange={onChange} />}
      {type === 'boolean' && (
        <input
          id={id}
          type="checkbox"
          className="psb-vars-checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
        />
      )}
      {(type === 'object' || type === 'array') && <DraftValueInput id={id} type={type} value={value} onChange={onChange} />}
    </div>
  );
}
