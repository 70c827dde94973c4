import {
  type checkSnapshot,
  type DomainKey,
  type DomainModule,
  emptySections,
  type HostApi,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotDraft,
} from '@psb/contracts';
import { dequal } from 'dequal';
import { ApiRequestError, NetworkError, type ProjectsApi, type StoredMeta, type StoredSnapshot } from '../api/projectsApi.js';
import { loadChecks } from '../checks/loadChecks.js';
import type { DomainHost } from '../federation/DomainHost.js';
import { messageOf } from '../federation/loadDomain.js';
import { remoteFailed } from '../federation/remotesSlice.js';
import type { HostState, HostStore } from '../store/createHostStore.js';
import { measured } from '../timing/measured.js';
import { assembleSnapshot } from './assembleSnapshot.js';
import { documentActions } from './documentSlice.js';
import { hydrateDomains, hydrated } from './hydrateDomains.js';
import { type DomainFormat, MigrationError, migrateSnapshot, NewerVersionError, upgrade } from './migrateSnapshot.js';
import { readSnapshotFile } from './readSnapshotFile.js';
import { exportFileName, requestBody, serializeSnapshot } from './serializeSnapshot.js';

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
 * The open project's lifecycle: open, new, save, save as, export, import, delete, conflicts.
 * The document lives in the store (`document` slice plus each domain's slice); this class does the
 * I/O around it and never changes what is open when a request fails.
 */
export class ProjectSession {
  readonly #o: ProjectSessionOptions;
  #saveAgain = false;

  /** What every domain editor gets from the host: other domains' sections, and the services domains offer. */
  readonly editorApi: HostApi;

  constructor(options: ProjectSessionOptions) {
    this.#o = options;
    options.domains.onReady((module) => this.#hydrateLateDomain(module));
    const { domains } = options;
    this.editorApi = {
      selectSection: (state, key) => this.section(state as HostState, key),
      services: {
        get flowRuntime() {
          return domains.readyModules().find((m) => m.services?.flowRuntime)?.services?.flowRuntime;
        },
      },
    };
  }

  /** A section as Save would store it now: from its domain when that is ready, else as last loaded or saved. */
  section(state: HostState, key: DomainKey | string): unknown {
    const module = this.#o.domains.module(key);
    return module && state.remotes.byKey[key]?.status === 'ready'
      ? module.selectSnapshot(state[key])
      : state.document.sections[key];
  }

  /** The id of the open project, if any. */
  get openId(): string | undefined {
    return this.#state.document.id;
  }

  get #state(): HostState {
    return this.#o.store.getState();
  }

  #dispatch(action: Parameters<HostStore['dispatch']>[0]) {
    this.#o.store.dispatch(action);
  }

  /** The snapshot Save would send now: each ready domain's section, the kept sections of the others, meta and ui. */
  assemble(state: HostState = this.#state): Snapshot {
    return assembleSnapshot(state, this.#o.domains.readyModules(state));
  }

  /** Whether the document differs from what was last loaded or saved: a comparison, not a counter. */
  isDirty(state: HostState = this.#state): boolean {
    // Several subscribers ask after each change; the comparison runs once per state.
    let dirty = this.#dirtyByState.get(state);
    if (dirty === undefined) {
      dirty = this.#differsFromSaved(state);
      this.#dirtyByState.set(state, dirty);
    }
    return dirty;
  }

  readonly #dirtyByState = new WeakMap<HostState, boolean>();

  #differsFromSaved(state: HostState): boolean {
    const doc = state.document;
    if (doc.status !== 'open') return false;
    if (doc.meta.name !== doc.savedMeta.name || doc.meta.description !== doc.savedMeta.description) return true;
    return this.#o.domains.readyModules(state).some((m) => !dequal(m.selectSnapshot(state[m.key]), doc.sections[m.key]));
  }

  /** The formats of the domains loaded now, for migrations. */
  #formats(): Record<string, DomainFormat> {
    return Object.fromEntries(
      this.#o.domains.readyModules().map((m) => [m.key, { version: m.version, migrations: m.migrations }]),
    );
  }

  /** Opens a stored project. On any failure the open document stays exactly as it was. */
  async open(id: string): Promise<boolean> {
    this.#dispatch(documentActions.opening());
    let stored: StoredSnapshot;
    let check: typeof checkSnapshot;
    try {
      [stored, { checkSnapshot: check }] = await Promise.all([this.#o.api.get(id), loadChecks()]);
    } catch (error) {
      const message =
        error instanceof ApiRequestError && error.status === 404 ? `There is no project with id "${id}".` : messageOf(error);
      this.#dispatch(documentActions.openFailed(message));
      this.#o.notify.error(`The project could not be opened: ${message}`);
      return false;
    }
    return this.#show(stored, check);
  }

  /** Opens the most recently changed project, or makes a new one when there is none. */
  async openLatest(): Promise<boolean> {
    let latest: string | undefined;
    try {
      latest = (await this.#o.api.list())[0]?.id;
    } catch (error) {
      this.#dispatch(documentActions.openFailed(messageOf(error)));
      this.#o.notify.error(`The projects could not be listed: ${messageOf(error)}`);
      return false;
    }
    return latest ? this.open(latest) : this.create();
  }

  /** Stores an empty project and opens it. */
  async create(name = NEW_PROJECT_NAME): Promise<boolean> {
    const formats = this.#formats();
    const draft: SnapshotDraft = {
      schemaVersion: SCHEMA_VERSION,
      meta: { name },
      ...emptySections(),
      domainVersions: Object.fromEntries(Object.entries(formats).map(([key, f]) => [key, f.version])),
    };
    try {
      const { checkSnapshot: check } = await loadChecks();
      return this.#show(await this.#o.api.create(requestBody(draft)), check);
    } catch (error) {
      this.#o.notify.error(`A new project could not be created: ${messageOf(error)}`);
      return false;
    }
  }

  /** Migrates, validates and hydrates a stored snapshot into every ready domain at once. */
  #show(stored: StoredSnapshot, check: typeof checkSnapshot): boolean {
    const refuse = (title: string, message: string) => {
      this.#dispatch(documentActions.openFailed(message));
      this.#dispatch(documentActions.dialogOpened({ kind: 'refused', title, message }));
      return false;
    };
    let snapshot: Snapshot;
    try {
      snapshot = measured('migrate', () => migrateSnapshot(stored.snapshot, { domains: this.#formats() })) as Snapshot;
    } catch (error) {
      if (error instanceof NewerVersionError) return refuse('This project is too new for this editor', error.message);
      if (error instanceof MigrationError) return refuse('This project could not be upgraded', error.message);
      throw error;
    }
    // Frozen as it is checked: a loaded document is never changed in place, and Immer leaves frozen state alone
    // instead of walking each domain's new state to freeze it.
    const problems = measured('check', () => check(snapshot, { freeze: true }));
    if (problems.length > 0) {
      this.#dispatch(documentActions.openFailed('The stored project is invalid.'));
      this.#dispatch(
        documentActions.dialogOpened({ kind: 'problems', title: 'This project cannot be opened: it is invalid', problems }),
      );
      return false;
    }
    const hydration = measured('hydrate', () => hydrateDomains(snapshot, this.#o.domains.readyModules(), this.#state));
    if (!hydration.ok) {
      const { module, error } = hydration;
      return refuse('This project cannot be opened', `The ${module.title} editor could not read it: ${messageOf(error)}`);
    }
    measured('dispatch', () =>
      this.#dispatch(documentActions.opened({ snapshot, etag: stored.etag, domainStates: hydration.domainStates })),
    );
    return true;
  }

  /** A domain that loaded after the document was opened gets its section now (upgraded if older). */
  #hydrateLateDomain(module: DomainModule) {
    const doc = this.#state.document;
    if (doc.status !== 'open' || !(module.key in doc.sections)) return;
    const from = doc.versions[module.key] ?? 1;
    const fail = (reason: string) => this.#dispatch(remoteFailed({ key: module.key, status: 'incompatible', reason }));
    if (from > module.version) {
      return fail(
        `This project's ${module.title} section is version ${from}; this editor reads up to ${module.version}. It is kept as it is.`,
      );
    }
    try {
      const section = upgrade(module.key, doc.sections[module.key], from, module.version, module.migrations ?? {});
      const domainStates = { [module.key]: hydrated(module, this.#state[module.key], section, doc.ui) };
      this.#dispatch(documentActions.domainsHydrated({ domainStates, versions: {} }));
    } catch (error) {
      fail(`It could not read this project's ${module.title} section: ${messageOf(error)} It is kept as it is.`);
    }
  }

  /** Saves the open project over its stored version, if nobody changed that since it was read. */
  async save(): Promise<void> {
    const check = await this.#checker('Your changes could not be saved');
    if (!check) return;
    const doc = this.#state.document;
    if (doc.status !== 'open' || !doc.id || !doc.etag) return;
    if (doc.save === 'saving') {
      this.#saveAgain = true;
      return;
    }
    const snapshot = this.assemble();
    if (!this.#valid(snapshot, 'This project cannot be saved: it is invalid', check)) return;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.replace(doc.id, requestBody(snapshot), doc.etag);
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
    } catch (error) {
      this.#saveFailed(error, 'Your changes could not be saved');
      return;
    }
    if (this.#saveAgain) {
      this.#saveAgain = false;
      if (this.isDirty()) await this.save();
    }
  }

  /** Stores the document as a new project named `name`, and makes it the open one. */
  async saveAs(name: string): Promise<boolean> {
    const check = await this.#checker(`“${name}” could not be saved`);
    if (!check) return false;
    const snapshot = this.assemble();
    snapshot.meta.name = name;
    if (!this.#valid(snapshot, 'This project cannot be saved: it is invalid', check)) return false;
    this.#dispatch(documentActions.saving());
    try {
      const stored = await this.#o.api.createCopy(requestBody(draftOf(snapshot)));
      this.#dispatch(documentActions.renamed(name));
      this.#dispatch(documentActions.saved(savedAs(snapshot, stored)));
      return true;
    } catch (error) {
      this.#saveFailed(error, `“${name}” could not be saved`);
      return false;
    }
  }

  /** Downloads `<name>.snapshot.json`: the document Save would send, pretty-printed. Works with the server down. */
  exportFile(): void {
    const snapshot = this.assemble();
    this.#o.download(exportFileName(snapshot.meta.name), serializeSnapshot(snapshot));
  }

  /** Imports an exported file as a new project and opens it; a file that cannot be taken changes nothing. */
  async importText(text: string): Promise<boolean> {
    let check: typeof checkSnapshot;
    try {
      ({ checkSnapshot: check } = await loadChecks());
    } catch (error) {
      this.#o.notify.error(`The file could not be imported: ${messageOf(error)}`);
      return false;
    }
    const reading = readSnapshotFile(text, this.#formats(), check);
    if (reading.kind === 'refused') {
      this.#dispatch(documentActions.dialogOpened({ kind: 'refused', title: reading.title, message: reading.message }));
      return false;
    }
    if (reading.kind === 'invalid') {
      this.#dispatch(
        documentActions.dialogOpened({ kind: 'problems', title: 'This file cannot be imported', problems: reading.problems }),
      );
      return false;
    }
    try {
      return this.#show(await this.#o.api.create(requestBody(reading.snapshot)), check);
    } catch (error) {
      if (error instanceof ApiRequestError && error.body?.details) {
        this.#dispatch(
          documentActions.dialogOpened({ kind: 'problems', title: 'The server refused this file', problems: error.body.details }),
        );
      } else if (error instanceof ApiRequestError && error.status === 413) {
        const size = `${(text.length / 1024 / 1024).toFixed(1)} MB`;
        this.#dispatch(
          documentActions.dialogOpened({
            kind: 'refused',
            title: 'This file is too large',
            message: `It is ${size}, more than the server stores in one project.`,
          }),
        );
      } else {
        this.#o.notify.error(`The file could not be imported: ${messageOf(error)}`);
      }
      return false;
    }
  }

  /** Deletes a stored project; deleting the open one opens the latest other. */
  async remove(id: string): Promise<boolean> {
    try {
      await this.#o.api.remove(id);
    } catch (error) {
      this.#o.notify.error(`The project could not be deleted: ${messageOf(error)}`);
      return false;
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
        await this.saveAs(`${mine.meta.name} (copy)`);
        return;
      }
      if (choice === 'reload') {
        const kept = await this.#o.api.createCopy(
          requestBody(draftOf({ ...mine, meta: { ...mine.meta, name: `${mine.meta.name} (my changes)` } })),
        );
        await this.open(doc.id);
        this.#o.notify.success(`Your changes were kept as the project “${kept.meta.name}”.`);
        return;
      }
      const theirs = await this.#o.api.get(doc.id);
      const kept = await this.#o.api.createCopy(
        requestBody(
          draftOf({
            ...theirs.snapshot,
            meta: { ...theirs.snapshot.meta, name: `${theirs.snapshot.meta.name} (their version)` },
          }),
        ),
      );
      const stored = await this.#o.api.replace(doc.id, requestBody(mine), theirs.etag);
      this.#dispatch(documentActions.saved(savedAs(mine, stored)));
      this.#o.notify.success(`Their version was kept as the project “${kept.meta.name}”.`);
    } catch (error) {
      this.#saveFailed(error, 'The conflict could not be resolved');
    }
  }

  /** checkSnapshot, once its chunk is here; when that cannot be fetched, the save fails as if offline. */
  async #checker(what: string): Promise<typeof checkSnapshot | undefined> {
    try {
      return (await loadChecks()).checkSnapshot;
    } catch (error) {
      this.#saveFailed(error, what);
      return undefined;
    }
  }

  #valid(snapshot: Snapshot, title: string, check: typeof checkSnapshot): boolean {
    const problems = check(snapshot, { draft: true });
    if (problems.length > 0) this.#dispatch(documentActions.dialogOpened({ kind: 'problems', title, problems }));
    return problems.length === 0;
  }

  #saveFailed(error: unknown, what: string) {
    const offline = error instanceof NetworkError;
    this.#dispatch(documentActions.saveFailed({ offline }));
    if (error instanceof ApiRequestError && error.status === 412) {
      this.#dispatch(documentActions.dialogOpened({ kind: 'conflict' }));
      return;
    }
    if (error instanceof ApiRequestError && error.status === 400 && error.body?.details) {
      this.#dispatch(
        documentActions.dialogOpened({ kind: 'problems', title: 'The server refused this save', problems: error.body.details }),
      );
      return;
    }
    if (error instanceof ApiRequestError && error.status === 413) {
      this.#dispatch(
        documentActions.dialogOpened({
          kind: 'refused',
          title: 'This project is too large to save',
          message: 'It is more than the server stores in one project. Export keeps it as a file.',
        }),
      );
      return;
    }
    const why = offline ? 'the server cannot be reached' : messageOf(error);
    this.#o.notify.error(`${what}: ${why}. They are kept in this tab; Export downloads them as a file.`, {
      label: 'Export',
      onClick: () => this.exportFile(),
    });
  }
}

/** The sections of a snapshot that was just sent: the new baseline. */
function sectionsToKeep(snapshot: Snapshot): Record<string, unknown> {
  const { schemaVersion: _v, meta: _m, ui: _u, domainVersions: _d, ...sections } = snapshot;
  return sections;
}

/** The new baseline once the server stored `sent`: the sections and versions sent, under the meta it gave them. */
function savedAs(sent: Snapshot, { meta, etag }: StoredMeta) {
  return { meta, domainVersions: sent.domainVersions, etag, sections: sectionsToKeep(sent) };
}

/** A snapshot as a new project: the server assigns the id and dates. */
function draftOf(snapshot: Snapshot): SnapshotDraft {
  const { name, description } = snapshot.meta;
  return { ...snapshot, meta: { name, ...(description === undefined ? {} : { description }) } };
}
