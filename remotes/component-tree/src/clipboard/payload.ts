import {
  type ActionFlowsSection,
  actionFlowsFormat,
  actionFlowsSection,
  type Binding,
  type ComponentNode,
  type ComponentTreeSection,
  componentSpec,
  componentTreeFormat,
  componentTreeSection,
  schemaProblems,
} from '@psb/contracts';
import type { TSchema } from '@sinclair/typebox';
import { subtreeIds } from '../slice.js';

/** What marks clipboard text as components copied from this editor, in any project, tab or browser. */
export const CLIPBOARD_FORMAT = 'page-scaffold-builder/components';

/** Components on the clipboard: plain JSON, so they travel through the system clipboard between projects. */
export interface ClipboardPayload {
  format: typeof CLIPBOARD_FORMAT;
  /** The format versions of the sections the nodes and bindings are read by: another version is refused. */
  versions: { componentTree: number; actionFlows: number };
  rootId: string;
  /** The copied node and everything below it; the root's `parentId` is null, as it belongs nowhere yet. */
  nodes: Record<string, ComponentNode>;
  /** The action flows' bindings of those nodes: which event of which node runs which flow. */
  bindings: Binding[];
}

/** The payload for node `id` with its subtree and their bindings; undefined when there is no such node. */
export function copiedPayload(
  tree: ComponentTreeSection,
  id: string,
  flows: ActionFlowsSection | undefined,
): ClipboardPayload | undefined {
  if (!tree.nodes[id]) return undefined;
  const ids = subtreeIds(tree, id);
  const inside = new Set(ids);
  const nodes: Record<string, ComponentNode> = {};
  for (const nodeId of ids) nodes[nodeId] = tree.nodes[nodeId] as ComponentNode;
  nodes[id] = { ...(tree.nodes[id] as ComponentNode), parentId: null };
  return {
    format: CLIPBOARD_FORMAT,
    versions: { componentTree: componentTreeFormat.version, actionFlows: actionFlowsFormat.version },
    rootId: id,
    nodes,
    bindings: (flows?.bindings ?? []).filter((b) => inside.has(b.nodeId)),
  };
}

/**
 * What clipboard text holds: our components, checked (`payload`); something marked as ours that cannot be pasted,
 * and why (`problem`, said to the person); or undefined for anything else, plain text say, which is not ours to
 * handle. The text is untrusted: it is checked by the sections' own schemas and integrity rules, so that what is
 * pasted could have been saved.
 */
export function readPayload(text: string): { payload: ClipboardPayload } | { problem: string } | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  let forbidden = false;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, v) => {
      if (key === '__proto__') forbidden = true;
      return v;
    });
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== CLIPBOARD_FORMAT) {
    return undefined;
  }
  const problem = (reason: string) => ({ problem: `Nothing was pasted: ${reason}` });
  if (forbidden) return problem('the copied components hold a "__proto__" key.');
  const { versions, rootId, nodes, bindings } = value as Partial<ClipboardPayload>;
  const ours = { componentTree: componentTreeFormat.version, actionFlows: actionFlowsFormat.version };
  if (versions?.componentTree !== ours.componentTree || versions?.actionFlows !== ours.actionFlows) {
    return problem(
      `they were copied from an editor of another version (component tree format ${String(versions?.componentTree)}, ` +
        `action flows format ${String(versions?.actionFlows)}; this one reads ${ours.componentTree} and ${ours.actionFlows}).`,
    );
  }
  const tree = { nodes, rootIds: [rootId] };
  const treeProblem =
    sectionProblem(tree, componentTreeSection) ?? componentTreeSection.integrity(tree as ComponentTreeSection, {})[0];
  if (treeProblem) return problem(`the copied components are not valid (${withoutStop(treeProblem.message)}).`);
  const bindingProblem =
    sectionProblem({ flows: {}, bindings }, actionFlowsSection) ??
    bindingsProblem(tree as ComponentTreeSection, bindings as Binding[]);
  if (bindingProblem) return problem(`a copied binding is not valid (${withoutStop(bindingProblem.message)}).`);
  return { payload: value as ClipboardPayload };
}

const withoutStop = (message: string) => message.replace(/\.$/, '');

/** The first way `section` does not fit the schema of `definition` (the generated check first, as a document's). */
function sectionProblem(section: unknown, definition: { fits: (value: unknown, depth: number) => boolean; schema: TSchema }) {
  // At depth 1, as a document holds its sections: what fits here fits a saved project.
  if (definition.fits(section, 1)) return undefined;
  return schemaProblems(definition.schema, section)[0] ?? { message: 'it is nested too deeply' };
}

/** The first binding that does not point at a copied node, or names an event its component does not emit. */
function bindingsProblem(tree: ComponentTreeSection, bindings: Binding[]): { message: string } | undefined {
  for (const binding of bindings) {
    const node = Object.hasOwn(tree.nodes, binding.nodeId) ? tree.nodes[binding.nodeId] : undefined;
    if (!node) return { message: `no copied component has the id "${binding.nodeId}"` };
    if (!componentSpec(node.type)?.events.includes(binding.event)) {
      return { message: `a ${node.type} does not emit "${binding.event}"` };
    }
  }
  return undefined;
}
