import type { EntityModel, ModelField } from '@psb/contracts';
import { useDispatch } from 'react-redux';
import { DraftInput } from './DraftInput.js';
import { EnumValuesEditor } from './EnumValuesEditor.js';
import { FieldTypeSelect } from './FieldTypeSelect.js';
import { fieldNameProblem } from './names.js';
import { ReferencePicker } from './ReferencePicker.js';
import { hasOtherModel } from './references.js';
import { fieldMoved, fieldRemoved, fieldRenamed, fieldRequiredChanged, fieldRetyped } from './slice.js';
import { type Direction, useFocusAfterMove } from './useFocusAfterMove.js';
import { useSectionValue } from './useSection.js';

interface FieldRowProps {
  model: EntityModel;
  field: ModelField;
  index: number;
}

/** One field of a model: name, type, required, its values or target, and its place in the list. */
export function FieldRow({ model, field, index }: FieldRowProps) {
  const dispatch = useDispatch();
  const canReference = useSectionValue((section) => hasOtherModel(section, model.id));
  const at = { modelId: model.id, fieldId: field.id };
  const focus = useFocusAfterMove(index);
  const move = (direction: Direction) => {
    focus.moving(direction);
    dispatch(fieldMoved({ ...at, toIndex: direction === 'up' ? index - 1 : index + 1 }));
  };
  return (
    <li className="psb-models-field">
      <div className="psb-models-row">
        <DraftInput
          label="Name"
          value={field.name}
          problemOf={(name) => fieldNameProblem(model, field.id, name)}
          onCommit={(name) => dispatch(fieldRenamed({ ...at, name }))}
        />
        <FieldTypeSelect field={field} canReference={canReference} onChange={(type) => dispatch(fieldRetyped({ ...at, type }))} />
        <label>
          <input
            type="checkbox"
            checked={field.required}
            onChange={(event) => dispatch(fieldRequiredChanged({ ...at, required: event.target.checked }))}
          />{' '}
          Required
        </label>
      </div>
      {field.type === 'enum' && <EnumValuesEditor at={at} values={field.values} />}
      {field.type === 'reference' && (
        <div className="psb-models-row">
          <ReferencePicker at={at} targetId={field.modelId} />
        </div>
      )}
      <div className="psb-models-row">
        <button type="button" ref={focus.up} disabled={index === 0} onClick={() => move('up')}>
          Move up
        </button>
        <button type="button" ref={focus.down} disabled={index === model.fields.length - 1} onClick={() => move('down')}>
          Move down
        </button>
        <button type="button" aria-label={`Delete field ${field.name}`} onClick={() => dispatch(fieldRemoved(at))}>
          Delete
        </button>
      </div>
    </li>
  );
}
