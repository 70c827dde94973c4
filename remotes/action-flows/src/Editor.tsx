import type { Flow } from '@psb/contracts';
import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { flowAdded, flowRemoved, flowRenamed, selectFlows } from './slice.js';

export function Editor() {
  const flows = useSelector(selectFlows);
  const dispatch = useDispatch();
  return (
    <div>
      {flows.length === 0 && <p>No flows yet.</p>}
      <ul className="psb-list">
        {flows.map((flow) => (
          <FlowRow key={flow.id} flow={flow} />
        ))}
      </ul>
      <button type="button" onClick={() => dispatch(flowAdded())}>
        Add flow
      </button>
    </div>
  );
}

function FlowRow({ flow }: { flow: Flow }) {
  const dispatch = useDispatch();
  const [name, setName] = useState(flow.name);
  const problem = name.trim() === '' ? 'A flow needs a name.' : undefined;
  const commit = () => {
    if (name !== flow.name && !problem) dispatch(flowRenamed({ id: flow.id, name }));
  };
  return (
    <li>
      <input
        aria-label="Name"
        value={name}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setName(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => event.key === 'Enter' && commit()}
      />{' '}
      <span className="psb-muted">{flow.steps.length} steps</span>{' '}
      <button type="button" aria-label={`Delete flow ${flow.name}`} onClick={() => dispatch(flowRemoved(flow.id))}>
        Delete
      </button>
      {problem && <p role="alert">{problem}</p>}
    </li>
  );
}
