import type { Static } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import { acceptsChild, COMPONENT_TYPES, type ComponentTypeName, componentSpec } from '../../catalogue.js';
import { nodePropsChecks, sectionChecks } from '../../compiled/schemaChecks.js';
import { ById, Id, Identifier, Json, Name } from '../../primitives.js';
import { type Problem, ProblemList, pointer } from '../../problem.js';
import { keysOf } from '../../recordKeys.js';
import { schemaProblems } from '../../schemaProblems.js';
import { defineSection } from '../definition.js';
import { nodePropsSchema } from '../nodeProps.js';
import { componentTreeFormat } from './format.js';
import { treeReferenceProblems } from './references.js';

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
    nodes: ById(ComponentNode),
    rootIds: Type.Array(Id),
  },
  { additionalProperties: false },
);
export type ComponentTreeSection = Static<typeof ComponentTreeSection>;

/**
 * A node's type is in the catalogue, its props fit that type, and it has no more children than the type takes.
 * The node is at `nodes/key` under `at`; pointers are built only for a problem found.
 */
function checkAgainstCatalogue(node: ComponentNode, at: string[], key: string, problems: ProblemList) {
  const spec = componentSpec(node.type);
  if (!spec) {
    problems.add(
      pointer(...at, 'nodes', key, 'type'),
      `Unknown component type "${node.type}"; expected one of ${COMPONENT_TYPES.join(', ')}.`,
    );
    return;
  }
  // The generated check first: TypeBox only explains props that fail it.
  // The props lie at `at`/nodes/key/props: that many levels below the document's root.
  if (!nodePropsChecks[spec.type as ComponentTypeName](node.props, at.length + 3)) {
    schemaProblems(nodePropsSchema(spec), node.props, pointer(...at, 'nodes', key, 'props'), problems);
  }
  if (node.children.length > 0 && !acceptsChild(node.type, node.children.length - 1)) {
    const message =
      spec.children === false ? `A ${node.type} takes no children.` : `A ${node.type} takes at most ${spec.children.max} child.`;
    problems.add(pointer(...at, 'nodes', key, 'children'), message);
  }
}

/**
 * Whether the tree is sound, answered without naming what is not: each node reached from `rootIds` exactly once,
 * through a parent it names as its own, under the id it holds, and fitting the catalogue (its props lie
 * `propsDepth` levels below the document's root). The loop and the walk below name the places; they run only
 * when this says no.
 * No set of the nodes seen is needed: a node is entered only from the list of the parent it names, so when no
 * list holds an id twice, no node is entered twice (the first one entered twice would have a parent entered
 * twice before it) and no cycle is walked. Then reaching as many nodes as there are means reaching each once.
 */
function isSound({ nodes, rootIds }: ComponentTreeSection, nodeCount: number, propsDepth: number): boolean {
  const stack: ComponentNode[] = [];
  let reached = 0;
  const enter = (ids: readonly string[], parentId: string | null) => {
    for (const id of ids) {
      const node = nodes[id];
      if (node?.parentId !== parentId || node.id !== id || !Object.hasOwn(nodes, id)) return false;
      if (!fitsCatalogue(node, propsDepth)) return false;
      reached++;
      stack.push(node);
    }
    // After the ids themselves: a list of ids that name no node then fails at the first, before any set is built.
    return !hasRepeat(ids);
  };
  if (!enter(rootIds, null)) return false;
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!enter(node.children, node.id)) return false;
  }
  return reached === nodeCount;
}

/** Whether a node's type is in the catalogue, its props fit that type, and the type takes its children. */
function fitsCatalogue(node: ComponentNode, propsDepth: number): boolean {
  const spec = componentSpec(node.type);
  return (
    spec !== undefined &&
    nodePropsChecks[spec.type as ComponentTypeName](node.props, propsDepth) &&
    (node.children.length === 0 || acceptsChild(node.type, node.children.length - 1))
  );
}

/** Whether an id is listed twice. Lists of children are short: comparing each pair is faster than a set. */
function hasRepeat(ids: readonly string[]): boolean {
  if (ids.length > 16) return new Set(ids).size !== ids.length;
  for (let i = 1; i < ids.length; i++) {
    for (let j = 0; j < i; j++) if (ids[i] === ids[j]) return true;
  }
  return false;
}

const NOT_VISITED = 0;
const ON_PATH = 1;
const DONE = 2;

