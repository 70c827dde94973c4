import { memo } from 'react';
import { useDispatch } from 'react-redux';
import { DraftInput } from './DraftInput.js';
import { EnumValuesEditor } from './EnumValuesEditor.js';
import { FieldTypeSelect } from './FieldTypeSelect.js';
import { fieldById } from './lookup.js';
import { fieldNameProblem } from './names.js';
import { ReferencePicker } from './ReferencePicker.js';
import { hasOtherModel } from './references.js';
import { fieldMoved, fieldRemoved, fieldRenamed, fieldRequiredChanged, fieldRetyped } from './slice.js';
import { type Direction, useFocusAfterMove } from './useFocusAfterMove.js';
import { useSectionReader, useSectionValue } from './useSection.js';

interface FieldRowProps {
  modelId: string;
  fieldId: string;
  /** Its place among the model's fields (what Move up / Move down change). */
  index: number;
  isLast: boolean;
  /** Its place in the list as drawn (1-based), and that list's length: for screen readers, as only some rows are drawn. */
  position: number;
  setSize: number;
  top: number;
  drawIndex: number;
  measure: (element: HTMLElement | null) => void;
}

/**
 * One field of a model: name, type, required, its values or target, and its place in the list. It reads its own
 * field by id, so an edit re-renders this row, not its siblings.
 */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { modelId, fieldId, index } = props;
  const dispatch = useDispatch();
  const field = useSectionValue((section) => fieldById(section, modelId, fieldId)?.field);
  const canReference = useSectionValue((section) => hasOtherModel(section, modelId));
  const readSection = useSectionReader();
  const focus = useFocusAfterMove(index);
  if (!field) return null;
  const at = { modelId, fieldId };
  const move = (direction: Direction) => {
    focus.moving(direction);
    dispatch(fieldMoved({ ...at, toIndex: direction === 'up' ? index - 1 : index + 1 }));
  };
  const nameProblem = (name: string) => {
    const model = readSection().entities[modelId];
    return model && fieldNameProblem(model, fieldId, name);
  };
  return (
    <li
      ref={props.measure}
      data-index={props.drawIndex}
      data-row-id={fieldId}
      className="psb-models-field psb-window-row"
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <div className="psb-models-row">
        <DraftInput
          label="Name"
          value={field.name}
          problemOf={nameProblem}
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
        <button type="button" ref={focus.down} disabled={props.isLast} onClick={() => move('down')}>
          Move down
        </button>
        <button type="button" aria-label={`Delete field ${field.name}`} onClick={() => dispatch(fieldRemoved(at))}>
          Delete
        </button>
      </div>
    </li>
  );
});
