/**
 * Makes a folder's entries durable (fsync of the folder) for many writers at once: group commit. A caller's
 * entry (a rename) is durable once a sync that started after it completes. So a caller joins the next sync to
 * start: at once when none is under way, else the one that starts when the current one ends, shared by
 * everyone who asked meanwhile. Under load, one fsync serves many writes; alone, a write waits for its own.
 */
export class FolderSync {
  readonly #syncOnce: () => Promise<void>;
  #running: Promise<void> | undefined;
  #next: Promise<void> | undefined;

  /** `syncOnce` opens the folder, fsyncs it and closes it. */
  constructor(syncOnce: () => Promise<void>) {
    this.#syncOnce = syncOnce;
  }

  /** Resolves once a sync that started after this call has completed; rejects with that sync's error. */
  sync(): Promise<void> {
    if (!this.#running) return this.#start();
    // The sync under way may have started before the caller's entry changed: wait for the one after it.
    this.#next ??= this.#running
      .catch(() => {})
      .then(() => {
        this.#next = undefined;
        return this.#start();
      });
    return this.#next;
  }

  #start(): Promise<void> {
    const run: Promise<void> = this.#syncOnce().finally(() => {
      if (this.#running === run) this.#running = undefined;
    });
    this.#running = run;
    return run;
  }
}
