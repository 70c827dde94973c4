import { Piscina } from 'piscina';
import type { DraftReading } from './readDraft.js';

export interface DraftReaderOptions {
  /** Most threads reading at once. */
  threads?: number;
  /**
   * Node options of the threads. By default this process's own, which bring the TypeScript loader the server
   * runs under (`npm start` runs it with tsx); Vitest's module runner does not reach worker threads, so tests
   * pass `['--import', 'tsx']`.
   */
  execArgv?: string[];
}

/**
 * Reads snapshot drafts (readDraft) in a pool of worker threads. Parsing and checking a draft takes as long as it
 * is large, tens of milliseconds at 2 MB; on the main thread every other request would wait meanwhile.
 * Threads start when needed, or all at once with start(); a thread that crashes fails only its read under way
 * and is replaced.
 */
export class DraftReader {
  readonly #options: DraftReaderOptions;
  #pool: Piscina<Uint8Array, DraftReading> | undefined;

  constructor(options: DraftReaderOptions = {}) {
    this.#options = options;
  }

  /** Threads started and not stopped. */
  get threadsRunning(): number {
    return this.#pool?.threads.length ?? 0;
  }

  /** Starts every thread now, so that the first drafts do not wait for them to load. */
  start(): void {
    this.#pool ??= this.#open(this.#threads);
  }

  read(bytes: Uint8Array): Promise<DraftReading> {
    this.#pool ??= this.#open(0);
    return this.#pool.run(bytes);
  }

  /** Stops the threads; the reads under way fail. The next read starts them again. */
  async close(): Promise<void> {
    const pool = this.#pool;
    this.#pool = undefined;
    await pool?.destroy();
  }

  get #threads(): number {
    return Math.max(1, this.#options.threads ?? 1);
  }

  #open(minThreads: number) {
    const pool = new Piscina<Uint8Array, DraftReading>({
      filename: new URL('./readDraft.ts', import.meta.url).href,
      name: 'readDraft',
      minThreads,
      maxThreads: this.#threads,
      // A thread holds the parser and checker warm: it is kept, not started again for the next draft.
      idleTimeout: Number.POSITIVE_INFINITY,
      execArgv: this.#options.execArgv,
    });
    // A thread that fails outside a read is replaced; no request waits for it.
    pool.on('error', () => {});
    return pool;
  }
}
