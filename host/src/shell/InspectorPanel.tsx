import { Suspense, useId } from 'react';
import { useSession } from '../document/SessionContext.js';
import { useHostSelector } from '../store/hooks.js';
import { useDomainHost } from './DomainHostContext.js';
import { ErrorBoundary } from './ErrorBoundary.js';

/**
 * The right sidebar's region: the inspector of every ready domain that offers one (the component tree's, today),
 * each isolated as its editor is. A domain that is unavailable says so in its own panel, not here.
 */
export function InspectorPanel({ keys }: { keys: string[] }) {
  const host = useDomainHost();
  const session = useSession();
  const headingId = useId();
  const byKey = useHostSelector((state) => state.remotes.byKey);
  const opening = useHostSelector((state) => state.document.status === 'none' || state.document.status === 'opening');
  const offering = keys.filter((key) => byKey[key]?.status === 'ready' && host.module(key)?.Inspector);
  const loading = opening || keys.some((key) => byKey[key]?.status === 'loading');

  return (
    <section className="panel inspector-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Inspector</h2>
      {loading && <p className="panel-loading">Loading…</p>}
      {!loading && offering.length === 0 && (
        <p className="psb-muted">Nothing to inspect: no editor loaded here offers an inspector.</p>
      )}
      {!opening &&
        offering.map((key) => {
          const Inspector = host.module(key)?.Inspector;
          return (
            Inspector && (
              <ErrorBoundary key={`${key}:${byKey[key]?.attempt}`} onError={(error) => host.crashed(key, error)}>
                <Suspense fallback={<p className="panel-loading">Loading…</p>}>
                  <Inspector host={session.editorApi} />
                </Suspense>
              </ErrorBoundary>
            )
          );
        })}
    </section>
  );
}
