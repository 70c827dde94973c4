import { useDispatch } from 'react-redux';
import { DraftInput } from './DraftInput.js';
import { enumValueProblem } from './enumValues.js';
import { enumValueAdded, enumValueRemoved, enumValueRenamed, type FieldRef } from './slice.js';

/** The values of an enum field: rename, add, remove, always keeping at least one. */
export function EnumValuesEditor({ at, values }: { at: FieldRef; values: readonly string[] }) {
  const dispatch = useDispatch();
  const lastOne = values.length === 1;
  return (
    <div className="psb-models-values">
      <ul className="psb-list">
        {values.map((value, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a value is its position in the list; its text is what gets edited.
          <li key={index}>
            <DraftInput
              label="Value"
              value={value}
              problemOf={(draft) => enumValueProblem(values, index, draft)}
              onCommit={(draft) => dispatch(enumValueRenamed({ ...at, index, value: draft }))}
            />{' '}
            <button
              type="button"
              aria-label={`Remove value ${value}`}
              title={lastOne ? 'An enum keeps at least one value.' : undefined}
              disabled={lastOne}
              onClick={() => dispatch(enumValueRemoved({ ...at, index }))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => dispatch(enumValueAdded(at))}>
        Add value
      </button>
    </div>
  );
}
