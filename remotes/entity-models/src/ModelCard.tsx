import type { EntityModel } from '@psb/contracts';
import { useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { DeleteModelConfirmation } from './DeleteModelConfirmation.js';
import { DraftInput } from './DraftInput.js';
import { FieldRow } from './FieldRow.js';
import { modelNameProblem } from './names.js';
import { referrersOf } from './references.js';
import { entityModelsSlice, fieldAdded, modelRemoved, modelRenamed } from './slice.js';

/** One model: a group named after it, holding its name, its ordered fields and its delete. */
export function ModelCard({ model }: { model: EntityModel }) {
  const section = useSelector(entityModelsSlice.selectSlice);
  const dispatch = useDispatch();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Looked up on Delete only: every model scanning every field on each render costs models².
  const referrers = confirming ? referrersOf(section, model.id) : [];
  const remove = () => dispatch(modelRemoved(model.id));
  return (
    <fieldset className="psb-model psb-models-card">
      <legend>{model.name}</legend>
      <div className="psb-models-row">
        <DraftInput
          label="Name"
          value={model.name}
          problemOf={(name) => modelNameProblem(section, model.id, name)}
          onCommit={(name) => dispatch(modelRenamed({ id: model.id, name }))}
        />
        <button
          type="button"
          ref={deleteButton}
          aria-label={`Delete model ${model.name}`}
          onClick={() => (referrersOf(section, model.id).length > 0 ? setConfirming(true) : remove())}
        >
          Delete
        </button>
      </div>
      {confirming && referrers.length > 0 && (
        <DeleteModelConfirmation
          modelName={model.name}
          referrers={referrers}
          onConfirm={remove}
          onCancel={() => {
            setConfirming(false);
            deleteButton.current?.focus();
          }}
        />
      )}
      {model.fields.length === 0 ? (
        <p className="psb-muted">No fields yet.</p>
      ) : (
        <ol className="psb-list psb-models-fields">
          {model.fields.map((field, index) => (
            <FieldRow key={field.id} section={section} model={model} field={field} index={index} />
          ))}
        </ol>
      )}
      <button type="button" onClick={() => dispatch(fieldAdded(model.id))}>
        Add field
      </button>
    </fieldset>
  );
}
