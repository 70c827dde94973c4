import { createContext, useContext } from 'react';
import type { RuntimeValues } from './runtimeValues.js';
import type { VariableScope } from './variableScope.js';

/** What never changes while a page is previewed: a node that reads only this re-renders only for its own node. */
export interface PreviewActions {
  values: RuntimeValues;
  /** Runs the flows bound to a node's event. */
  emit(nodeId: string, event: string): void;
}

export const PreviewActionsContext = createContext<PreviewActions | null>(null);

/** Changes with the variables or their run-time values: the nodes that read it re-render then. */
export const VariableScopeContext = createContext<VariableScope | null>(null);

export function usePreviewActions(): PreviewActions {
  const actions = useContext(PreviewActionsContext);
  if (!actions) throw new Error('usePreviewActions needs a PreviewActionsContext provider');
  return actions;
}

export function useVariableScope(): VariableScope {
  const scope = useContext(VariableScopeContext);
  if (!scope) throw new Error('useVariableScope needs a VariableScopeContext provider');
  return scope;
}
