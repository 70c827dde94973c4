import type { ProjectSummary } from '@psb/contracts';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useSession } from '../document/SessionContext.js';
import { useVersions } from '../versions/VersionsContext.js';
import { toldTrashed } from '../versions/versionWords.js';
import { Dialog } from './Dialog.js';
import { filterByName, formatSize, rawFileUrl, shortId } from './projectFacts.js';
import { TrashList, UndoNotice } from './TrashList.js';
import './projects.css';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A date as people read it; nothing for one that is not a date (a server's list must never break the dialog). */
function formatWhen(iso: string | undefined): string {
  const date = new Date(iso ?? '');
  return Number.isNaN(date.getTime()) ? '' : when.format(date);
}

interface Props {
  /** The open project's id: its row is marked, and opening it again only closes the dialog. */
  openId?: string | undefined;
  onOpen: (id: string) => void;
  onClose: () => void;
}

type Tab = 'projects' | 'trash';
const TABS: { key: Tab; label: string }[] = [
  { key: 'projects', label: 'Projects' },
  { key: 'trash', label: 'Trash' },
];

/**
 * Every stored project, most recently changed first, filtered by name as one types: open one, or move one to the
 * trash (undone at once from the line that says so). Each row shows when it changed, its size and the start of its
 * id, so that equal names can be told apart. The Trash tab lists deleted projects, to restore or delete for good.
 */
export function ProjectsDialog({ openId, onOpen, onClose }: Props) {
  const [tab, setTab] = useState<Tab>('projects');
  const id = useId();
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = tab === 'projects' ? 'trash' : 'projects';
    setTab(next);
    document.getElementById(`${id}-${next}`)?.focus();
  };
  return (
    <Dialog title="Projects" onClose={onClose} dismiss="Close">
      <div role="tablist" aria-label="Projects or trash" className="projects-tabs">
        {TABS.map(({ key, label }) => (
          <button
            key={key}
            type="button"
            role="tab"
            id={`${id}-${key}`}
            aria-selected={tab === key}
            aria-controls={`${id}-panel`}
            tabIndex={tab === key ? 0 : -1}
            onClick={() => setTab(key)}
            onKeyDown={onTabKey}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${tab}`} className="projects-panel">
        {tab === 'projects' ? <ProjectList openId={openId} onOpen={onOpen} /> : <TrashList />}
      </div>
    </Dialog>
  );
}

function ProjectList({ openId, onOpen }: Pick<Props, 'openId' | 'onOpen'>) {
  const session = useSession();
  const { trash } = useVersions();
  const [projects, setProjects] = useState<ProjectSummary[] | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [query, setQuery] = useState('');
  // What was just moved to the trash, with its Undo: said here, since a toast behind this modal dialog cannot be reached.
  const [trashed, setTrashed] = useState<{ message: string; undo: () => void } | undefined>();

  const load = () =>
    trash
      .settled()
      .then(() => session.list())
      .then(
        (list) => {
          setProjects(list);
          setError(undefined);
        },
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once when the list shows
  useEffect(() => {
    void load();
  }, []);

  const moveToTrash = async (project: ProjectSummary) => {
    const undo = await trash.moveToTrash(project);
    if (!undo) return;
    setTrashed({
      message: toldTrashed(project.name),
      undo: async () => {
        setTrashed(undefined);
        if (await undo()) await load();
      },
    });
    await load();
  };

  const shown = projects && filterByName(projects, query);
  return (
    <>
      {trashed && <UndoNotice message={trashed.message} onUndo={trashed.undo} />}
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
            {shown?.map((project) =>
              project.damaged ? (
                <DamagedRow key={project.id} project={project} onDelete={() => void moveToTrash(project)} />
              ) : (
                <ProjectRow
                  key={project.id}
                  project={project}
                  isOpen={project.id === openId}
                  onOpen={() => onOpen(project.id)}
                  onDelete={() => void moveToTrash(project)}
                />
              ),
            )}
          </ul>
        </>
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
        <ProjectFacts project={project} />
      </span>
      <button type="button" aria-label={`Delete ${project.name}`} title="Move to the trash" onClick={props.onDelete}>
        Delete
      </button>
    </li>
  );
}

/**
 * A project whose stored file the server cannot read as a project: it cannot be opened, only downloaded as it is (to
 * repair by hand and import) or moved to the trash. Greyed, with what is wrong in the server's words.
 */
function DamagedRow({ project, onDelete }: { project: ProjectSummary; onDelete: () => void }) {
  const problemId = useId();
  return (
    <li className="damaged" aria-describedby={problemId}>
      <span className="project-title project-name">{project.name}</span>
      <span id={problemId} className="project-problem">
        Damaged, cannot be opened: {project.problem ?? 'the server cannot read its file'}.
      </span>
      <span className="project-facts">
        <ProjectFacts project={project} />
      </span>
      <span className="trash-actions">
        <a
          className="button"
          href={rawFileUrl(project.id)}
          download={`${project.id}.json`}
          aria-label={`Download the damaged file of ${project.name}`}
          title="Download the file as it is stored, to repair it by hand"
        >
          Download
        </a>
        <button type="button" aria-label={`Delete ${project.name}`} title="Move to the trash" onClick={onDelete}>
          Delete
        </button>
      </span>
    </li>
  );
}

function ProjectFacts({ project }: { project: ProjectSummary }) {
  return (
    <>
      <time dateTime={project.updatedAt}>{formatWhen(project.updatedAt)}</time>
      {project.size !== undefined && <span>{formatSize(project.size)}</span>}
      <code title={project.id}>{shortId(project.id)}</code>
    </>
  );
}
