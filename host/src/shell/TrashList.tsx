import type { TrashedProject } from '@psb/contracts';
import { useEffect, useState } from 'react';
import { useVersions } from '../versions/VersionsContext.js';
import { askDeleteForever, toldBackFromTrash } from '../versions/versionWords.js';
import { ConfirmDialog } from './Dialog.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A line that says what was just done, with its Undo: a live region, read out as it appears. */
export function UndoNotice({ message, onUndo }: { message: string; onUndo?: () => void }) {
  return (
    <p role="status" className="projects-notice">
      <span>{message}</span>
      {onUndo && (
        <button type="button" onClick={onUndo}>
          Undo
        </button>
      )}
    </p>
  );
}

/**
 * The trash, deleted last first: each project can be restored, or deleted forever after confirming. What was just
 * restored is said here, in the dialog, where the person is.
 */
export function TrashList() {
  const { trash } = useVersions();
  const [projects, setProjects] = useState<TrashedProject[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<TrashedProject | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const load = async () => {
    const outcome = await trash.list();
    setProjects(outcome.ok ? outcome.value : undefined);
    setError(outcome.ok ? undefined : outcome.message);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once when the trash shows
  useEffect(() => {
    void load();
  }, []);

  const restore = async (project: TrashedProject) => {
    if (!(await trash.restore(project))) return;
    setNotice(toldBackFromTrash(project.name));
    await load();
  };
  const deleteForever = async (project: TrashedProject) => {
    setDeleting(undefined);
    if (await trash.deleteForever(project)) await load();
  };

  return (
    <>
      {notice && <UndoNotice message={notice} />}
      {error && <p role="alert">{error}</p>}
      {!projects && !error && <p>Loading…</p>}
      {projects?.length === 0 && <p className="psb-muted">The trash is empty.</p>}
      {projects && projects.length > 0 && (
        <ul className="projects trash" aria-label="Trash">
          {projects.map((project) => (
            <li key={project.id}>
              <span className="project-title">{project.name}</span>
              <span className="project-facts">
                <span>
                  Deleted <time dateTime={project.deletedAt}>{when.format(new Date(project.deletedAt))}</time>
                </span>
              </span>
              <span className="trash-actions">
                <button type="button" aria-label={`Restore ${project.name}`} onClick={() => void restore(project)}>
                  Restore
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Delete ${project.name} forever`}
                  onClick={() => setDeleting(project)}
                >
                  Delete forever
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="projects-hint">Projects in the trash are deleted for good after 30 days.</p>
      {deleting && (
        <ConfirmDialog
          {...askDeleteForever(deleting.name)}
          confirm="Delete forever"
          onCancel={() => setDeleting(undefined)}
          onConfirm={() => void deleteForever(deleting)}
        />
      )}
    </>
  );
}
