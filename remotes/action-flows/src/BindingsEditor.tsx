import { COMPONENT_TYPES, type ComponentNode, type ComponentTreeSection, componentSpec, isTemplateProp } from '@psb/contracts';
import { useDispatch, useSelector } from 'react-redux';
import { ComboField } from './ComboField.js';
import { SelectField } from './SelectField.js';
import { type ActionFlowsState, actionFlowsSlice, bindingAdded, bindingChanged, bindingRemoved, selectFlows } from './slice.js';

type RootState = { actionFlows: ActionFlowsState };

/** Which component event runs which flow. A binding whose component or flow is gone is flagged, not hidden. */
export function BindingsEditor({ tree }: { tree: ComponentTreeSection | undefined }) {
  const bindings = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).bindings);
  const selectedFlowId = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).selectedFlowId);
  const flowsById = useSelector((state: RootState) => actionFlowsSlice.selectSlice(state).entities);
  const flows = useSelector(selectFlows);
  const dispatch = useDispatch();
  // Every emitter is listed only when a Component field gets focus; the editor itself needs just the first.
  const emitters = () => Object.values(tree?.nodes ?? {}).filter(emitsEvents);
  const first = tree && firstEmitter(tree);
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
          const flow = Object.hasOwn(flowsById, binding.flowId) ? flowsById[binding.flowId] : undefined;
          const problems = [
            tree && !node ? 'its component no longer exists' : undefined,
            !flow ? 'its flow no longer exists' : undefined,
          ].filter(Boolean);
          return (
            <li key={binding.id} className={problems.length > 0 ? 'psb-binding-broken' : undefined}>
              <ComboField
                label="Component"
                current={[binding.nodeId, node ? componentText(node) : '⚠ missing component']}
                options={() => emitters().map((n) => [n.id, componentText(n)])}
                onChange={(nodeId) => {
                  const type = tree?.nodes[nodeId]?.type;
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
                current={[binding.flowId, flow ? flow.name : '⚠ missing flow']}
                options={() => flows.map((f) => [f.id, f.name])}
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

const emitsEvents = (node: ComponentNode) => (componentSpec(node.type)?.events.length ?? 0) > 0;

/**
 * The first component that emits events, in the page's order (depth first from the roots), which a new binding
 * starts with. This runs on each edit of the tree, so it walks only as far as that component: a `for…in` over the
 * nodes would stop there too, but V8 lists all of a large object's keys before the first turn, which on a large
 * page is felt at every key press.
 */
function firstEmitter({ nodes, rootIds }: ComponentTreeSection): ComponentNode | undefined {
  const stack = [...rootIds].reverse();
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = nodes[id];
    if (!node) continue;
    if (emitsEvents(node)) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as string);
  }
  return undefined;
}

const SHOWN_TEXT_MAX = 40;

/** The first text prop of each type (one that may hold `{{expressions}}`): what a component of it shows. */
const SHOWN_TEXT_PROPS = new Map<string, string | undefined>(
  COMPONENT_TYPES.map((type) => {
    const props = Object.entries(componentSpec(type)?.props.properties ?? {});
    return [type, props.find(([, schema]) => isTemplateProp(schema))?.[0]];
  }),
);

/**
 * How a component reads in the Component list: its name and type, or, when it has no name, its type and the text
 * it shows (a button's label, an image's alt text), so that a page's many unnamed buttons can be told apart.
 */
function componentText(node: ComponentNode): string {
  if (node.name) return `${node.name} (${node.type})`;
  const prop = SHOWN_TEXT_PROPS.get(node.type);
  const text = prop && node.props[prop];
  if (typeof text !== 'string' || text.trim() === '') return node.type;
  const short = text.trim().replace(/\s+/g, ' ');
  return `${node.type} “${short.length > SHOWN_TEXT_MAX ? `${short.slice(0, SHOWN_TEXT_MAX - 1).trimEnd()}…` : short}”`;
}
