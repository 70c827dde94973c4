import { createContext, useContext } from 'react';
import type { RuntimeValues } from './runtimeValues.js';
import type { TreeNodes } from './treeNodes.js';
import type { VariableScope } from './variableScope.js';

/** What stays the same while a page is previewed: a node that reads only this re-renders only for its own node. */
export interface PreviewTools {
  nodes: TreeNodes;
  values: RuntimeValues;
  /** Runs the flows bound to a node's event. */
  emit(nodeId: string, event: string): void;
}

export const PreviewToolsContext = createContext<PreviewTools | null>(null);

/** Changes with the variables or their run-time values: the nodes that read it re-render then. */
export const VariableScopeContext = createContext<VariableScope | null>(null);

export function usePreviewTools(): PreviewTools {
  const tools = useContext(PreviewToolsContext);
  if (!tools) throw new Error('usePreviewTools needs a PreviewToolsContext provider');
  return tools;
}

export function useVariableScope(): VariableScope {
  const scope = useContext(VariableScopeContext);
  if (!scope) throw new Error('useVariableScope needs a VariableScopeContext provider');
  return scope;
}