/**
 * A list of ids being walked, `next` the index of the one to enter next: `rootIds` (`parentId` null), a node's
 * children (`parentId` that node, left when they are all walked), or one detached node on its own (`alone`).
 * Each id's place is its index in the list, a path only when a problem is reported there. Lists are read as they
 * are walked, so a hostile list of a million ids costs nothing beyond the problems a check has room for.
 */
type Level = { ids: readonly string[]; parentId: string | null; next: number; alone?: boolean };

const placeOf = (level: Level, index: number): (string | number)[] => {
  if (level.alone) return ['nodes', level.ids[index] as string];
  return level.parentId === null ? ['rootIds', index] : ['nodes', level.parentId, 'children', index];
};

/**
 * The tree's integrity: every reference points at a node, parents and children agree,
 * every node is reachable from `rootIds` exactly once and there is no cycle.
 * Iterative, so a deep tree cannot overflow the stack.
 */
export function checkComponentTree(tree: ComponentTreeSection, problems = new ProblemList(), at = ['componentTree']): Problem[] {
  const { nodes } = tree;
  const report = (path: (string | number)[], message: string) => problems.add(pointer(...at, ...path), message);
  // Listing the keys of a large record costs more than reading it (they come sorted): list them once, into the
  // shared cache, where the editors' table of the checked tree finds them (nodeTable.ts).
  const keys = keysOf(nodes);
  // A sound tree, the common case, is walked once; one that is not is walked again to name its problems.
  if (isSound(tree, keys.length, at.length + 3)) return problems.problems;

  for (const key of keys) {
    if (problems.full) return problems.problems;
    const node = nodes[key] as ComponentNode;
    if (node.id !== key) report(['nodes', key, 'id'], `The node id "${node.id}" does not match its key "${key}".`);
    checkAgainstCatalogue(node, at, key, problems);
  }
  for (const key of keys) {
    if (problems.full) return problems.problems;
    const { parentId } = nodes[key] as ComponentNode;
    if (parentId !== null && !Object.hasOwn(nodes, parentId)) {
      report(['nodes', key, 'parentId'], `The parent "${parentId}" does not exist.`);
    }
  }

  const state = new Map<string, number>();
  walk({ ids: tree.rootIds, parentId: null, next: 0 });

  // `state` holds only ids of nodes: when it holds as many as there are, every node was reached.
  if (state.size === keys.length) return problems.problems;
  for (const key of keys) {
    if (problems.full) break;
    if ((state.get(key) ?? NOT_VISITED) !== NOT_VISITED) continue;
    report(['nodes', key], `The node "${key}" is not reachable from rootIds.`);
    // Walk the detached part too, so a cycle in it is named as such.
    walk({ ids: [key], parentId: null, next: 0, alone: true }, true);
  }
  return problems.problems;

  function walk(start: Level, detached = false) {
    const levels = [start];
    while (levels.length > 0 && !problems.full) {
      const level = levels.at(-1) as Level;
      if (level.next === level.ids.length) {
        levels.pop();
        if (level.parentId !== null && !level.alone) state.set(level.parentId, DONE);
        continue;
      }
      const index = level.next++;
      const id = level.ids[index] as string;
      const node = nodes[id];
      if (!Object.hasOwn(nodes, id) || node === undefined) {
        report(placeOf(level, index), `No node with id "${id}".`);
        continue;
      }
      const seen = state.get(id) ?? NOT_VISITED;
      if (seen === ON_PATH) {
        report(placeOf(level, index), `The node "${id}" contains itself (a cycle).`);
        continue;
      }
      if (seen === DONE) {
        if (!detached) report(placeOf(level, index), `The node "${id}" is reachable twice.`);
        continue;
      }
      // A parent that does not exist was reported above; look it up only when the parents disagree.
      const disagree = !detached && node.parentId !== level.parentId;
      if (disagree && (node.parentId === null || Object.hasOwn(nodes, node.parentId))) {
        const expected = level.parentId === null ? 'null (it is a root)' : `"${level.parentId}"`;
        report(['nodes', id, 'parentId'], `The parentId should be ${expected}.`);
      }
      state.set(id, ON_PATH);
      levels.push({ ids: node.children, parentId: id, next: 0 });
    }
  }
}

/** The componentTree section: its format, schema and checks in one place (sections/registry.ts lists it). */
export const componentTreeSection = defineSection({
  ...componentTreeFormat,
  schema: ComponentTreeSection,
  fits: sectionChecks.componentTree,
  integrity: (tree, _valid, problems) => checkComponentTree(tree, problems),
  references: (tree, _valid, problems) => treeReferenceProblems(tree, problems),
});
