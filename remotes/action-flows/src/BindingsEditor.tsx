import { type ComponentTreeSection, componentSpec } from '@psb/contracts';
import { useDispatch, useSelector } from 'react-redux';
import { SelectField } from './SelectField.js';
import { type ActionFlowsState, actionFlowsSlice, bindingAdded, bindingChanged, bindingRemoved, selectFlows } from './slice.js';

type RootState = { actionFlows: ActionFlowsState };

/** Which component event runs which flow. A binding whose component or flow is gone is flagged, not hidden. */
export function BindingsEditor({ tree }: { tree: ComponentTreeSection | undefined }) {
  const bindings = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).bindings);
  const selectedFlowId = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).selectedFlowId);
  const flows = useSelector(selectFlows);
  const dispatch = useDispatch();
  const emitters = Object.values(tree?.nodes ?? {}).filter((n) => (componentSpec(n.type)?.events.length ?? 0) > 0);
  const first = emitters[0];
  const canAdd = first && selectedFlowId;

  return (
    <section className="psb-bindings" aria-label="Bindings">
      <h3>Bindings</h3>
      {!tree && <p className="psb-muted">The component tree is not loaded: components cannot be picked.</p>}
      {bindings.length === 0 && <p className="psb-muted">No component runs a flow yet.</p>}
      <ul>
        {bindings.map((binding) => {
          const node = tree?.nodes[binding.nodeId];
          const events = (node && componentSpec(node.type)?.events) ?? [];
          const problems = [
            tree && !node ? 'its component no longer exists' : undefined,
            !flows.some((f) => f.id === binding.flowId) ? 'its flow no longer exists' : undefined,
          ].filter(Boolean);
          return (
            <li key={binding.id} className={problems.length > 0 ? 'psb-binding-broken' : undefined}>
              <SelectField
                label="Component"
                value={binding.nodeId}
                options={[
                  ...(node ? [] : [[binding.nodeId, '⚠ missing component'] as [string, string]]),
                  ...emitters.map((n) => [n.id, `${n.name ?? n.type} (${n.type})`] as [string, string]),
                ]}
                onChange={(nodeId) => {
                  const type = tree?.nodes[nodeId]?.type;
                  const event = (type && componentSpec(type)?.events[0]) ?? binding.event;
                  dispatch(bindingChanged({ ...binding, nodeId, event }));
                }}
              />
              <SelectField
                label="Event"
                value={binding.event}
                options={events.map((e) => [e, e])}
                onChange={(event) => dispatch(bindingChanged({ ...binding, event }))}
              />
              <SelectField
                label="Flow"
                value={binding.flowId}
                options={flows.map((f) => [f.id, f.name])}
                onChange={(flowId) => dispatch(bindingChanged({ ...binding, flowId }))}
              />
              <button type="button" onClick={() => dispatch(bindingRemoved(binding.id))}>
                Delete binding
              </button>
              {problems.length > 0 && (
                <p role="alert" className="psb-flows-error">
                  This binding is broken: {problems.join(' and ')}.
                </p>
              )}
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        disabled={!canAdd}
        onClick={() =>
          first &&
          selectedFlowId &&
          dispatch(
            bindingAdded({ nodeId: first.id, event: componentSpec(first.type)?.events[0] ?? 'click', flowId: selectedFlowId }),
          )
        }
      >
        Add binding
      </button>
      {!canAdd && (
        <span className="psb-muted"> Needs a flow and a component that emits events (a Button, an Input, an Image).</span>
      )}
    </section>
  );
}
