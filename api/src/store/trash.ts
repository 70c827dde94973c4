// A deleted project keeps its history folder and loses its current file; a marker `{dir}/.trash/{id}.json`
// ({ id, name, deletedAt }) says when it was deleted. The marker is written whole (temp, fsync, rename, fsync)
// BEFORE the current file is unlinked, and removed only AFTER a restore has linked the newest revision back as the
// current file. So a marker beside a current file only ever means a delete that was never acknowledged, or a
// restore that was about to be: either way the project is live, and the marker is removed at open. A marker
// without a history is what a purge cut short (the history is renamed away first): removed at open too. A history
// with neither a current file nor a marker lost its file to something other than the store (removed by hand): it
// is put in the trash at open, not lost.
import path from 'node:path';
import { ID_PATTERN, type TrashedProject } from '@psb/contracts';
import { TEMP_SUFFIX, writeWhole } from './durableFile.js';
import type { StoreFs } from './FileStore.js';
import { type CurrentFile, type History, isNotFound } from './history.js';
import { NotInTrashError, ProjectExistsError, type StoredProject } from './ProjectStore.js';
import type { SyncedFolder } from './syncedFolder.js';

export const TRASH_FOLDER = '.trash';
const idPattern = new RegExp(ID_PATTERN);

/** The deleted projects of a store that keeps history. Every method but `load` and `list` runs under the project's lock. */
export class Trash {
  readonly #dir: string;
  readonly #fs: StoreFs;
  readonly #history: History;
  /** The store's folder: synced when `.trash` itself is made, and when a restored project's file is back. */
  readonly #store: SyncedFolder;
  readonly #folder: SyncedFolder;
  readonly #entries = new Map<string, TrashedProject>();

  constructor(dir: string, fs: StoreFs, history: History, store: SyncedFolder, folder: (dir: string) => SyncedFolder) {
    this.#dir = path.join(dir, TRASH_FOLDER);
    this.#fs = fs;
    this.#history = history;
    this.#store = store;
    this.#folder = folder(this.#dir);
  }

  /** At open, given the projects with a current file: puts markers and histories in order (see the top). */
  async load(live: ReadonlySet<string>): Promise<void> {
    await this.#history.sweepPurged();
    const histories = new Set(await this.#history.ids());
    await this.#loadMarkers(live, histories);
    for (const id of histories) {
      if (live.has(id) || this.#entries.has(id) || !idPattern.test(id)) continue;
      const newest = await this.#history.newest(id);
      if (newest) await this.#mark({ id, name: newest.stored.meta.name, deletedAt: new Date().toISOString() });
      else await this.#history.purge(id);
      this.#history.forget(id);
    }
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** Most recently deleted first. */
  list(): TrashedProject[] {
    return [...this.#entries.values()].sort((a, b) =>
      a.deletedAt < b.deletedAt ? 1 : a.deletedAt > b.deletedAt ? -1 : a.id.localeCompare(b.id),
    );
  }

  /**
   * Moves a live project to the trash: its current version made the history's newest, the marker written, then
   * the current file unlinked. The caller syncs the store's folder.
   */
  async moveIn(id: string, current: CurrentFile): Promise<void> {
    await this.#history.prepare(id, current);
    await this.#mark({ id, name: current.version.name, deletedAt: new Date().toISOString() });
    try {
      await this.#fs.unlink(current.file);
    } catch (error) {
      await this.#unmark(id);
      throw error;
    }
    this.#history.forget(id);
  }

  /** Links the newest revision back as `file`, durably, then removes the marker. */
  async restore(id: string, file: string): Promise<StoredProject> {
    const newest = this.#entries.has(id) ? await this.#history.newest(id) : undefined;
    if (!newest) throw new NotInTrashError(id);
    try {
      await this.#fs.link(newest.file, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ProjectExistsError(id);
      throw error;
    }
    await this.#store.sync();
    await this.#unmark(id);
    return newest.stored;
  }

  /** Moves the history away in one rename, then removes the marker: a crash between leaves a marker swept at open. */
  async purge(id: string): Promise<void> {
    if (!this.#entries.has(id)) throw new NotInTrashError(id);
    await this.#history.purge(id);
    await this.#unmark(id);
  }

  async close(): Promise<void> {
    await this.#folder.close();
  }

  /** Reads the markers, removing those that mark nothing (see the top) and the temp files of cut-short marks. */
  async #loadMarkers(live: ReadonlySet<string>, histories: ReadonlySet<string>): Promise<void> {
    let names: string[];
    try {
      names = await this.#fs.readdir(this.#dir);
    } catch (error) {
      if (isNotFound(error)) return;
      throw error;
    }
    const stale: string[] = names.filter((name) => name.endsWith(TEMP_SUFFIX));
    for (const name of names.filter((n) => n.endsWith('.json'))) {
      const id = name.slice(0, -'.json'.length);
      if (!idPattern.test(id)) continue;
      const marker = live.has(id) || !histories.has(id) ? undefined : await this.#read(name);
      if (marker?.id === id) this.#entries.set(id, marker);
      else stale.push(name);
    }
    if (stale.length === 0) return;
    await Promise.all(stale.map((name) => this.#fs.rm(path.join(this.#dir, name), { force: true })));
    await this.#folder.sync();
  }

  /** Writes the marker whole and makes it durable. */
  async #mark(entry: TrashedProject): Promise<void> {
    const made = await this.#fs.mkdir(this.#dir, { recursive: true });
    await writeWhole(this.#fs, this.#markerOf(entry.id), JSON.stringify(entry));
    await Promise.all([this.#folder.sync(), made && this.#store.sync()]);
    this.#entries.set(entry.id, entry);
  }

  /**
   * Forgets the marker, then removes it. A marker left behind (this failing, or a crash) marks a project that is
   * back, or whose history is gone: swept at the next open, so what was done stands.
   */
  async #unmark(id: string): Promise<void> {
    this.#entries.delete(id);
    try {
      await this.#fs.rm(this.#markerOf(id), { force: true });
      await this.#folder.sync();
    } catch {
      // swept at the next open
    }
  }

  #markerOf(id: string): string {
    return path.join(this.#dir, `${id}.json`);
  }

  async #read(name: string): Promise<TrashedProject | undefined> {
    try {
      return JSON.parse((await this.#fs.readFile(path.join(this.#dir, name))).toString('utf8')) as TrashedProject;
    } catch {
      return undefined;
    }
  }
}
