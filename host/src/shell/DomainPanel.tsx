import { Suspense, useId } from 'react';
import { useSession } from '../document/SessionContext.js';
import { useHostSelector } from '../store/hooks.js';
import { useDomainHost } from './DomainHostContext.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { UnavailablePanel } from './UnavailablePanel.js';

/** One domain's editor in a region named by its title, isolated from the others. */
export function DomainPanel({ domainKey }: { domainKey: string }) {
  const host = useDomainHost();
  const session = useSession();
  const remote = useHostSelector((state) => state.remotes.byKey[domainKey]);
  // Until the first project is open, an edit would be lost: opening it replaces every domain's state.
  const opening = useHostSelector((state) => state.document.status === 'none' || state.document.status === 'opening');
  const headingId = useId();
  if (!remote) return null;
  const Editor = host.module(domainKey)?.Editor;

  return (
    <section className="panel" aria-labelledby={headingId} data-status={remote.status}>
      <h2 id={headingId}>{remote.title}</h2>
      {(remote.status === 'loading' || (remote.status === 'ready' && opening)) && <p className="panel-loading">Loading…</p>}
      {remote.status === 'ready' && !opening && Editor && (
        <ErrorBoundary key={remote.attempt} onError={(error) => host.crashed(domainKey, error)}>
          <Suspense fallback={<p className="panel-loading">Loading…</p>}>
            <Editor host={session.editorApi} />
          </Suspense>
        </ErrorBoundary>
      )}
      {(remote.status === 'failed' || remote.status === 'incompatible') && (
        <UnavailablePanel
          title={remote.title}
          reason={remote.reason ?? 'Unknown reason.'}
          incompatible={remote.status === 'incompatible'}
          onRetry={() => host.retry(domainKey)}
        />
      )}
    </section>
  );
}
