import type { Static } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import { acceptsChild, COMPONENT_TYPES, type ComponentTypeName, componentSpec } from '../catalogue.js';
import { nodePropsChecks } from '../compiled/schemaChecks.js';
import { Id, Identifier, Json, Name } from '../primitives.js';
import { type Problem, pointer } from '../problem.js';
import { schemaProblems } from '../schemaProblems.js';
import { nodePropsSchema } from './nodeProps.js';

export const ComponentNode = Type.Object(
  {
    id: Id,
    /** The component type, a key of the component catalogue. */
    type: Identifier,
    /** What the tree shows for the node; its type when missing. */
    name: Type.Optional(Name),
    props: Type.Record(Type.String(), Json),
    children: Type.Array(Id),
    parentId: Type.Union([Id, Type.Null()]),
  },
  { additionalProperties: false },
);
export type ComponentNode = Static<typeof ComponentNode>;

export const ComponentTreeSection = Type.Object(
  {
    nodes: Type.Record(Type.String(), ComponentNode),
    rootIds: Type.Array(Id),
  },
  { additionalProperties: false },
);
export type ComponentTreeSection = Static<typeof ComponentTreeSection>;

/** A node's type is in the catalogue, its props fit that type, and it has no more children than the type takes. */
function checkAgainstCatalogue(node: ComponentNode, at: string[]): Problem[] {
  const spec = componentSpec(node.type);
  if (!spec)
    return [
      {
        path: pointer(...at, 'type'),
        message: `Unknown component type "${node.type}"; expected one of ${COMPONENT_TYPES.join(', ')}.`,
      },
    ];
  // The generated check first: TypeBox only explains props that fail it.
  const problems = nodePropsChecks[spec.type as ComponentTypeName](node.props)
    ? []
    : schemaProblems(nodePropsSchema(spec), node.props, pointer(...at, 'props'));
  if (node.children.length > 0 && !acceptsChild(node.type, node.children.length - 1)) {
    const message =
      spec.children === false ? `A ${node.type} takes no children.` : `A ${node.type} takes at most ${spec.children.max} child.`;
    problems.push({ path: pointer(...at, 'children'), message });
  }
  return problems;
}

const NOT_VISITED = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * The tree's integrity: every reference points at a node, parents and children agree,
 * every node is reachable from `rootIds` exactly once and there is no cycle.
 * Iterative, so a deep tree cannot overflow the stack.
 */
export function checkComponentTree(tree: ComponentTreeSection, at = ['componentTree']): Problem[] {
  const problems: Problem[] = [];
  const { nodes } = tree;
  const report = (path: (string | number)[], message: string) => problems.push({ path: pointer(...at, ...path), message });

  for (const [key, node] of Object.entries(nodes)) {
    if (node.id !== key) report(['nodes', key, 'id'], `The node id "${node.id}" does not match its key "${key}".`);
    problems.push(...checkAgainstCatalogue(node, [...at, 'nodes', key]));
    if (node.parentId !== null && !Object.hasOwn(nodes, node.parentId)) {
      report(['nodes', key, 'parentId'], `The parent "${node.parentId}" does not exist.`);
    }
  }

  const state = new Map<string, number>();
  // Each stack frame is a node to enter (with the path that reached it and its expected parent) or to leave.
  type Frame = { enter: true; id: string; parentId: string | null; path: (string | number)[] } | { enter: false; id: string };
  const stack: Frame[] = [];
  for (let i = tree.rootIds.length - 1; i >= 0; i--) {
    stack.push({ enter: true, id: tree.rootIds[i] as string, parentId: null, path: ['rootIds', i] });
  }
  walk(stack);

  for (const key of Object.keys(nodes)) {
    if ((state.get(key) ?? NOT_VISITED) !== NOT_VISITED) continue;
    report(['nodes', key], `The node "${key}" is not reachable from rootIds.`);
    // Walk the detached part too, so a cycle in it is named as such.
    walk([{ enter: true, id: key, parentId: nodes[key]?.parentId ?? null, path: ['nodes', key] }], true);
  }
  return problems;

  function walk(frames: Frame[], detached = false) {
    while (frames.length > 0) {
      const frame = frames.pop() as Frame;
      if (!frame.enter) {
        state.set(frame.id, DONE);
        continue;
      }
      const node = nodes[frame.id];
      if (!Object.hasOwn(nodes, frame.id) || node === undefined) {
        report(frame.path, `No node with id "${frame.id}".`);
        continue;
      }
      const seen = state.get(frame.id) ?? NOT_VISITED;
      if (seen === ON_PATH) {
        report(frame.path, `The node "${frame.id}" contains itself (a cycle).`);
        continue;
      }
      if (seen === DONE) {
        if (!detached) report(frame.path, `The node "${frame.id}" is reachable twice.`);
        continue;
      }
      const parentExists = node.parentId === null || Object.hasOwn(nodes, node.parentId);
      if (!detached && parentExists && node.parentId !== frame.parentId) {
        const expected = frame.parentId === null ? 'null (it is a root)' : `"${frame.parentId}"`;
        report(['nodes', frame.id, 'parentId'], `The parentId should be ${expected}.`);
      }
      state.set(frame.id, ON_PATH);
      frames.push({ enter: false, id: frame.id });
      for (let i = node.children.length - 1; i >= 0; i--) {
        frames.push({
          enter: true,
          id: node.children[i] as string,
          parentId: frame.id,
          path: ['nodes', frame.id, 'children', i],
        });
      }
    }
  }
}
