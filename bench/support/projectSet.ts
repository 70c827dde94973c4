import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '@psb/contracts';
import { generateSnapshot } from './generateSnapshot.js';

/**
 * The projects one benchmark stores, written both ways: as the FileStore's files (`{id}.json`, compact, as it
 * writes them) and as one json-server db.json (`{"projects": [...]}`, each record the snapshot plus its `id`).
 */
export class ProjectSet {
  readonly #records: Snapshot[] = [];
  /** Stored for the API only: json-server is never asked to write these, and they would slow all its writes. */
  readonly #apiOnly = new Set<string>();
  readonly #small = generateSnapshot(12);

  constructor(readonly dataDir: string) {}

  /** Stores `snapshot` as project `id`, named and dated as a real one. */
  async add(id: string, snapshot: Snapshot, { apiOnly = false } = {}): Promise<Buffer> {
    if (apiOnly) this.#apiOnly.add(id);
    const day = String(1 + (this.#records.length % 28)).padStart(2, '0');
    const stored = {
      ...snapshot,
      meta: { id, name: `Project ${id}`, createdAt: `2026-01-${day}T00:00:00.000Z`, updatedAt: `2026-02-${day}T00:00:00.000Z` },
    };
    this.#records.push(stored);
    const bytes = Buffer.from(JSON.stringify(stored));
    await writeFile(path.join(this.dataDir, `${id}.json`), bytes);
    return bytes;
  }

  /** Adds small projects (a dozen nodes, about 3 KB) until `count` are stored. */
  async fillTo(count: number): Promise<void> {
    // In batches: thousands of files open at once would exhaust the process's file descriptors.
    while (this.#records.length < count) {
      const batch = Array.from({ length: Math.min(64, count - this.#records.length) }, () =>
        this.add(`bg-${String(this.#records.length).padStart(6, '0')}`, this.#small),
      );
      await Promise.all(batch);
    }
  }

  /** json-server's database holding the same projects (but those added `apiOnly`). */
  async writeJsonServerDb(file: string): Promise<void> {
    const records = this.#records.filter((s) => !this.#apiOnly.has(s.meta.id)).map((s) => ({ id: s.meta.id, ...s }));
    await writeFile(file, JSON.stringify({ projects: records }));
  }
}

/** What a client PUTs to replace a project: the snapshot without the meta the server owns. */
export function draftBody(snapshot: Snapshot): Buffer {
  return Buffer.from(JSON.stringify({ ...snapshot, meta: { name: snapshot.meta.name } }));
}
