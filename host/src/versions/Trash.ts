import type { TrashedProject } from '@psb/contracts';
import type { ProjectsApi } from '../api/projectsApi.js';
import type { DraftStore, ProjectSession } from '../document/ProjectSession.js';
import { failed, type Outcome } from './outcome.js';

export interface TrashOptions {
  api: ProjectsApi;
  session: ProjectSession;
  /** The changes kept in this browser: a project's go only when it is deleted for good. */
  drafts?: Pick<DraftStore, 'remove'>;
}

/** A project as the trash's commands name it. */
type Named = { id: string; name: string };

/**
 * The trash: Delete moves a project there (with its history), which can be undone at once or restored later from
 * the list; Delete forever removes it for good. The server keeps it `TRASH_DAYS` (30 by default).
 */
export class Trash {
  readonly #o: TrashOptions;
  /** The changes to the trash still on their way: the list waits for them, or one clicked away from shows stale. */
  #changing: Promise<unknown> = Promise.resolve();

  constructor(options: TrashOptions) {
    this.#o = options;
  }

  /** The trashed projects. */
  async list(): Promise<Outcome<TrashedProject[]>> {
    await this.settled();
    try {
      return { ok: true, value: await this.#o.api.trash() };
    } catch (error) {
      return failed({ kind: 'request', error }, { to: 'listTrash' });
    }
  }

  /**
   * Moves a project to the trash, and the open one makes way for the latest other. Returns its Undo, which brings it
   * back (and opens it again if it was open), for the caller to offer where the person is (the project list is a
   * modal dialog: a toast behind it could not be reached); undefined once told why it could not be moved. Its
   * changes kept in this browser stay, offered when it is back.
   */
  async moveToTrash(project: Named): Promise<(() => Promise<boolean>) | undefined> {
    const { session } = this.#o;
    const wasOpen = session.openId === project.id;
    try {
      await this.#change(this.#o.api.remove(project.id));
    } catch (error) {
      session.report({ kind: 'request', error }, { to: 'delete' });
      return undefined;
    }
    if (wasOpen) await session.openLatest();
    return () => this.restore(project, { reopen: wasOpen });
  }

  /** Brings a project back under its id; `reopen` opens it, unless the open document has changes not saved. */
  async restore(project: Named, { reopen = false } = {}): Promise<boolean> {
    const { session } = this.#o;
    try {
      await this.#change(this.#o.api.restoreFromTrash(project.id));
    } catch (error) {
      return session.report({ kind: 'request', error }, { to: 'restoreFromTrash', name: project.name });
    }
    if (reopen && !session.isDirty()) await session.open(project.id);
    return true;
  }

  /** Removes a trashed project for good, with its history and its changes kept in this browser. */
  async deleteForever(project: Named): Promise<boolean> {
    try {
      await this.#change(this.#o.api.removeFromTrash(project.id));
    } catch (error) {
      return this.#o.session.report({ kind: 'request', error }, { to: 'deleteForever', name: project.name });
    }
    void this.#o.drafts?.remove(project.id);
    return true;
  }

  /** Once the changes to the trash asked for so far are done: a list read after it shows them. */
  settled(): Promise<void> {
    return this.#changing.then(() => {});
  }

  #change<T>(request: Promise<T>): Promise<T> {
    const before = this.#changing;
    this.#changing = Promise.all([before, request.catch(() => {})]);
    return request;
  }
}
