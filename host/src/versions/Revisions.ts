import { type DomainModule, type EditorSnapshot, type RevisionSummary, sectionsOf } from '@psb/contracts';
import type { ProjectsApi } from '../api/projectsApi.js';
import { loadChecks } from '../checks/loadChecks.js';
import { formatsOf } from '../document/baseline.js';
import { hydrateDomains } from '../document/hydrateDomains.js';
import { openDocument } from '../document/openDocument.js';
import type { Notifier, ProjectSession } from '../document/ProjectSession.js';
import type { HostState, HostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { type Difference, describeDifferences } from './describeDifferences.js';
import { failed, type Outcome } from './outcome.js';
import { restoreStepLabel, toldRestored, toldVersionTime, versionFileName } from './versionWords.js';

export interface RevisionsOptions {
  store: HostStore;
  domains: { readyModules(state?: HostState): DomainModule[] };
  api: ProjectsApi;
  session: ProjectSession;
  notify: Notifier;
  download: (fileName: string, text: string) => void;
  /** The undo history: the word said after a restore offers its Undo. */
  history: { undo(): boolean };
}

/** An older version, read and ready to show: its exact stored bytes, the document they hold, and how it differs. */
export interface ViewedVersion {
  projectId: string;
  summary: RevisionSummary;
  /** Migrated to this build's formats and checked: what the canvas renders. */
  snapshot: EditorSnapshot;
  /** The bytes stored, as Export of this version downloads them. */
  text: string;
  /** What restoring it would change in the open document, as it was when the version was read. */
  differences: Difference[];
}

/**
 * The open project's stored versions: listed, read to be shown read-only beside the open document, restored
 * through the server (one step of the undo history), and exported. Versions are the server's; this only asks.
 */
export class Revisions {
  readonly #o: RevisionsOptions;

  constructor(options: RevisionsOptions) {
    this.#o = options;
  }

  /** The open project's versions, newest (the current one) first. */
  async list(): Promise<Outcome<RevisionSummary[]>> {
    const id = this.#o.store.getState().document.id;
    if (!id) return { ok: true, value: [] };
    try {
      return { ok: true, value: await this.#o.api.revisions(id) };
    } catch (error) {
      return failed({ kind: 'request', error }, { to: 'listVersions' });
    }
  }

  /** Reads version `summary` of the open project, and what restoring it would change. The store is not touched. */
  async read(summary: RevisionSummary): Promise<Outcome<ViewedVersion>> {
    const attempt = { to: 'readVersion' } as const;
    const id = this.#o.store.getState().document.id;
    if (!id) return { ok: false, message: 'No project is open.' };
    let text: string;
    let check: Awaited<ReturnType<typeof loadChecks>>['checkSnapshot'];
    let value: unknown;
    try {
      [{ text }, { checkSnapshot: check }] = await Promise.all([this.#o.api.revision(id, summary.rev), loadChecks()]);
      value = JSON.parse(text);
    } catch (error) {
      return failed({ kind: 'request', error }, attempt);
    }
    const opening = openDocument({ value }, 'server', { formats: formatsOf(this.#modules()), check });
    if (!opening.ok) return failed(opening.failure, attempt);
    const snapshot = opening.snapshot;
    return { ok: true, value: { projectId: id, summary, snapshot, text, differences: this.differences(snapshot) } };
  }

  /** What going from the open document, as it is now, to `snapshot` would change, per domain. */
  differences(snapshot: EditorSnapshot): Difference[] {
    const state = this.#o.store.getState();
    const open = this.#o.session.assemble(state);
    return describeDifferences(
      this.#modules(state),
      { name: open.meta.name, sections: sectionsOf(open) },
      { name: snapshot.meta.name, sections: sectionsOf(snapshot) },
      (key) => state.remotes.byKey[key]?.title ?? key,
    );
  }

  /**
   * Makes version `summary` the current one on the server (a new version; the ones between stay in the history),
   * if nobody saved since the open document was read, and opens the result as one step of the undo history: Undo
   * gives back the document as it was, unsaved changes included, as changes to save. False once told why not.
   */
  async restore(summary: RevisionSummary): Promise<boolean> {
    const attempt = { to: 'restoreVersion' } as const;
    const { id, etag, status } = this.#o.store.getState().document;
    if (status !== 'open' || !id || !etag) return false;
    let check: Awaited<ReturnType<typeof loadChecks>>['checkSnapshot'];
    let stored: Awaited<ReturnType<ProjectsApi['restoreRevision']>>;
    try {
      ({ checkSnapshot: check } = await loadChecks());
      stored = await this.#o.api.restoreRevision(id, summary.rev, etag);
    } catch (error) {
      return this.#o.session.report({ kind: 'request', error }, attempt);
    }
    const state = this.#o.store.getState();
    // Another project was opened meanwhile: the restore is stored, and shows when this one is opened again.
    if (state.document.id !== id) return true;
    const modules = this.#modules(state);
    const opening = openDocument({ value: stored.snapshot }, 'server', { formats: formatsOf(modules), check });
    if (!opening.ok) return this.#o.session.report(opening.failure, attempt);
    const hydration = hydrateDomains(opening.snapshot, modules, state);
    if (!hydration.ok) return this.#o.session.report(hydration.failure, attempt);
    const time = toldVersionTime(summary.updatedAt);
    this.#o.store.dispatch(
      documentActions.versionRestored({
        snapshot: opening.snapshot,
        etag: stored.etag,
        domainStates: hydration.domainStates,
        label: restoreStepLabel(time),
      }),
    );
    this.#o.notify.undoable(toldRestored(time), () => this.#o.history.undo());
    return true;
  }

  /** Downloads the version's exact stored bytes, as a file Import takes. */
  exportVersion(version: ViewedVersion): void {
    this.#o.download(versionFileName(version.summary.name, version.summary.rev), version.text);
  }

  #modules(state = this.#o.store.getState()): DomainModule[] {
    return this.#o.domains.readyModules(state);
  }
}
