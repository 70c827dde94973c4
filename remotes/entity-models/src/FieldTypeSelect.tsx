import type { FieldType, ModelField } from '@psb/contracts';
import { useId } from 'react';
import { FIELD_TYPES } from './fieldTypes.js';

interface FieldTypeSelectProps {
  field: ModelField;
  /** Whether another model exists for a new reference to point at. */
  canReference: boolean;
  onChange(type: FieldType): void;
}

/** The Type menu; "reference" is offered only when there is another model to point at, and says so otherwise. */
export function FieldTypeSelect({ field, canReference, onChange }: FieldTypeSelectProps) {
  const hintId = useId();
  const referenceBlocked = !canReference && field.type !== 'reference';
  return (
    <>
      <label>
        Type{' '}
        <select
          value={field.type}
          aria-describedby={referenceBlocked ? hintId : undefined}
          onChange={(event) => onChange(event.target.value as FieldType)}
        >
          {FIELD_TYPES.map((type) => (
            <option key={type} value={type} disabled={type === 'reference' && referenceBlocked}>
              {type === 'reference' && referenceBlocked ? 'reference (needs another model)' : type}
            </option>
          ))}
        </select>
      </label>
      {referenceBlocked && (
        <span id={hintId} className="psb-muted">
          Add another model to make a reference.
        </span>
      )}
    </>
  );
}
