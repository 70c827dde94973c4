import { entityById } from '@psb/contracts';
import { useId } from 'react';
import { useDispatch } from 'react-redux';
import { LazySelect } from './LazySelect.js';
import { hasOtherModel, isDangling, referenceTargets } from './references.js';
import { type FieldRef, referenceRetargeted } from './slice.js';
import { useSectionReader, useSectionValue } from './useSection.js';

interface ReferencePickerProps {
  at: FieldRef;
  targetId: string;
}

/** The Model menu of a reference field. A dangling one says so and stays as it is until another model is picked. */
export function ReferencePicker({ at, targetId }: ReferencePickerProps) {
  const dispatch = useDispatch();
  const noteId = useId();
  const dangling = useSectionValue((section) => isDangling(section, targetId));
  const targetName = useSectionValue((section) => entityById(section, targetId)?.name);
  const canRepoint = useSectionValue((section) => hasOtherModel(section, at.modelId));
  const readSection = useSectionReader();
  // A self-reference loaded from a file is shown as it is, though the menu offers only other models.
  const current = dangling
    ? { value: targetId, text: '→ missing model', disabled: true }
    : { value: targetId, text: targetName ?? targetId };
  return (
    <>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: LazySelect is the <select> this label holds. */}
      <label>
        Model{' '}
        <LazySelect
          current={current}
          choices={() => referenceTargets(readSection(), at.modelId).map((model) => ({ value: model.id, text: model.name }))}
          aria-invalid={dangling ? true : undefined}
          aria-describedby={dangling ? noteId : undefined}
          onChange={(value) => dispatch(referenceRetargeted({ ...at, targetId: value }))}
        />
      </label>
      {dangling && (
        <span id={noteId} className="psb-models-dangling">
          → missing model: {canRepoint ? 'pick one to re-point it.' : 'add a model to re-point it, or change the type.'}
        </span>
      )}
    </>
  );
}
