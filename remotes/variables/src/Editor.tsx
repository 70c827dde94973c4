import type { Variable } from '@psb/contracts';
import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { nameProblem, selectVariables, variableAdded, variableRemoved, variableRenamed, variablesSlice } from './slice.js';

export function Editor() {
  const variables = useSelector(selectVariables);
  const dispatch = useDispatch();
  return (
    <div>
      <ul className="psb-list">
        {variables.map((variable) => (
          <VariableRow key={variable.id} variable={variable} />
        ))}
      </ul>
      {variables.length === 0 && <p>No variables yet.</p>}
      <button type="button" onClick={() => dispatch(variableAdded())}>
        Add variable
      </button>
    </div>
  );
}

function VariableRow({ variable }: { variable: Variable }) {
  const state = useSelector(variablesSlice.selectSlice);
  const dispatch = useDispatch();
  const [draft, setDraft] = useState(variable.name);
  const problem = draft === variable.name ? undefined : nameProblem(state, variable.id, draft);
  const commit = () => {
    if (draft !== variable.name && !problem) dispatch(variableRenamed({ id: variable.id, name: draft }));
  };
  return (
    <li>
      <input
        aria-label="Name"
        value={draft}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />
      <span className="psb-muted"> {variable.type}</span>
      <button type="button" aria-label={`Delete ${variable.name}`} onClick={() => dispatch(variableRemoved(variable.id))}>
        Delete
      </button>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
