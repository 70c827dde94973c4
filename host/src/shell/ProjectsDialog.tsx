import type { ProjectSummary } from '@psb/contracts';
import { useEffect, useState } from 'react';
import { useSession } from '../document/SessionContext.js';
import { ConfirmDialog, Dialog } from './Dialog.js';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every stored project, most recently changed first: open one, or delete one after confirming. */
export function ProjectsDialog({ onOpen, onClose }: { onOpen: (id: string) => void; onClose: () => void }) {
  const session = useSession();
  const [projects, setProjects] = useState<ProjectSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<ProjectSummary | undefined>();

  const load = () =>
    session.list().then(
      (list) => {
        setProjects(list);
        setError(undefined);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once when the dialog opens
  useEffect(() => {
    void load();
  }, []);

  return (
    <>
      <Dialog title="Projects" onClose={onClose} dismiss="Close">
        {error && <p role="alert">The projects could not be listed: {error}</p>}
        {!projects && !error && <p>Loading…</p>}
        {projects?.length === 0 && <p>No projects yet.</p>}
        {projects && projects.length > 0 && (
          <ul className="projects">
            {projects.map((project) => (
              <li key={project.id}>
                <button type="button" className="link" onClick={() => onOpen(project.id)}>
                  {project.name}
                </button>
                <time dateTime={project.updatedAt}>{when.format(new Date(project.updatedAt))}</time>
                <button type="button" aria-label={`Delete ${project.name}`} onClick={() => setDeleting(project)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        )}
      </Dialog>
      {deleting && (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          message="The project is removed from the server. This cannot be undone; Export keeps a copy first."
          confirm="Delete"
          onCancel={() => setDeleting(undefined)}
          onConfirm={async () => {
            setDeleting(undefined);
            if (await session.remove(deleting.id)) await load();
          }}
        />
      )}
    </>
  );
}
