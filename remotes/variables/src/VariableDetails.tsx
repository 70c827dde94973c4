import { type HostApi, VARIABLE_TYPES, type Variable, type VariableType } from '@psb/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { CurrentValue } from './CurrentValue.js';
import { NameField } from './NameField.js';
import {
  defaultValueChanged,
  nameProblem,
  runtimeValueOf,
  valueChanged,
  valueCleared,
  variableRenamed,
  variablesSlice,
  variableTypeChanged,
} from './slice.js';
import { LiveUsesConfirmation, type PendingChange } from './UsesConfirmation.js';
import { needsConfirmation } from './usage.js';
import { useUsageReader } from './useVariableUsage.js';
import { ValueField } from './ValueField.js';

interface VariableDetailsProps {
  variable: Variable;
  host: HostApi;
  /** Put the keyboard in the name box when shown (a variable just added, to be named). */
  focusName: boolean;
  onDelete(): void;
}

/** The form of the selected variable: name, type, default, current value, delete. */
export function VariableDetails({ variable, host, focusName, onDelete }: VariableDetailsProps) {
  const { id } = variable;
  const state = useSelector(variablesSlice.selectSlice);
  const dispatch = useDispatch();
  // Looked up when asked, not kept current on every edit of the page: see useUsageReader.
  const usageNow = useUsageReader(host);
  const typeId = useId();
  const [pending, setPending] = useState<PendingChange>();
  // Remounts the name box on a cancelled rename, so it shows the saved name again.
  const [nameBoxVersion, setNameBoxVersion] = useState(0);
  const nameInput = useRef<HTMLInputElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'name' | 'delete' | undefined>(focusName ? 'name' : undefined);
  useEffect(() => {
    if (focusNext === 'name') {
      nameInput.current?.focus();
      nameInput.current?.select();
    }
    if (focusNext === 'delete') deleteButton.current?.focus();
    if (focusNext) setFocusNext(undefined);
  }, [focusNext]);

  const rename = (name: string) => {
    if (needsConfirmation(usageNow(variable))) setPending({ kind: 'rename', name });
    else dispatch(variableRenamed({ id, name }));
  };
  const remove = () => {
    if (needsConfirmation(usageNow(variable))) setPending({ kind: 'delete' });
    else onDelete();
  };
  const confirm = () => {
    if (pending?.kind === 'delete') return onDelete();
    if (pending?.kind === 'rename') dispatch(variableRenamed({ id, name: pending.name }));
    setPending(undefined);
    setFocusNext('name');
  };
  const cancel = () => {
    if (pending?.kind === 'rename') setNameBoxVersion((version) => version + 1);
    setFocusNext(pending?.kind === 'rename' ? 'name' : 'delete');
    setPending(undefined);
  };

  return (
    <form className="psb-vars-details" aria-label={`Variable ${variable.name}`} onSubmit={(event) => event.preventDefault()}>
      {/* While a confirmation is open, the form waits for its answer. */}
      <fieldset className="psb-vars-fields" disabled={pending !== undefined}>
        <NameField
          key={nameBoxVersion}
          value={variable.name}
          inputRef={nameInput}
          problemOf={(name) => nameProblem(state, id, name)}
          onCommit={rename}
        />
        <div className="psb-vars-field">
          <label htmlFor={typeId}>Type</label>
          <select
            id={typeId}
            value={variable.type}
            onChange={(event) => dispatch(variableTypeChanged({ id, type: event.target.value as VariableType }))}
          >
            {VARIABLE_TYPES.map((type) => (
              <option key={type} value={type}>
                {type}
              </option>
            ))}
          </select>
        </div>
        <ValueField
          key={variable.type}
          label="Default value"
          type={variable.type}
          value={variable.defaultValue}
          onChange={(value) => dispatch(defaultValueChanged({ id, value }))}
        />
        <CurrentValue
          variable={variable}
          current={runtimeValueOf(state.values, id)}
          onChange={(value) => dispatch(valueChanged({ id, value }))}
          onClear={() => dispatch(valueCleared(id))}
        />
        <div className="psb-vars-actions">
          <button type="button" ref={deleteButton} className="psb-vars-delete" onClick={remove}>
            Delete
          </button>
        </div>
      </fieldset>
      {pending && <LiveUsesConfirmation host={host} variable={variable} change={pending} onConfirm={confirm} onCancel={cancel} />}
    </form>
  );
}
