import {
  type ActionFlowsSection,
  actionFlowsFormat,
  type Binding,
  type ComponentNode,
  type ComponentTree,
  componentTreeFormat,
  nodeOf,
} from '@psb/contracts';
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
  tree: ComponentTree,
  id: string,
  flows: ActionFlowsSection | undefined,
): ClipboardPayload | undefined {
  const root = nodeOf(tree.nodes, id);
  if (!root) return undefined;
  const ids = subtreeIds(tree, id);
  const inside = new Set(ids);
  const nodes: Record<string, ComponentNode> = {};
  for (const nodeId of ids) nodes[nodeId] = nodeOf(tree.nodes, nodeId) as ComponentNode;
  nodes[id] = { ...root, parentId: null };
  return {
    format: CLIPBOARD_FORMAT,
    versions: { componentTree: componentTreeFormat.version, actionFlows: actionFlowsFormat.version },
    rootId: id,
    nodes,
    bindings: (flows?.bindings ?? []).filter((b) => inside.has(b.nodeId)),
  };
}

/** Clipboard text marked as our components, parsed but not yet checked (readPayload.ts checks it). */
export interface MarkedPayload {
  value: Partial<ClipboardPayload>;
  /** Whether the text held a "__proto__" key, which JSON.parse keeps as an own property. */
  forbidden: boolean;
}

/**
 * Clipboard text that is marked as our components (`format`), parsed; undefined for anything else, plain text say,
 * which is not ours to handle. Cheap and without the sections' schemas, so that a paste event is claimed at once.
 */
export function markedPayload(text: string): MarkedPayload | undefined {
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
  return { value: value as Partial<ClipboardPayload>, forbidden };
}
