import type { FieldType, ModelField } from '@psb/contracts';
import { useId } from 'react';
import { FIELD_TYPES } from './fieldTypes.js';
import { type Choice, LazySelect } from './LazySelect.js';

interface FieldTypeSelectProps {
  field: ModelField;
  /** Whether another model exists for a new reference to point at. */
  canReference: boolean;
  onChange(type: FieldType): void;
}

/** The Type menu's choices, in order: a reference, when it has no model to point at, is shown but cannot be picked. */
export function typeChoices(referenceBlocked: boolean): Choice[] {
  return FIELD_TYPES.map((type) =>
    type === 'reference' && referenceBlocked
      ? { value: type, text: 'reference (needs another model)', disabled: true }
      : { value: type, text: type },
  );
}

/**
 * The Type menu; "reference" is offered only when there is another model to point at, and says so otherwise.
 * Its six options are listed only while it has focus: a project with 600 fields had 3,600 of them.
 */
export function FieldTypeSelect({ field, canReference, onChange }: FieldTypeSelectProps) {
  const hintId = useId();
  const referenceBlocked = !canReference && field.type !== 'reference';
  return (
    <>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: LazySelect is the <select> this label holds. */}
      <label>
        Type{' '}
        <LazySelect
          current={{ value: field.type, text: field.type }}
          choices={() => typeChoices(referenceBlocked)}
          aria-describedby={referenceBlocked ? hintId : undefined}
          onChange={(type) => onChange(type as FieldType)}
        />
      </label>
      {referenceBlocked && (
        <span id={hintId} className="psb-muted">
          Add another model to make a reference.
        </span>
      )}
    </>
  );
}
