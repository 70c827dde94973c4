import type { VariablesSection } from '@psb/contracts';
import { emptySections } from '@psb/contracts';
import { useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useSession } from '../document/SessionContext.js';
import { useHostSelector } from '../store/hooks.js';
import { PreviewNode } from './PreviewNode.js';
import { PreviewToolsContext, VariableScopeContext } from './previewContext.js';
import { RuntimeValues } from './runtimeValues.js';
import { useEmit } from './useEmit.js';
import { useRootIds, useTreeNodes } from './useTree.js';
import { variableScope } from './variableScope.js';

const EMPTY = emptySections();

/**
 * The page as it will be, rendered from the very sections Save stores: what is previewed is what is saved.
 * Clicking a button runs its bound flows through the flow runtime the action-flows domain offers.
 * Each node subscribes to its own node, so an edit re-renders only the nodes it changed.
 */
export function Preview() {
  const session = useSession();
  const headingId = useId();
  const rootIds = useRootIds();
  const variables = useHostSelector((s) => session.section(s, 'variables') as VariablesSection | undefined) ?? EMPTY.variables;
  const documentId = useHostSelector((s) => s.document.id);
  const [values] = useState(() => new RuntimeValues());
  const overrides = useSyncExternalStore(values.subscribe, () => values.overrides);
  const [visited, setVisited] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const emit = useEmit(values, { onNavigate: setVisited, onFailure: setFailure });
  const nodes = useTreeNodes();
  const tools = useMemo(() => ({ nodes, values, emit }), [nodes, values, emit]);
  const scope = useMemo(() => variableScope(variables, overrides), [variables, overrides]);

  // A newly opened project starts from its own values.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the open project changes
  useEffect(() => {
    values.reset();
    setVisited(undefined);
    setFailure(undefined);
  }, [documentId]);

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
        {rootIds.length === 0 && <p className="preview-muted">Nothing on the page yet.</p>}
        <PreviewToolsContext value={tools}>
          <VariableScopeContext value={scope}>
            {rootIds.map((id) => (
              <PreviewNode key={id} id={id} />
            ))}
          </VariableScopeContext>
        </PreviewToolsContext>
      </div>
    </section>
  );
}
