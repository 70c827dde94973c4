import type { ComponentTree, DomainEditorProps, VariablesSection } from '@psb/contracts';
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
    (state: unknown) => host.selectSection(state, 'componentTree') as ComponentTree | undefined,
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

/**
 * The open flow: its name, its steps. It reads that flow's name alone, so typing in a step (or editing another flow)
 * leaves it as it is: the steps editor reads the steps. The section is keyed by the flow, so opening another flow
 * starts its name's draft and its steps' focus afresh.
 */
const FlowDetail = memo(function FlowDetail({ variables }: { variables: VariablesSection | undefined }) {
  const id = useSelector(selectSelectedFlowId);
  const name = useSelector((state: FlowsRootState) => (id === null ? undefined : selectFlowById(state, id)?.name));
  const dispatch = useDispatch();
  if (id === null || name === undefined) return null;
  return (
    <section key={id} className="psb-flows-detail" aria-label={`Flow ${name}`}>
      <FlowName id={id} name={name} />
      <button type="button" onClick={() => dispatch(flowRemoved(id))}>
        Delete flow
      </button>
      <h3>Steps</h3>
      <StepsEditor flowId={id} variables={variables} />
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
