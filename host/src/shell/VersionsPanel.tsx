import type { RevisionSummary } from '@psb/contracts';
import { type KeyboardEvent, useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { useHostSelector } from '../store/hooks.js';
import type { Difference } from '../versions/describeDifferences.js';
import { useVersions } from '../versions/VersionsContext.js';
import { toldVersionTime } from '../versions/versionWords.js';
import { formatSize } from './projectFacts.js';
import { HISTORY_BUTTON_ID, VERSIONS_PANEL_ID } from './versionsIds.js';
import './versions.css';
import { useDirty } from './useDirty.js';

/**
 * The open project's saved versions, newest first, in the right sidebar: selecting one shows it read-only on the
 * canvas with what restoring it would change; "Current" shows the open document again. The list follows saves.
 * Escape closes the panel.
 */
export function VersionsPanel() {
  const { revisions, view } = useVersions();
  const headingId = useId();
  const { viewing } = useSyncExternalStore(view.subscribe, view.get);
  const id = useHostSelector((state) => state.document.id);
  const etag = useHostSelector((state) => state.document.etag);
  const name = useHostSelector((state) => state.document.meta.name);
  const dirty = useDirty();
  const [versions, setVersions] = useState<RevisionSummary[] | undefined>();
  const [listError, setListError] = useState<string | undefined>();
  const [reading, setReading] = useState<{ rev: number; error?: string } | undefined>();
  const [attempt, setAttempt] = useState(0);
  const panel = useRef<HTMLElement>(null);
  /** The version asked for last: an answer for an earlier click is dropped. */
  const wanted = useRef<number | undefined>(undefined);

  // Every save adds a version: the list is read again whenever the stored version changes, or another project opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: id, etag and attempt are what ask for a new list
  useEffect(() => {
    let current = true;
    void revisions.list().then((outcome) => {
      if (!current) return;
      setVersions(outcome.ok ? outcome.value : undefined);
      setListError(outcome.ok ? undefined : outcome.message);
    });
    return () => {
      current = false;
    };
  }, [revisions, id, etag, attempt]);

  // Another project: the version shown was this one's.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new id is what makes the version shown another project's
  useEffect(() => () => view.backToCurrent(), [view, id]);

  useEffect(() => panel.current?.focus(), []);

  const close = () => {
    view.close();
    document.getElementById(HISTORY_BUTTON_ID)?.focus();
  };
  const show = async (summary: RevisionSummary, isCurrent: boolean) => {
    wanted.current = isCurrent ? undefined : summary.rev;
    if (isCurrent) {
      setReading(undefined);
      view.backToCurrent();
      return;
    }
    setReading({ rev: summary.rev });
    const outcome = await revisions.read(summary);
    if (wanted.current !== summary.rev) return;
    setReading(outcome.ok ? undefined : { rev: summary.rev, error: outcome.message });
    if (outcome.ok) view.view(outcome.value);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    close();
  };

  return (
    <section
      ref={panel}
      id={VERSIONS_PANEL_ID}
      className="panel versions-panel"
      aria-labelledby={headingId}
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <div className="versions-header">
        <h2 id={headingId}>Version history</h2>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      <p className="versions-intro">
        Every save of “{name}” is kept. Select one to see it on the canvas, read only, and what restoring it would change.
      </p>
      {listError && (
        <div role="alert" className="versions-error">
          <p>{listError}</p>
          <button type="button" onClick={() => setAttempt((n) => n + 1)}>
            Try again
          </button>
        </div>
      )}
      {!versions && !listError && <p className="panel-loading">Loading…</p>}
      {versions && (
        <ol className="versions" aria-label="Versions">
          {versions.map((summary, index) => {
            const isCurrent = index === 0;
            const shown = isCurrent ? !viewing : viewing?.summary.rev === summary.rev;
            const error = reading?.rev === summary.rev ? reading.error : undefined;
            return (
              <li key={summary.rev} className={shown ? 'shown' : undefined}>
                <button
                  type="button"
                  className="version-row"
                  aria-current={shown ? 'true' : undefined}
                  aria-busy={reading?.rev === summary.rev && !error ? 'true' : undefined}
                  onClick={() => void show(summary, isCurrent)}
                >
                  <time dateTime={summary.updatedAt}>{toldVersionTime(summary.updatedAt)}</time>
                  {isCurrent && <span className="version-current">Current</span>}
                  <span className="version-facts">
                    {formatSize(summary.bytes)}
                    {summary.name !== name && <> · “{summary.name}”</>}
                  </span>
                </button>
                {isCurrent && shown && dirty && (
                  <p className="version-note">The canvas shows the open document, with changes not saved yet.</p>
                )}
                {error && (
                  <p role="alert" className="versions-error">
                    {error}
                  </p>
                )}
                {shown && viewing && !isCurrent && <Differences differences={viewing.differences} />}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** What restoring the version shown would change, per domain. */
function Differences({ differences }: { differences: Difference[] }) {
  const headingId = useId();
  return (
    <section className="version-differences" aria-labelledby={headingId}>
      <h3 id={headingId}>Restoring it would change</h3>
      {differences.length === 0 ? (
        <p>Nothing: it is the same as the open document.</p>
      ) : (
        <ul>
          {differences.map((difference) => (
            <li key={difference.key}>
              {difference.described ? (
                <>
                  <strong>{difference.title}:</strong> {difference.changes.join(', ')}
                </>
              ) : (
                difference.changes.join(', ')
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
