import {
  type ActionFlowsSection,
  type ComponentNode,
  componentSpec,
  isTemplateProp,
  nodesPasted,
  referencedNames,
  type VariablesSection,
} from '@psb/contracts';
import { nanoid } from '@reduxjs/toolkit';
import { type ComponentTreeState, insertionPlace } from '../slice.js';
import type { ClipboardPayload } from './payload.js';

/**
 * The event that pastes a checked payload where a new component would go (`insertionPlace`: into the selected
 * container, after the selected leaf, or last at the root), every node and binding under a new id. The ids are
 * made here, not in the reducers, which must give the same state for the same action.
 */
export function pasteEvent(payload: ClipboardPayload, tree: ComponentTreeState, newId: () => string = nanoid) {
  const place = insertionPlace(tree);
  const fresh = new Map(Object.keys(payload.nodes).map((id) => [id, newId()]));
  const renamed = (id: string) => fresh.get(id) as string;
  const nodes: Record<string, ComponentNode> = {};
  for (const node of Object.values(payload.nodes)) {
    const id = renamed(node.id);
    const parentId = node.id === payload.rootId ? place.parentId : renamed(node.parentId as string);
    nodes[id] = { ...node, id, children: node.children.map(renamed), parentId };
  }
  const bindings = payload.bindings.map((binding) => ({ ...binding, id: newId(), nodeId: renamed(binding.nodeId) }));
  return nodesPasted({ nodes, rootId: renamed(payload.rootId), place, bindings });
}

/**
 * What pasted components name that this project does not have, in words. They are pasted as they are (the person
 * may add the flow or variable next), and the bindings editor and the inspector mark each where it is.
 */
export function missingReferences(
  payload: ClipboardPayload,
  flows: ActionFlowsSection | undefined,
  variables: VariablesSection | undefined,
): string[] {
  const said: string[] = [];
  const flowless = flows ? payload.bindings.filter((b) => !Object.hasOwn(flows.flows, b.flowId)).length : 0;
  // Until each runs a flow of the project, the project does not save: the person is told the way out.
  if (flowless === 1) {
    said.push(
      'A binding runs a flow this project does not have: it is marked missing under Bindings; choose a flow for it or delete it to save.',
    );
  }
  if (flowless > 1) {
    said.push(
      `${flowless} bindings run flows this project does not have: they are marked missing under Bindings; choose flows for them or delete them to save.`,
    );
  }
  if (!variables) return said;

  const names = new Set(Object.values(variables.entities).map((v) => v.name));
  const unknownNames = new Set<string>();
  let unknownRefs = 0;
  for (const node of Object.values(payload.nodes)) {
    const schemas = componentSpec(node.type)?.props.properties ?? {};
    for (const [prop, value] of Object.entries(node.props)) {
      const schema = schemas[prop];
      if (!schema || typeof value !== 'string') continue;
      if (isTemplateProp(schema)) for (const name of referencedNames(value)) if (!names.has(name)) unknownNames.add(name);
      if (schema['x-ref'] === 'variable' && !Object.hasOwn(variables.entities, value)) unknownRefs++;
    }
  }
  if (unknownNames.size > 0) said.push(`Not a variable in this project: ${[...unknownNames].join(', ')}.`);
  if (unknownRefs === 1) said.push('A component uses a variable this project does not have.');
  if (unknownRefs > 1) said.push(`${unknownRefs} components use variables this project does not have.`);
  return said;
}
