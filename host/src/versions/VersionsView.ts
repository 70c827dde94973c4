import type { ViewedVersion } from './Revisions.js';

/** What the workspace shows of the history: whether its panel is open, and the older version on the canvas, if any. */
export interface VersionsViewState {
  open: boolean;
  viewing?: ViewedVersion;
}

/**
 * The history panel's place in the workspace, shared by the top bar's button, the panel and the canvas. Kept out of
 * the store: showing an older version is no change to the document, and must not reach its undo history or drafts.
 */
export class VersionsView {
  #state: VersionsViewState = { open: false };
  readonly #listeners = new Set<() => void>();

  /** For `useSyncExternalStore`: the same object until the view changes. */
  readonly get = (): VersionsViewState => this.#state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  open(): void {
    if (!this.#state.open) this.#set({ open: true });
  }

  /** Closes the panel; the canvas shows the open document again. */
  close(): void {
    if (this.#state.open) this.#set({ open: false });
  }

  /** Shows `version` on the canvas, read-only. */
  view(version: ViewedVersion): void {
    this.#set({ open: true, viewing: version });
  }

  /** The canvas shows the open document again; the panel stays. */
  backToCurrent(): void {
    if (this.#state.viewing) this.#set({ open: this.#state.open });
  }

  #set(state: VersionsViewState) {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}
