import { Worker } from 'node:worker_threads';
import type { DraftReading } from './readDraft.js';

interface Reply {
  id: number;
  reading?: DraftReading;
  error?: string;
}

interface Waiter {
  resolve: (reading: DraftReading) => void;
  reject: (error: Error) => void;
}

/**
 * Reads snapshot drafts (readDraft) in a worker thread. Parsing and checking a document takes as long as its
 * size, several milliseconds for megabytes; on the main thread every other request would wait meanwhile. In the
 * worker it runs beside the main thread's HTTP and disk work, so writes also go faster on a machine with a core
 * to spare. The worker starts when asked to or on the first draft, and again after a crash, which fails only the
 * reads under way.
 */
export class DraftReader {
  #running: { worker: Worker; waiting: Map<number, Waiter> } | undefined;
  #nextId = 0;

  /** Starts the worker now, if it is not running, so that the first draft does not wait for it to load. */
  start(): void {
    if (!this.#running) this.#start();
  }

  read(bytes: Uint8Array): Promise<DraftReading> {
    const { worker, waiting } = this.#running ?? this.#start();
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, bytes });
    });
  }

  async close(): Promise<void> {
    const running = this.#running;
    this.#running = undefined;
    await running?.worker.terminate();
  }

  #start() {
    const worker = new Worker(new URL('./draftWorker.mjs', import.meta.url));
    // Never what keeps the process alive: the server's socket does that.
    worker.unref();
    const running = { worker, waiting: new Map<number, Waiter>() };
    worker.on('message', ({ id, reading, error }: Reply) => {
      const waiter = running.waiting.get(id);
      running.waiting.delete(id);
      if (reading) waiter?.resolve(reading);
      else waiter?.reject(new Error(`Reading the draft failed: ${error}`));
    });
    const fail = (error: Error) => {
      if (this.#running === running) this.#running = undefined;
      for (const waiter of running.waiting.values()) waiter.reject(error);
      running.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The draft reader stopped (exit code ${code}).`)));
    this.#running = running;
    return running;
  }
}
