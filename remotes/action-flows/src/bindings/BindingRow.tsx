import { type ComponentTree, componentSpec, nodeOf } from '@psb/contracts';
import { memo } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { ComboField } from '../ComboField.js';
import { SelectField } from '../SelectField.js';
import { type FlowsRootState, selectBindingById, selectFlowById } from '../selectors.js';
import { bindingChanged, bindingRemoved } from '../slice.js';
import { componentText } from './componentText.js';

export type SelectTree = (state: unknown) => ComponentTree | undefined;

export interface BindingRowProps {
  id: string;
  /** The component tree, read here for the bound component only: an edit of another node leaves the row as it is. */
  selectTree: SelectTree;
  treeLoaded: boolean;
  position: number;
  setSize: number;
  index: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
  /** Read when a Component or Flow field is focused, not on each render. */
  componentOptions: () => [string, string][];
  flowOptions: () => [string, string][];
  nodeType: (nodeId: string) => string | undefined;
}

/** One binding: it reads its own record and its flow's name, so an edit elsewhere leaves it as it is. */
export const BindingRow = memo(function BindingRow(props: BindingRowProps) {
  const binding = useSelector((state: FlowsRootState) => selectBindingById(state, props.id));
  const flowName = useSelector((state: FlowsRootState) => (binding ? selectFlowById(state, binding.flowId)?.name : undefined));
  const node = useSelector((state: unknown) => {
    const nodes = props.selectTree(state)?.nodes;
    return nodes && binding ? nodeOf(nodes, binding.nodeId) : undefined;
  });
  const dispatch = useDispatch();
  if (!binding) return null;
  const events = (node && componentSpec(node.type)?.events) ?? [];
  const problems = [
    props.treeLoaded && !node ? 'its component no longer exists' : undefined,
    flowName === undefined ? 'its flow no longer exists' : undefined,
  ].filter(Boolean);
  return (
    <li
      ref={props.measure}
      data-index={props.index}
      data-row-id={props.id}
      aria-posinset={props.position}
      aria-setsize={props.setSize}
      className={problems.length > 0 ? 'psb-window-row psb-binding-broken' : 'psb-window-row'}
      style={{ transform: `translateY(${props.top}px)` }}
    >
      <ComboField
        label="Component"
        current={[binding.nodeId, node ? componentText(node) : '⚠ missing component']}
        options={props.componentOptions}
        onChange={(nodeId) => {
          const type = props.nodeType(nodeId);
          const event = (type && componentSpec(type)?.events[0]) ?? binding.event;
          dispatch(bindingChanged({ ...binding, nodeId, event }));
        }}
      />
      <SelectField
        label="Event"
        current={[binding.event, binding.event]}
        options={() => events.map((e) => [e, e])}
        onChange={(event) => dispatch(bindingChanged({ ...binding, event }))}
      />
      <ComboField
        label="Flow"
        current={[binding.flowId, flowName ?? '⚠ missing flow']}
        options={props.flowOptions}
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
});
