import type { ComponentTreeSection, DomainEditorProps, VariablesSection } from '@psb/contracts';
import { memo, useCallback, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { BindingsEditor } from './BindingsEditor.js';
import { FlowList } from './FlowList.js';
import { StepsEditor } from './StepsEditor.js';
import { type FlowsRootState, selectFlowById, selectFlowIds, selectSelectedFlowId } from './selectors.js';
import { flowAdded, flowRemoved, flowRenamed } from './slice.js';
import './editor.css';

export function Editor({ host }: DomainEditorProps) {
  const variables = useSelector((state: unknown) => host.selectSection(state, 'variables') as VariablesSection | undefined);
  const selectTree = useCallback(
    (state: unknown) => host.selectSection(state, 'componentTree') as ComponentTreeSection | undefined,
    [host],
  );
  const hasFlows = useSelector((state: FlowsRootState) => selectFlowIds(state).length > 0);
  const dispatch = useDispatch();

  return (
    <div className="psb-flows">
      <MemoFlowList />
      {!hasFlows && <p>No flows yet.</p>}
      <button type="button" onClick={() => dispatch(flowAdded())}>
        Add flow
      </button>
      <FlowDetail variables={variables} />
      <BindingsEditor selectTree={selectTree} />
    </div>
  );
}

const MemoFlowList = memo(FlowList);

/** The open flow: its name, its steps. It reads that flow alone, so editing another changes nothing here. */
const FlowDetail = memo(function FlowDetail({ variables }: { variables: VariablesSection | undefined }) {
  const selectedId = useSelector(selectSelectedFlowId);
  const flow = useSelector((state: FlowsRootState) => (selectedId === null ? undefined : selectFlowById(state, selectedId)));
  const dispatch = useDispatch();
  if (!flow) return null;
  return (
    <section className="psb-flows-detail" aria-label={`Flow ${flow.name}`}>
      <FlowName key={flow.id} id={flow.id} name={flow.name} />
      <button type="button" onClick={() => dispatch(flowRemoved(flow.id))}>
        Delete flow
      </button>
      <h3>Steps</h3>
      <StepsEditor at={{ flowId: flow.id, parentStepId: null }} steps={flow.steps} variables={variables} />
    </section>
  );
});

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
