import { useRef, useState, useSyncExternalStore } from 'react';
import { useSession } from '../document/SessionContext.js';
import { autosaveSetting } from '../drafts/autosaveSetting.js';
import { useHostSelector } from '../store/hooks.js';
import { useVersions } from '../versions/VersionsContext.js';
import { ConfirmDialog } from './Dialog.js';
import { HistoryButtons } from './HistoryButtons.js';
import { NewProjectDialog } from './NewProjectDialog.js';
import { ProjectsDialog } from './ProjectsDialog.js';
import { useDirty } from './useDirty.js';
import { HISTORY_BUTTON_ID, VERSIONS_PANEL_ID } from './versionsIds.js';

/** The document's commands: name, status, new, open, save, save as, export, import, and its version history. */
export function TopBar({ onImportFile }: { onImportFile: (file: File) => void }) {
  const session = useSession();
  const { view } = useVersions();
  const historyOpen = useSyncExternalStore(view.subscribe, () => view.get().open);
  const doc = useHostSelector((state) => state.document);
  const status = useDocumentStatus();
  const autosaving = useSyncExternalStore(autosaveSetting.subscribe, autosaveSetting.get);
  const [projectsOpen, setProjectsOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  const [pending, setPending] = useState<{ label: string; run: () => void } | undefined>();
  const fileInput = useRef<HTMLInputElement>(null);
  const open = doc.status === 'open';
  // Save is refused without a name: say so beside the name, rather than only grey the button.
  const unnamed = open && doc.meta.name.trim() === '' ? 'Name the project to save it' : undefined;

  /** Runs `run` now, or after the person agrees to drop unsaved changes. */
  const leaveThen = (label: string, run: () => void) => (session.isDirty() ? setPending({ label, run }) : run());

  return (
    <header className="topbar">
      <h1>Page Scaffold Builder</h1>
      <input
        className="project-name"
        aria-label="Project name"
        value={doc.meta.name}
        disabled={!open}
        maxLength={200}
        aria-describedby={unnamed && 'project-name-hint'}
        onChange={(event) => session.rename(event.target.value)}
      />
      {unnamed && (
        <span id="project-name-hint" className="project-name-hint">
          {unnamed}
        </span>
      )}
      <span role="status" className={`status status-${status.startsWith('Offline') ? 'offline' : 'ok'}`}>
        {status}
      </span>
      <HistoryButtons />
      <nav className="commands" aria-label="Project">
        <button type="button" onClick={() => setNaming(true)}>
          New project
        </button>
        <button type="button" onClick={() => setProjectsOpen(true)}>
          Open project
        </button>
        <button
          type="button"
          disabled={!open || unnamed !== undefined}
          title={unnamed}
          aria-describedby={unnamed && 'project-name-hint'}
          onClick={() => void session.save()}
        >
          Save
        </button>
        <label className="autosave">
          <input type="checkbox" checked={autosaving} onChange={(event) => autosaveSetting.set(event.target.checked)} />
          Autosave
        </label>
        <button
          type="button"
          id={HISTORY_BUTTON_ID}
          disabled={!open}
          aria-expanded={historyOpen}
          aria-controls={historyOpen ? VERSIONS_PANEL_ID : undefined}
          title="Every saved version: see one, export it or restore it"
          onClick={() => (historyOpen ? view.close() : view.open())}
        >
          History
        </button>
        <button type="button" disabled={!open} onClick={() => session.askSaveAs()}>
          Save as
        </button>
        <button type="button" disabled={!open} onClick={() => session.exportFile()}>
          Export
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Snapshot file to import"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onImportFile(file);
          }}
        />
      </nav>
      {projectsOpen && (
        <ProjectsDialog
          openId={doc.id}
          onClose={() => setProjectsOpen(false)}
          onOpen={(id) => {
            setProjectsOpen(false);
            if (id !== doc.id) leaveThen('open another project', () => void session.open(id));
          }}
        />
      )}
      {naming && (
        <NewProjectDialog
          onClose={() => setNaming(false)}
          onCreate={(name) => {
            setNaming(false);
            leaveThen('create a new project', () => void session.create(name));
          }}
        />
      )}
      {pending && (
        <ConfirmDialog
          title="Discard unsaved changes?"
          message={`“${doc.meta.name}” has changes that are not saved. To ${pending.label}, they would be lost.`}
          confirm="Discard changes"
          onCancel={() => setPending(undefined)}
          onConfirm={() => {
            setPending(undefined);
            pending.run();
          }}
        />
      )}
    </header>
  );
}

/** What the top bar's status says about the open document. */
function useDocumentStatus(): string {
  const dirty = useDirty();
  const { status, save, draft } = useHostSelector((state) => state.document);
  if (status === 'opening' || status === 'none') return 'Opening…';
  if (status === 'failed') return 'No project open';
  if (save === 'saving') return 'Saving…';
  if (save === 'offline' && dirty) return `Offline — changes ${draft === 'kept' ? 'kept in this browser' : 'not saved'}`;
  return dirty ? 'Unsaved changes' : 'Saved';
}
