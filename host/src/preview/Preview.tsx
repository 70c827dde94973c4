import type { ActionFlowsSection, ComponentTreeSection, VariablesSection } from '@psb/contracts';
import { emptySections } from '@psb/contracts';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { toast } from 'sonner';
import { useHostSelector } from '../shell/hooks.js';
import { useSession } from '../shell/SessionContext.js';
import { PreviewNode } from './PreviewNode.js';
import { RuntimeValues } from './runtimeValues.js';

const EMPTY = emptySections();

/**
 * The page as it will be, rendered from the very sections Save stores: what is previewed is what is saved.
 * Clicking a button runs its bound flows through the flow runtime the action-flows domain offers.
 */
export function Preview() {
  const session = useSession();
  const headingId = useId();
  const tree =
    useHostSelector((s) => session.section(s, 'componentTree') as ComponentTreeSection | undefined) ?? EMPTY.componentTree;
  const variables = useHostSelector((s) => session.section(s, 'variables') as VariablesSection | undefined) ?? EMPTY.variables;
  const flows = useHostSelector((s) => session.section(s, 'actionFlows') as ActionFlowsSection | undefined) ?? EMPTY.actionFlows;
  const documentId = useHostSelector((s) => s.document.id);
  const [values] = useState(() => new RuntimeValues());
  const version = useSyncExternalStore(values.subscribe, () => values.version);
  const [visited, setVisited] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();

  // A newly opened project starts from its own values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the open project changes
  useEffect(() => {
    values.reset();
    setVisited(undefined);
    setFailure(undefined);
  }, [documentId]);

  const ctx = useMemo(
    () => ({
      tree,
      variables,
      flows,
      values,
      version,
      emit(nodeId: string, event: string) {
        const runtime = session.editorApi.services.flowRuntime;
        for (const binding of flows.bindings) {
          if (binding.nodeId !== nodeId || binding.event !== event) continue;
          const flow = flows.flows[binding.flowId];
          if (!flow) continue;
          if (!runtime) {
            setFailure('Flows cannot run: the Action flows editor is not loaded.');
            return;
          }
          setFailure(undefined);
          void runtime
            .run(flow, {
              variables,
              get: (id) => values.get(variables, id),
              set: (id, value) => values.set(id, value),
              toast: (message) => toast(message),
              navigate: (url) => setVisited(url),
              request: async (method, url, body) => {
                const response = await fetch(url, {
                  method,
                  ...(body === undefined ? {} : { body, headers: { 'content-type': 'application/json' } }),
                });
                const text = await response.text();
                if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}`);
                try {
                  return JSON.parse(text) as unknown;
                } catch {
                  return text;
                }
              },
            })
            .then((run) => {
              if (!run.ok) setFailure(`“${flow.name}” stopped at a step: ${run.message}`);
            });
        }
      },
    }),
    [tree, variables, flows, values, version, session],
  );

  return (
    <section className="panel preview-panel" aria-labelledby={headingId}>
      <div className="preview-header">
        <h2 id={headingId}>Preview</h2>
        <button type="button" onClick={() => values.reset()}>
          Reset values
        </button>
      </div>
      {failure && (
        <p className="preview-failure" role="alert">
          {failure}
        </p>
      )}
      {visited && <p className="preview-muted">The page would go to {visited}.</p>}
      <div className="preview-page">
        {tree.rootIds.length === 0 && <p className="preview-muted">Nothing on the page yet.</p>}
        {tree.rootIds.map((id) => (
          <PreviewNode key={id} id={id} ctx={ctx} />
        ))}
      </div>
    </section>
  );
}
