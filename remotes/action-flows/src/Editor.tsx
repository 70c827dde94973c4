import type { ComponentTreeSection, DomainEditorProps, VariablesSection } from '@psb/contracts';
import { useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { BindingsEditor } from './BindingsEditor.js';
import { StepsEditor } from './StepsEditor.js';
import {
  type ActionFlowsState,
  actionFlowsSlice,
  flowAdded,
  flowRemoved,
  flowRenamed,
  flowSelected,
  selectFlows,
} from './slice.js';
import './editor.css';
import { counted } from './counted.js';

type RootState = { actionFlows: ActionFlowsState };

export function Editor({ host }: DomainEditorProps) {
  const flows = useSelector(selectFlows);
  const selectedId = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).selectedFlowId);
  const variables = useSelector((state: unknown) => host.selectSection(state, 'variables') as VariablesSection | undefined);
  const tree = useSelector((state: unknown) => host.selectSection(state, 'componentTree') as ComponentTreeSection | undefined);
  const dispatch = useDispatch();
  const flow = flows.find((f) => f.id === selectedId);

  return (
    <div className="psb-flows">
      <ul className="psb-flows-list" aria-label="Flows">
        {flows.map((f) => (
          <li key={f.id}>
            <button type="button" aria-pressed={f.id === selectedId} onClick={() => dispatch(flowSelected(f.id))}>
              {f.name} <span className="psb-muted">({counted(f.steps.length, 'step')})</span>
            </button>
          </li>
        ))}
      </ul>
      {flows.length === 0 && <p>No flows yet.</p>}
      <button type="button" onClick={() => dispatch(flowAdded())}>
        Add flow
      </button>
      {flow && (
        <section className="psb-flows-detail" aria-label={`Flow ${flow.name}`}>
          <FlowName key={flow.id} id={flow.id} name={flow.name} />
          <button type="button" onClick={() => dispatch(flowRemoved(flow.id))}>
            Delete flow
          </button>
          <h3>Steps</h3>
          <StepsEditor at={{ flowId: flow.id, parentStepId: null }} steps={flow.steps} variables={variables} />
        </section>
      )}
      <BindingsEditor tree={tree} />
    </div>
  );
}

function FlowName({ id, name }: { id: string; name: string }) {
  const dispatch = useDispatch();
  const [draft, setDraft] = useState(name);
  const problem = draft.trim() === '' ? 'A flow needs a name.' : undefined;
  return (
    <label className="psb-flows-field">
      Name
      <input
        value={draft}
        aria-invalid={problem ? true : undefined}
        onChange={(event) => {
          setDraft(event.target.value);
          if (event.target.value.trim() !== '') dispatch(flowRenamed({ id, name: event.target.value }));
        }}
      />
      {problem && <span role="alert">{problem}</span>}
    </label>
  );
}
