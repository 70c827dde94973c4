import { entityById } from '@psb/contracts';
import { memo, useRef, useState } from 'react';
import { useDispatch } from 'react-redux';
import { DeleteModelConfirmation } from './DeleteModelConfirmation.js';
import { DraftInput } from './DraftInput.js';
import { FieldList } from './FieldList.js';
import { modelNameProblem } from './names.js';
import { type Referrer, referrersOf } from './references.js';
import { fieldAdded, modelRemoved, modelRenamed } from './slice.js';
import { useSectionReader, useSectionValue } from './useSection.js';

/** One model: a group named after it, holding its name, its ordered fields and its delete. */
export const ModelCard = memo(function ModelCard({ id }: { id: string }) {
  const model = useSectionValue((section) => entityById(section, id));
  const readSection = useSectionReader();
  const dispatch = useDispatch();
  // The fields left dangling by a delete, looked up when Delete is pressed: every model scanning every field on
  // each render would cost models².
  const [referrers, setReferrers] = useState<Referrer[]>([]);
  const deleteButton = useRef<HTMLButtonElement>(null);
  if (!model) return null;
  const remove = () => dispatch(modelRemoved(model.id));
  return (
    <fieldset className="psb-model psb-models-card">
      <legend>{model.name}</legend>
      <div className="psb-models-row">
        <DraftInput
          label="Name"
          value={model.name}
          problemOf={(name) => modelNameProblem(readSection(), model.id, name)}
          onCommit={(name) => dispatch(modelRenamed({ id: model.id, name }))}
        />
        <button
          type="button"
          ref={deleteButton}
          aria-label={`Delete model ${model.name}`}
          onClick={() => {
            const found = referrersOf(readSection(), model.id);
            if (found.length > 0) setReferrers(found);
            else remove();
          }}
        >
          Delete
        </button>
      </div>
      {referrers.length > 0 && (
        <DeleteModelConfirmation
          modelName={model.name}
          referrers={referrers}
          onConfirm={remove}
          onCancel={() => {
            setReferrers([]);
            deleteButton.current?.focus();
          }}
        />
      )}
      {model.fields.length === 0 ? <p className="psb-muted">No fields yet.</p> : <FieldList model={model} />}
      <button type="button" onClick={() => dispatch(fieldAdded(model.id))}>
        Add field
      </button>
    </fieldset>
  );
});
