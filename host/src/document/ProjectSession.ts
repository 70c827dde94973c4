// One class over 300 lines: every step of the lifecycle is here as I/O and dispatch only; its decisions live in openDocument, baseline and tell.
import type { DomainKey, DomainModule, HostApi, Snapshot } from '@psb/contracts';
import type { UnknownAction } from '@reduxjs/toolkit';
import { NetworkError, type ProjectsApi, type StoredSnapshot } from '../api/projectsApi.js';
import { loadChecks } from '../checks/loadChecks.js';
import type { DomainHost } from '../federation/DomainHost.js';
import type { HostState, HostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { measured } from '../timing/measured.js';
import { assembleSnapshot } from './assembleSnapshot.js';
import { differsFromSaved, draftOf, formatsOf, newProjectDraft, prepareSave, savedAs } from './baseline.js';
import { connectDomains, currentSection } from './connectDomains.js';
import type { Attempt, DocumentFailure } from './failures.js';
import { hydrateDomains } from './hydrateDomains.js';
import { type Check, openDocument } from './openDocument.js';
import { exportFileName, requestBody, serializeSnapshot } from './serializeSnapshot.js';
import { keptName, tell, toldKept } from './tell.js';

/** How the session tells a person about what happened outside a dialog. */
export interface Notifier {
  error(message: string, action?: { label: string; onClick: () => void }): void;
  success(message: string): void;
}

export interface ProjectSessionOptions {
  store: HostStore;
  domains: DomainHost;
  api: ProjectsApi;
  notify: Notifier;
  /** Hands a file to the person: a download in the browser. */
  download: (fileName: string, text: string) => void;
}

export type ConflictChoice = 'reload' | 'copy' | 'overwrite';

export const NEW_PROJECT_NAME = 'Untitled project';

/**
 * The open project's lifecycle: open, new, save, save as, export, import, delete, conflicts. The document lives
 * in the store (`document` slice plus each domain's slice). This class does the I/O (requests, the checkers'
 * chunk, downloads) and dispatches; what to check, send and keep, and what to tell the person, are the pure
 * functions beside it. It never changes what is open when a request fails.
 */
export class ProjectSession {
  readonly #o: ProjectSessionOptions;
  #saveAgain = false;

  /** What every domain editor gets from the host: other domains' sections, and the services domains offer. */
  readonly editorApi: HostApi;

  constructor(options: ProjectSessionOptions) {
    this.#o = options;
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

  get #state(): HostState {
    return this.#o.store.getState();
  }

  #dispatch(action: UnknownAction) {
    this.#o.store.dispatch(action);
  }

  #modules(state = this.#state): DomainModule[] {
    return this.#o.domains.readyModules(state);
  }

  /** The snapshot Save would send now: each ready domain's section, the kept sections of the others, meta and ui. */
  assemble(state: HostState = this.#state): Snapshot {
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

  /** Opens a stored project. On any failure the open document stays exactly as it was. */
  async open(id: string): Promise<boolean> {
    this.#dispatch(documentActions.opening());
    let stored: StoredSnapshot;
    let check: Check;
    try {
      [stored, { checkSnapshot: check }] = await Promise.all([this.#o.api.get(id), loadChecks()]);
    } catch (error) {
      return this.#tell({ kind: 'request', error }, { to: 'open', id }, documentActions.openFailed);
    }
    return this.#show(stored, check);
  }

  /** Opens the most recently changed project, or makes a new one when there is none. */
  async openLatest(): Promise<boolean> {
    let latest: string | undefined;
    try {
      latest = (await this.#o.api.list())[0]?.id;
    } catch (error) {
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

  /** Migrates, validates and hydrates a stored snapshot into every ready domain at once. */
  #show(stored: StoredSnapshot, check: Check): boolean {
    const attempt = { to: 'open' } as const;
    const opening = openDocument({ value: stored.snapshot }, 'server', {
      formats: formatsOf(this.#modules()),
      check,
      time: measured,
    });
    if (!opening.ok) return this.#tell(opening.failure, attempt, documentActions.openFailed);
    const { snapshot } = opening;
    const hydration = measured('hydrate', () => hydrateDomains(snapshot, this.#modules(), this.#state));
    if (!hydration.ok) return this.#tell(hydration.failure, attempt, documentActions.openFailed);
    measured('dispatch', () =>
      this.#dispatch(documentActions.opened({ snapshot, etag: stored.etag, domainStates: hydration.domainStates })),
    );
    return true;
  }

  /** Saves the open project over its stored version, if nobody changed that since it was read. */
  async save(): Promise<void> {
    const attempt = { to: 'save' } as const;
    const check = await this.#checker(attempt);
    if (!check) return;
    const doc = this.#state.document;
    if (doc.status !== 'open' || !doc.id || !doc.etag) return;
    if (doc.save === 'saving') {
      this.#saveAgain = true;
      return;
    }
    const prepared = prepareSave(this.#state, this.#modules(), check);
    if (!prepared.ok) return void this.#tell(prepared.failure, attempt);
    const { snapshot } = prepared;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.replace(doc.id, requestBody(snapshot), doc.etag);
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
    } catch (error) {
      return void this.#saveFailed(error, attempt);
    }
    if (this.#saveAgain) {
      this.#saveAgain = false;
      if (this.isDirty()) await this.save();
    }
  }

  /** Stores the document as a new project named `name`, and makes it the open one. */
  async saveAs(name: string): Promise<boolean> {
    const attempt = { to: 'saveAs', name } as const;
    const check = await this.#checker(attempt);
    if (!check) return false;
    const prepared = prepareSave(this.#state, this.#modules(), check, { name });
    if (!prepared.ok) return this.#tell(prepared.failure, attempt);
    const { snapshot } = prepared;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.createCopy(requestBody(draftOf(snapshot)));
      this.#dispatch(documentActions.renamed(name));
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
      return true;
    } catch (error) {
      return this.#saveFailed(error, attempt);
    }
  }

  /** Downloads `<name>.snapshot.json`: the document Save would send, pretty-printed. Works with the server down. */
  exportFile(): void {
    const snapshot = this.assemble();
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
      return this.#show(await this.#o.api.create(requestBody(reading.snapshot)), check);
    } catch (error) {
      return this.#tell({ kind: 'request', error }, attempt);
    }
  }

  /** Deletes a stored project; deleting the open one opens the latest other. */
  async remove(id: string): Promise<boolean> {
    try {
      await this.#o.api.remove(id);
    } catch (error) {
      return this.#tell({ kind: 'request', error }, { to: 'delete' });
    }
    if (this.#state.document.id === id) await this.openLatest();
    return true;
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
   * overwrite keeps theirs as a new project, then saves mine over it.
   */
  async resolveConflict(choice: ConflictChoice): Promise<void> {
    this.closeDialog();
    const doc = this.#state.document;
    if (!doc.id) return;
    const mine = this.assemble();
    try {
      if (choice === 'copy') {
        await this.saveAs(keptName(mine.meta.name, 'copy'));
        return;
      }
      if (choice === 'reload') {
        const kept = await this.#o.api.createCopy(requestBody(draftOf(mine, keptName(mine.meta.name, 'mine'))));
        await this.open(doc.id);
        this.#o.notify.success(toldKept('mine', kept.meta.name));
        return;
      }
      const theirs = await this.#o.api.get(doc.id);
      const theirName = keptName(theirs.snapshot.meta.name, 'theirs');
      const kept = await this.#o.api.createCopy(requestBody(draftOf(theirs.snapshot, theirName)));
      const stored = await this.#o.api.replace(doc.id, requestBody(mine), theirs.etag);
      this.#dispatch(documentActions.saved(savedAs(mine, stored)));
      this.#o.notify.success(toldKept('theirs', kept.meta.name));
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

  #saveFailed(error: unknown, attempt: Attempt): false {
    return this.#tell({ kind: 'request', error }, attempt, () =>
      documentActions.saveFailed({ offline: error instanceof NetworkError }),
    );
  }
}
