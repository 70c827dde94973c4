import { Worker } from 'node:worker_threads';
import { type DraftReading, readDraft } from './readDraft.js';

/** A reading, or the worker saying it has loaded and takes drafts (`ready`). */
interface Reply {
  id: number;
  reading?: DraftReading;
  error?: string;
  ready?: true;
}

interface Waiter {
  bytes: number;
  resolve: (reading: DraftReading) => void;
  reject: (error: Error) => void;
}

interface Running {
  worker: Worker;
  /** Whether it has loaded: until then it is given no drafts. */
  ready: boolean;
  /** Settles once it has loaded, or stopped before that. */
  loaded: Promise<void>;
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
 *
 * A worker takes about a second of CPU to load: it imports the contracts, hundreds of modules, through tsx's
 * loader. Until one has, drafts are read on the main thread, as they would be without workers, so that a server
 * just started (or whose workers all stopped) takes writes at once instead of a second later. Workers start one
 * at a time as drafts need them (the first draft, then drafts past SPREAD_BYTES), or all when asked (start), and
 * again after a crash, which fails only its reads under way.
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

  /** Workers loaded and taking drafts. */
  get threadsReady(): number {
    return this.#slots.filter((running) => running?.ready).length;
  }

  /** Settles once the workers started so far have loaded (or stopped). */
  async loaded(): Promise<void> {
    await Promise.all(this.#slots.map((running) => running?.loaded));
  }

  /** Starts the workers not running now, rather than as drafts come. */
  start(): void {
    this.#slots.forEach((running, slot) => {
      if (!running) this.#start(slot);
    });
  }

  read(bytes: Uint8Array): Promise<DraftReading> {
    const running = this.#pick();
    if (!running) return readHere(bytes);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      running.waiting.set(id, { bytes: bytes.length, resolve, reject });
      running.queued += bytes.length;
      // A body that owns its memory (any but the smallest) is moved to the worker, not copied: copying megabytes
      // would hold the main thread, as would collecting the copies. A valid draft's bytes come back in its reading.
      const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      running.worker.postMessage({ id, bytes }, owned ? [bytes.buffer as ArrayBuffer] : []);
    });
  }

  async close(): Promise<void> {
    const running = [...this.#slots];
    this.#slots.fill(undefined);
    await Promise.all(running.map((r) => r?.worker.terminate()));
  }

  /**
   * The first loaded worker with less than SPREAD_BYTES queued. Else a new worker is started in an empty slot,
   * unless one is loading already, and the draft goes to the least busy loaded worker: none waits for a worker to
   * load. Undefined when none has loaded: the draft is read here.
   */
  #pick(): Running | undefined {
    let least: Running | undefined;
    let loading = false;
    for (const running of this.#slots) {
      if (!running) continue;
      if (!running.ready) {
        loading = true;
        continue;
      }
      if (running.queued < SPREAD_BYTES) return running;
      if (!least || running.queued < least.queued) least = running;
    }
    const empty = this.#slots.indexOf(undefined);
    if (empty >= 0 && !loading) this.#start(empty);
    return least;
  }

  #start(slot: number): Running {
    const worker = new Worker(new URL('./draftWorker.mjs', import.meta.url));
    // Never what keeps the process alive: the server's socket does that.
    worker.unref();
    let settle = () => {};
    const loaded = new Promise<void>((resolve) => (settle = resolve));
    const running: Running = { worker, ready: false, loaded, waiting: new Map<number, Waiter>(), queued: 0 };
    worker.on('message', ({ id, reading, error, ready }: Reply) => {
      if (ready) {
        running.ready = true;
        settle();
        return;
      }
      const waiter = running.waiting.get(id);
      running.waiting.delete(id);
      running.queued -= waiter?.bytes ?? 0;
      if (reading) waiter?.resolve(reading);
      else waiter?.reject(new Error(`Reading the draft failed: ${error}`));
    });
    const fail = (error: Error) => {
      settle();
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

/** Reads a draft on this thread, answering as a worker would. */
function readHere(bytes: Uint8Array): Promise<DraftReading> {
  try {
    return Promise.resolve(readDraft(bytes));
  } catch (error) {
    return Promise.reject(new Error(`Reading the draft failed: ${error instanceof Error ? error.message : String(error)}`));
  }
}
