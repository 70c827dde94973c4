import type { EntityModelsSection } from '@psb/contracts';
import { useId } from 'react';
import { useDispatch } from 'react-redux';
import { modelById } from './lookup.js';
import { isDangling, referenceTargets } from './references.js';
import { type FieldRef, referenceRetargeted } from './slice.js';

interface ReferencePickerProps {
  section: EntityModelsSection;
  at: FieldRef;
  targetId: string;
}

/** The Model menu of a reference field. A dangling one says so and stays as it is until another model is picked. */
export function ReferencePicker({ section, at, targetId }: ReferencePickerProps) {
  const dispatch = useDispatch();
  const noteId = useId();
  const dangling = isDangling(section, targetId);
  const targets = referenceTargets(section, at.modelId);
  // A self-reference loaded from a file is shown as it is, though the menu offers only other models.
  const self = targetId === at.modelId ? modelById(section, targetId) : undefined;
  return (
    <>
      <label>
        Model{' '}
        <select
          value={targetId}
          aria-invalid={dangling ? true : undefined}
          aria-describedby={dangling ? noteId : undefined}
          onChange={(event) => dispatch(referenceRetargeted({ ...at, targetId: event.target.value }))}
        >
          {dangling && (
            <option value={targetId} disabled>
              → missing model
            </option>
          )}
          {self && <option value={self.id}>{self.name}</option>}
          {targets.map((model) => (
            <option key={model.id} value={model.id}>
              {model.name}
            </option>
          ))}
        </select>
      </label>
      {dangling && (
        <span id={noteId} className="psb-models-dangling">
          → missing model: {targets.length > 0 ? 'pick one to re-point it.' : 'add a model to re-point it, or change the type.'}
        </span>
      )}
    </>
  );
}
