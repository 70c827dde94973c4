import type { ActionFlowsSection, VariablesSection } from '@psb/contracts';
import { emptySections } from '@psb/contracts';
import { useCallback } from 'react';
import { useStore } from 'react-redux';
import { toast } from 'sonner';
import { useSession } from '../document/SessionContext.js';
import type { HostState } from '../store/createHostStore.js';
import { previewRequest } from './previewRequest.js';
import type { RuntimeValues } from './runtimeValues.js';
import { sameOriginSetting } from './sameOriginSetting.js';

const EMPTY = emptySections();

/**
 * Runs the flows bound to a node's event through the flow runtime the action-flows domain offers. The
 * function never changes: it reads the flows and variables when it runs, so nodes need not re-render
 * for it when the document changes.
 */
export function useEmit(
  values: RuntimeValues,
  { onNavigate, onFailure }: { onNavigate(url: string): void; onFailure(message: string | undefined): void },
) {
  const session = useSession();
  const store = useStore<HostState>();
  return useCallback(
    (nodeId: string, event: string) => {
      const state = store.getState();
      const flows = (session.section(state, 'actionFlows') as ActionFlowsSection | undefined) ?? EMPTY.actionFlows;
      const variables = (session.section(state, 'variables') as VariablesSection | undefined) ?? EMPTY.variables;
      const runtime = session.editorApi.services.flowRuntime;
      // The project whose page this is, as the flow starts: its own setting decides what it may request.
      const projectId = state.document.id;
      const request = previewRequest(() => ({
        editorUrl: globalThis.location.href,
        sameOriginAllowed: sameOriginSetting.allowed(projectId),
      }));
      for (const binding of flows.bindings) {
        if (binding.nodeId !== nodeId || binding.event !== event) continue;
        const flow = flows.flows[binding.flowId];
        if (!flow) continue;
        if (!runtime) {
          onFailure('Flows cannot run: the Action flows editor is not loaded.');
          return;
        }
        onFailure(undefined);
        void runtime
          .run(flow, {
            variables,
            get: (id) => values.get(variables, id),
            set: (id, value) => values.set(id, value),
            toast: (message) => toast(message),
            navigate: onNavigate,
            request,
          })
          .then((run) => {
            if (!run.ok) onFailure(`“${flow.name}” stopped at a step: ${run.message}`);
          });
      }
    },
    [session, store, values, onNavigate, onFailure],
  );
}
