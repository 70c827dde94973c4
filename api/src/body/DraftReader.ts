import { Worker } from 'node:worker_threads';
import type { DraftReading } from './readDraft.js';

interface Reply {
  id: number;
  reading?: DraftReading;
  error?: string;
}

interface Waiter {
  bytes: number;
  resolve: (reading: DraftReading) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  waiting: Map<number, Waiter>;
  /** Bytes of the drafts sent and not yet answered: the work queued on this thread. */
  queued: number;
}

/**
 * A worker takes drafts while it has less than this queued (about 2.5 ms of reading). Beyond it, a draft goes to
 * another thread: small drafts arriving together stay on one thread, and megabyte drafts are read side by side,
 * so that one thread reading every 100 KB draft does not limit many writers.
 */
const SPREAD_BYTES = 256 * 1024;

/**
 * Hand-made rather than a pool (piscina): it hands drafts out by bytes queued (SPREAD_BYTES), and piscina's
 * threads, tried in its place, bought no measured gain in writes or crash recovery.
 *
 * Reads snapshot drafts (readDraft) in worker threads. Parsing and checking a document takes as long as its
 * size, several milliseconds for megabytes; on the main thread every other request would wait meanwhile. In a
 * worker it runs beside the main thread's HTTP and disk work, and with more than one thread, drafts arriving
 * together are read side by side: a 2 MB draft takes a thread about 24 ms, longer than its durable write.
 * Workers start when asked to or when needed (see SPREAD_BYTES), and again after a crash, which fails only its
 * reads under way.
 */
export class DraftReader {
  /** One slot per thread; a slot is empty until its worker starts, and again after it stopped. */
  readonly #slots: (Running | undefined)[];
  #nextId = 0;

  constructor({ threads = 1 }: { threads?: number } = {}) {
    this.#slots = Array.from({ length: Math.max(1, threads) }, () => undefined);
  }

  /** Workers started and not stopped. */
  get threadsRunning(): number {
    return this.#slots.filter(Boolean).length;
  }

  /** Starts the workers now, those not running, so that the first drafts do not wait for them to load. */
  start(): void {
    this.#slots.forEach((running, slot) => {
      if (!running) this.#start(slot);
    });
  }

  read(bytes: Uint8Array): Promise<DraftReading> {
    const running = this.#pick();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      running.waiting.set(id, { bytes: bytes.length, resolve, reject });
      running.queued += bytes.length;
      running.worker.postMessage({ id, bytes });
    });
  }

  async close(): Promise<void> {
    const running = [...this.#slots];
    this.#slots.fill(undefined);
    await Promise.all(running.map((r) => r?.worker.terminate()));
  }

  /** The first worker with less than SPREAD_BYTES queued; else a new one in an empty slot; else the least busy. */
  #pick(): Running {
    let least: Running | undefined;
    for (const running of this.#slots) {
      if (!running) continue;
      if (running.queued < SPREAD_BYTES) return running;
      if (!least || running.queued < least.queued) least = running;
    }
    const empty = this.#slots.indexOf(undefined);
    return empty >= 0 ? this.#start(empty) : (least as Running);
  }

  #start(slot: number): Running {
    const worker = new Worker(new URL('./draftWorker.mjs', import.meta.url));
    // Never what keeps the process alive: the server's socket does that.
    worker.unref();
    const running: Running = { worker, waiting: new Map<number, Waiter>(), queued: 0 };
    worker.on('message', ({ id, reading, error }: Reply) => {
      const waiter = running.waiting.get(id);
      running.waiting.delete(id);
      running.queued -= waiter?.bytes ?? 0;
      if (reading) waiter?.resolve(reading);
      else waiter?.reject(new Error(`Reading the draft failed: ${error}`));
    });
    const fail = (error: Error) => {
      if (this.#slots[slot] === running) this.#slots[slot] = undefined;
      for (const waiter of running.waiting.values()) waiter.reject(error);
      running.waiting.clear();
      running.queued = 0;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The draft reader stopped (exit code ${code}).`)));
    this.#slots[slot] = running;
    return running;
  }
}
