// One class over 300 lines: every step of the lifecycle is here as I/O and dispatch only; its decisions live in openDocument, baseline and tell.
import { type DomainKey, type DomainModule, type EditorSnapshot, type HostApi, snapshotForFile } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import { NetworkError, type ProjectsApi, type StoredSnapshot } from '../api/projectsApi.js';
import { loadChecks } from '../checks/loadChecks.js';
import type { DomainHost } from '../federation/DomainHost.js';
import type { HostState, HostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { measured } from '../timing/measured.js';
import { assembleSnapshot } from './assembleSnapshot.js';
import {
  differsFromSaved,
  draftOf,
  formatsOf,
  type KeptDraft,
  keepsChanges,
  keptSectionsOf,
  newProjectDraft,
  prepareSave,
  savedAs,
} from './baseline.js';
import { connectDomains, currentSection } from './connectDomains.js';
import { type Attempt, type DocumentFailure, type DocumentSource, failedSave, type SaveOutcome } from './failures.js';
import { hydrateDomains } from './hydrateDomains.js';
import { importedName, toldImported } from './importedName.js';
import { type Check, openDocument } from './openDocument.js';
import { exportFileName, requestBody, serializeSnapshot } from './serializeSnapshot.js';
import { keptName, tell, toldKept } from './tell.js';

/** How the session tells a person about what happened outside a dialog. */
export interface Notifier {
  error(message: string, action?: { label: string; onClick: () => void }): void;
  success(message: string): void;
  /** Says what was just done, offering `undo` for a while. */
  undoable(message: string, undo: () => void): void;
}

export interface ProjectSessionOptions {
  store: HostStore;
  domains: DomainHost;
  api: ProjectsApi;
  notify: Notifier;
  /** Hands a file to the person: a download in the browser. */
  download: (fileName: string, text: string) => void;
  /** The changes kept in this browser; none when left out. */
  drafts?: DraftStore;
}

/** The changes kept in this browser, by project id (`drafts/draftStore.ts`: IndexedDB). Reads never throw. */
export interface DraftStore {
  get(id: string): Promise<KeptDraft | undefined>;
  /** The draft kept last, of any project. */
  latest(): Promise<KeptDraft | undefined>;
  put(id: string, draft: KeptDraft): Promise<void>;
  remove(id: string): Promise<void>;
}

const noDrafts: DraftStore = {
  get: async () => undefined,
  latest: async () => undefined,
  put: async () => {},
  remove: async () => {},
};

export type ConflictChoice = 'reload' | 'copy' | 'overwrite';

export const NEW_PROJECT_NAME = 'Untitled project';

/**
 * The open project's lifecycle: open, new, save, save as, export, import, conflicts (its versions and the trash
 * are `versions/`'s). The document lives in the store (`document` slice plus each domain's slice). This class does
 * the I/O (requests, the checkers' chunk, downloads) and dispatches; what to check, send and keep, and what to tell
 * the person, are the pure functions beside it. It never changes what is open when a request fails.
 */
export class ProjectSession {
  readonly #o: ProjectSessionOptions;
  readonly #drafts: DraftStore;
  #saveAgain = false;
  #opens = 0;
  /** The draft the open document offers to restore (`document.offer` says when it was kept). */
  #offered: KeptDraft | undefined;
  #toldNotKept = false;

  /** What every domain editor gets from the host: other domains' sections, and the services domains offer. */
  readonly editorApi: HostApi;

  constructor(options: ProjectSessionOptions) {
    this.#o = options;
    this.#drafts = options.drafts ?? noDrafts;
    this.editorApi = connectDomains(options.store, options.domains);
  }

  /** A section as Save would store it now: from its domain when that is ready, else as last loaded or saved. */
  section(state: HostState, key: DomainKey | string): unknown {
    return currentSection(state, key, this.#o.domains);
  }

  /** The id of the open project, if any. */
  get openId(): string | undefined {
    return this.#state.document.id;
  }

  /** Whether a project is being opened: nothing is saved or kept meanwhile. */
  get opening(): boolean {
    return this.#opens > 0;
  }

  get #state(): HostState {
    return this.#o.store.getState();
  }

  #dispatch(action: UnknownAction) {
    this.#o.store.dispatch(action);
  }

  #modules(state = this.#state): DomainModule[] {
    return this.#o.domains.readyModules(state);
  }

  /** The snapshot Save would send now, in the editors' form: each ready domain's section, the kept sections of the others, meta and ui. */
  assemble(state: HostState = this.#state): EditorSnapshot {
    return assembleSnapshot(state, this.#modules(state));
  }

  /** Whether the document differs from what was last loaded or saved: a comparison, not a counter. */
  isDirty(state: HostState = this.#state): boolean {
    // Several subscribers ask after each change; the comparison runs once per state.
    let dirty = this.#dirtyByState.get(state);
    if (dirty === undefined) {
      dirty = differsFromSaved(state, this.#modules(state));
      this.#dirtyByState.set(state, dirty);
    }
    return dirty;
  }

  readonly #dirtyByState = new WeakMap<HostState, boolean>();

  /** Tells the person about `failure` while `attempt` was under way, as the session's own failures are told; false. */
  report(failure: DocumentFailure, attempt: Attempt): false {
    return this.#tell(failure, attempt);
  }

  /** Tells the person about `failure`, after dispatching what `first` makes of its reason; false, as failed commands return. */
  #tell(failure: DocumentFailure, attempt: Attempt, first?: (reason: string) => UnknownAction): false {
    const telling = tell(failure, attempt);
    if (first) this.#dispatch(first(telling.reason));
    if (telling.how === 'dialog') this.#dispatch(documentActions.dialogOpened(telling.dialog));
    if (telling.how === 'toast') {
      const action = telling.offerExport ? { label: 'Export', onClick: () => this.exportFile() } : undefined;
      this.#o.notify.error(telling.message, action);
    }
    return false;
  }

  /**
   * Opens a stored project, offering the changes kept in this browser for it, if any; with the server out of reach,
   * opens those changes instead. `dropKept`: its kept changes are stored elsewhere now, and removed. On any failure
   * the open document stays exactly as it was.
   */
  async open(id: string, { dropKept = false } = {}): Promise<boolean> {
    this.#opens++;
    try {
      this.#dispatch(documentActions.opening());
      if (dropKept) await this.#drafts.remove(id);
      const kept = dropKept ? Promise.resolve(undefined) : this.#drafts.get(id);
      const checks = loadChecks();
      let stored: StoredSnapshot;
      let check: Check;
      try {
        [stored, { checkSnapshot: check }] = await Promise.all([this.#o.api.get(id), checks]);
      } catch (error) {
        const draft = error instanceof NetworkError ? await kept : undefined;
        const check = draft && (await checks.catch(() => undefined))?.checkSnapshot;
        if (draft && check) return this.#showKept(draft, check);
        return this.#tell({ kind: 'request', error }, { to: 'open', id }, documentActions.openFailed);
      }
      return this.#show(stored, check, await kept);
    } finally {
      this.#opens--;
    }
  }

  /** Opens the most recently changed project that can be opened (not damaged), or makes a new one when there is none. */
  async openLatest(): Promise<boolean> {
    let latest: string | undefined;
    try {
      latest = (await this.#o.api.list()).find((project) => !project.damaged)?.id;
    } catch (error) {
      // Out of reach: the project last kept in this browser, which `open` shows from what was kept.
      const kept = error instanceof NetworkError ? await this.#drafts.latest() : undefined;
      if (kept) return this.open(kept.snapshot.meta.id);
      return this.#tell({ kind: 'request', error }, { to: 'list' }, documentActions.openFailed);
    }
    return latest ? this.open(latest) : this.create();
  }

  /** Stores an empty project and opens it. */
  async create(name = NEW_PROJECT_NAME): Promise<boolean> {
    const draft = newProjectDraft(name, this.#modules());
    try {
      const { checkSnapshot: check } = await loadChecks();
      return this.#show(await this.#o.api.create(requestBody(draft)), check);
    } catch (error) {
      return this.#tell({ kind: 'request', error }, { to: 'create' });
    }
  }

  /**
   * Migrates, validates and hydrates a stored snapshot into every ready domain at once, offering `kept` when it
   * holds changes the stored version lacks (and removing it when it does not).
   */
  #show(stored: StoredSnapshot, check: Check, kept?: KeptDraft): boolean {
    const taken = this.#take(stored.snapshot, check, { to: 'open' }, 'server');
    if (!taken) return false;
    const { snapshot, domainStates } = taken;
    this.#offered = kept && keepsChanges(kept, snapshot) ? kept : undefined;
    if (kept && !this.#offered) void this.#drafts.remove(snapshot.meta.id);
    const offer = this.#offered && { keptAt: this.#offered.keptAt };
    measured('dispatch', () =>
      this.#dispatch(documentActions.opened({ snapshot, etag: stored.etag, domainStates, ...(offer ? { offer } : {}) })),
    );
    return true;
  }

  /** Opens the changes kept in this browser, the server being out of reach: editable, and saved once it answers. */
  #showKept(draft: KeptDraft, check: Check): boolean {
    const taken = this.#take(draft.snapshot, check, { to: 'open' }, 'kept');
    if (!taken) return false;
    const { snapshot, domainStates } = taken;
    this.#offered = undefined;
    this.#dispatch(documentActions.opened({ snapshot, etag: draft.etag, domainStates, fromDraft: true }));
    this.#tell({ kind: 'openedKept', name: snapshot.meta.name, keptAt: draft.keptAt }, { to: 'open' });
    return true;
  }

  /** `value` migrated, checked and hydrated into every ready domain outside the store; undefined once told why not. */
  #take(value: unknown, check: Check, attempt: Attempt, from: DocumentSource) {
    const failed = (failure: DocumentFailure) =>
      void this.#tell(
        'from' in failure ? ({ ...failure, from } as DocumentFailure) : failure,
        attempt,
        attempt.to === 'open' ? documentActions.openFailed : undefined,
      );
    const opening = openDocument({ value }, 'server', { formats: formatsOf(this.#modules()), check, time: measured });
    if (!opening.ok) return failed(opening.failure);
    const { snapshot } = opening;
    const hydration = measured('hydrate', () => hydrateDomains(snapshot, this.#modules(), this.#state));
    if (!hydration.ok) return failed(hydration.failure);
    return { snapshot, domainStates: hydration.domainStates };
  }

  /**
   * Puts the offered changes kept in this browser back into the domains, on the version loaded. Made on a version
   * the server no longer has, they lead to the conflict's choices: nothing is overwritten silently.
   */
  async restoreDraft(): Promise<boolean> {
    const draft = this.#offered;
    const doc = this.#state.document;
    if (!draft || !doc.offer) return false;
    const attempt = { to: 'restore' } as const;
    let check: Check;
    try {
      ({ checkSnapshot: check } = await loadChecks());
    } catch (error) {
      return this.#tell({ kind: 'request', error }, attempt);
    }
    const taken = this.#take(draft.snapshot, check, attempt, 'kept');
    if (!taken) return false;
    this.#offered = undefined;
    const { snapshot, domainStates } = taken;
    const kept = keptSectionsOf(snapshot, this.#modules(), this.#state.document.sections);
    this.#dispatch(documentActions.draftRestored({ snapshot, etag: draft.etag, domainStates, kept }));
    if (draft.etag !== doc.etag) this.#tell({ kind: 'changedSinceKept' }, attempt);
    return true;
  }

  /** Drops the offered changes kept in this browser. */
  discardDraft(): void {
    const { id } = this.#state.document;
    this.#offered = undefined;
    this.#dispatch(documentActions.draftDiscarded());
    if (id) void this.#drafts.remove(id);
  }

  /** The writer kept the changes in this browser. */
  draftKept(): void {
    if (this.#state.document.draft !== 'kept') this.#dispatch(documentActions.draftKept());
  }

  /** The browser would not keep the changes: said once a page, and the editor goes on. */
  draftNotKept(error: unknown): void {
    if (this.#state.document.draft !== 'failed') this.#dispatch(documentActions.draftFailed());
    if (this.#toldNotKept) return;
    this.#toldNotKept = true;
    this.#tell({ kind: 'notKept', error }, { to: 'keep' });
  }

  /**
   * Saves the open project over its stored version, if nobody changed that since it was read. `again`: an automatic
   * retry while the server is out of reach, which the person was told already.
   */
  async save({ again = false } = {}): Promise<SaveOutcome> {
    const attempt = { to: 'save', again } as const;
    let check: Check;
    try {
      ({ checkSnapshot: check } = await loadChecks());
    } catch (error) {
      return this.#saveFailed(error, attempt);
    }
    const doc = this.#state.document;
    if (doc.status !== 'open' || !doc.id || !doc.etag) return 'skipped';
    if (doc.save === 'saving') {
      this.#saveAgain = true;
      return 'skipped';
    }
    const prepared = prepareSave(this.#state, this.#modules(), check);
    if (!prepared.ok) {
      this.#tell(prepared.failure, attempt);
      return 'refused';
    }
    const { snapshot, file } = prepared;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.replace(doc.id, requestBody(file), doc.etag);
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
    } catch (error) {
      return this.#saveFailed(error, attempt);
    }
    if (this.#saveAgain) {
      this.#saveAgain = false;
      if (this.isDirty()) return this.save();
    }
    return 'saved';
  }

  /** Stores the document as a new project named `name`, and makes it the open one. */
  async saveAs(name: string): Promise<boolean> {
    const attempt = { to: 'saveAs', name } as const;
    const check = await this.#checker(attempt);
    if (!check) return false;
    const prepared = prepareSave(this.#state, this.#modules(), check, { name });
    if (!prepared.ok) return this.#tell(prepared.failure, attempt);
    const { snapshot, file } = prepared;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.createCopy(requestBody(draftOf(file)));
      this.#dispatch(documentActions.renamed(name));
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
      // The changes kept for the project it was are in the new one now.
      if (snapshot.meta.id) void this.#drafts.remove(snapshot.meta.id);
      return true;
    } catch (error) {
      this.#saveFailed(error, attempt);
      return false;
    }
  }

  /** Downloads `<name>.snapshot.json`: the document Save would send, pretty-printed. Works with the server down. */
  exportFile(): void {
    const snapshot = snapshotForFile(this.assemble());
    this.#o.download(exportFileName(snapshot.meta.name), serializeSnapshot(snapshot));
  }

  /** Imports an exported file as a new project and opens it; a file that cannot be taken changes nothing. */
  async importText(text: string): Promise<boolean> {
    const attempt = { to: 'import', chars: text.length } as const;
    let check: Check;
    try {
      ({ checkSnapshot: check } = await loadChecks());
    } catch (error) {
      return this.#tell({ kind: 'request', error }, attempt);
    }
    const reading = openDocument({ text }, 'file', { formats: formatsOf(this.#modules()), check });
    if (!reading.ok) return this.#tell(reading.failure, attempt);
    try {
      // The list only decides the name: out of reach, the file keeps its own.
      const existing = (await this.#o.api.list().catch(() => [])).map((project) => project.name);
      const name = importedName(reading.snapshot.meta.name, existing);
      const snapshot = { ...snapshotForFile(reading.snapshot), meta: { ...reading.snapshot.meta, name } };
      const shown = this.#show(await this.#o.api.create(requestBody(snapshot)), check);
      if (shown) this.#o.notify.success(toldImported(name));
      return shown;
    } catch (error) {
      return this.#tell({ kind: 'request', error }, attempt);
    }
  }

  list() {
    return this.#o.api.list();
  }

  rename(name: string): void {
    this.#dispatch(documentActions.renamed(name));
  }

  /** Opens the Save as dialog. */
  askSaveAs(): void {
    this.#dispatch(documentActions.dialogOpened({ kind: 'saveAs' }));
  }

  closeDialog(): void {
    this.#dispatch(documentActions.dialogClosed());
  }

  /**
   * Someone else saved this project since it was read. Whatever is chosen, no version is lost:
   * reload keeps mine as a new project; copy saves mine as a new project and opens it;
   * overwrite saves mine over theirs, which stays in the project's history (the server keeps every version).
   */
  async resolveConflict(choice: ConflictChoice): Promise<void> {
    this.closeDialog();
    const doc = this.#state.document;
    if (!doc.id) return;
    const mine = this.assemble();
    const file = snapshotForFile(mine);
    try {
      if (choice === 'copy') {
        await this.saveAs(keptName(mine.meta.name, 'copy'));
        return;
      }
      if (choice === 'reload') {
        const kept = await this.#o.api.createCopy(requestBody(draftOf(file, keptName(mine.meta.name, 'mine'))));
        await this.open(doc.id, { dropKept: true });
        this.#o.notify.success(toldKept('mine', kept.meta.name));
        return;
      }
      const theirs = await this.#o.api.get(doc.id);
      const stored = await this.#o.api.replace(doc.id, requestBody(file), theirs.etag);
      this.#dispatch(documentActions.saved(savedAs(mine, stored)));
      this.#o.notify.success(toldKept('theirs'));
    } catch (error) {
      this.#saveFailed(error, { to: 'resolveConflict' });
    }
  }

  /** checkSnapshot, once its chunk is here; when that cannot be fetched, the save fails as a request would. */
  async #checker(attempt: Attempt): Promise<Check | undefined> {
    try {
      return (await loadChecks()).checkSnapshot;
    } catch (error) {
      this.#saveFailed(error, attempt);
      return undefined;
    }
  }

  #saveFailed(error: unknown, attempt: Attempt): SaveOutcome {
    this.#tell({ kind: 'request', error }, attempt, () => documentActions.saveFailed({ offline: error instanceof NetworkError }));
    return failedSave(error);
  }
}
