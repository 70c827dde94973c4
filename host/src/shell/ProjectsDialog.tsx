import type { ProjectSummary } from '@psb/contracts';
import { useEffect, useState } from 'react';
import { useSession } from '../document/SessionContext.js';
import { ConfirmDialog, Dialog } from './Dialog.js';
import { filterByName, formatSize, shortId } from './projectFacts.js';
import './projects.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  /** The open project's id: its row is marked, and opening it again only closes the dialog. */
  openId?: string | undefined;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/**
 * Every stored project, most recently changed first, filtered by name as one types: open one, or delete one after
 * confirming. Each row shows when it changed, its size and the start of its id, so that equal names can be told apart.
 */
export function ProjectsDialog({ openId, onOpen, onClose }: Props) {
  const session = useSession();
  const [projects, setProjects] = useState<ProjectSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [deleting, setDeleting] = useState<ProjectSummary | undefined>();
  const [query, setQuery] = useState('');

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

  const shown = projects && filterByName(projects, query);
  return (
    <>
      <Dialog title="Projects" onClose={onClose} dismiss="Close">
        {error && <p role="alert">The projects could not be listed: {error}</p>}
        {!projects && !error && <p>Loading…</p>}
        {projects?.length === 0 && <p>No projects yet.</p>}
        {projects && projects.length > 0 && (
          <>
            <input
              type="search"
              className="projects-filter"
              aria-label="Filter projects by name"
              placeholder="Filter by name"
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
            {shown?.length === 0 && <p>No project’s name contains “{query.trim()}”.</p>}
            <ul className="projects" aria-label="Projects">
              {shown?.map((project) => (
                <ProjectRow
                  key={project.id}
                  project={project}
                  isOpen={project.id === openId}
                  onOpen={() => onOpen(project.id)}
                  onDelete={() => setDeleting(project)}
                />
              ))}
            </ul>
          </>
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

function ProjectRow(props: { project: ProjectSummary; isOpen: boolean; onOpen: () => void; onDelete: () => void }) {
  const { project, isOpen } = props;
  return (
    <li className={isOpen ? 'open' : undefined} aria-current={isOpen ? 'true' : undefined}>
      <span className="project-title">
        <button type="button" className="link" onClick={props.onOpen}>
          {project.name}
        </button>
        {isOpen && <span className="project-open"> (open)</span>}
      </span>
      <span className="project-facts">
        <time dateTime={project.updatedAt}>{when.format(new Date(project.updatedAt))}</time>
        {project.size !== undefined && <span>{formatSize(project.size)}</span>}
        <code title={project.id}>{shortId(project.id)}</code>
      </span>
      <button type="button" aria-label={`Delete ${project.name}`} onClick={props.onDelete}>
        Delete
      </button>
    </li>
  );
}
