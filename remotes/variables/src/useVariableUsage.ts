import type { ActionFlowsSection, ComponentTree, HostApi } from '@psb/contracts';
import { useCallback, useMemo } from 'react';
import { useSelector, useStore } from 'react-redux';
import { usageOf, type VariableUsage } from './usage.js';

/*
 * The other sections are read only through the host (never by importing their remotes); they are undefined while
 * their domain is not available. Finding the uses scans every component and flow step, so it is done only when
 * asked: the form does not compute it on every edit of the page, only when a rename or delete is asked for.
 */
const treeOf = (host: HostApi, state: unknown) => host.selectSection(state, 'componentTree') as ComponentTree | undefined;
const flowsOf = (host: HostApi, state: unknown) => host.selectSection(state, 'actionFlows') as ActionFlowsSection | undefined;

/** The uses of `variable`, kept current as components and flows change: for what is on screen while it is. */
export function useVariableUsage(host: HostApi, variable: { id: string; name: string }): VariableUsage {
  const componentTree = useSelector((state: unknown) => treeOf(host, state));
  const actionFlows = useSelector((state: unknown) => flowsOf(host, state));
  const { id, name } = variable;
  return useMemo(() => usageOf({ id, name }, { componentTree, actionFlows }), [id, name, componentTree, actionFlows]);
}

/** Reads the uses of a variable as they are now, without subscribing to the other sections. */
export function useUsageReader(host: HostApi): (variable: { id: string; name: string }) => VariableUsage {
  const store = useStore();
  return useCallback(
    ({ id, name }) => {
      const state = store.getState();
      return usageOf({ id, name }, { componentTree: treeOf(host, state), actionFlows: flowsOf(host, state) });
    },
    [host, store],
  );
}
