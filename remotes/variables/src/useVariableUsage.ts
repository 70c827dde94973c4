import type { ActionFlowsSection, ComponentTreeSection, HostApi } from '@psb/contracts';
import { useMemo } from 'react';
import { useSelector } from 'react-redux';
import { usageOf, type VariableUsage } from './usage.js';

/**
 * The uses of `variable`, kept current as components and flows change. The other sections are read only through
 * the host (never by importing their remotes); they are undefined while their domain is not available.
 */
export function useVariableUsage(host: HostApi, variable: { id: string; name: string }): VariableUsage {
  const componentTree = useSelector((state: unknown) => host.selectSection(state, 'componentTree')) as
    | ComponentTreeSection
    | undefined;
  const actionFlows = useSelector((state: unknown) => host.selectSection(state, 'actionFlows')) as ActionFlowsSection | undefined;
  const { id, name } = variable;
  return useMemo(() => usageOf({ id, name }, { componentTree, actionFlows }), [id, name, componentTree, actionFlows]);
}
