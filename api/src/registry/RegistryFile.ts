import { readFile, stat } from 'node:fs/promises';
import { type RemoteEntry, RemoteRegistry, schemaProblems } from '@psb/contracts';
import { originOfUrl } from '../origins.js';

export interface RegistryFileOptions {
  /**
   * Origins an entry may load a remote from, besides the page's own (relative entries). A
   * registry edit must not be able to make the editor run code from an arbitrary host.
   */
  allowedOrigins?: readonly string[];
  /** Told about a later edit that is ignored in whole or in part. */
  onInvalid?: (message: string) => void;
}

/**
 * The remote registry, from a JSON file. Checked when the server starts (a bad file stops it), then
 * read again whenever the file changes, so a team ships a remote by editing the file: no restart,
 * no rebuild of the host. A later bad edit is reported and the last good registry kept; an entry
 * pointing at an origin that is not allowed is reported and the key's last good entry kept.
 */
export class RegistryFile {
  #entries: RemoteEntry[];
  #origins: string[];
  #mtimeMs: number;
  readonly #allowed: ReadonlySet<string>;
  readonly #onInvalid: (message: string) => void;

  private constructor(
    readonly file: string,
    entries: RemoteEntry[],
    mtimeMs: number,
    allowed: ReadonlySet<string>,
    onInvalid: (message: string) => void,
  ) {
    this.#entries = entries;
    this.#origins = originsOf(entries);
    this.#mtimeMs = mtimeMs;
    this.#allowed = allowed;
    this.#onInvalid = onInvalid;
  }

  static async open(
    file: string,
    { allowedOrigins = [], onInvalid = () => {} }: RegistryFileOptions = {},
  ): Promise<RegistryFile> {
    const { mtimeMs } = await stat(file);
    const allowed = new Set(allowedOrigins);
    const entries = await read(file);
    const refused = refusedEntries(entries, allowed);
    if (refused.length > 0) throw new Error(`The remote registry ${file} is invalid: ${refused.join('; ')}`);
    return new RegistryFile(file, entries, mtimeMs, allowed, onInvalid);
  }

  async entries(): Promise<RemoteEntry[]> {
    try {
      const { mtimeMs } = await stat(this.file);
      if (mtimeMs !== this.#mtimeMs) {
        this.#mtimeMs = mtimeMs;
        this.#accept(await read(this.file));
      }
    } catch (error) {
      this.#onInvalid(`${error instanceof Error ? error.message : String(error)}; serving the last good registry`);
    }
    return this.#entries;
  }

  /** The other origins the current entries load from, sorted: what the page's Content-Security-Policy allows. */
  async origins(): Promise<string[]> {
    await this.entries();
    return this.#origins;
  }

  /** Takes an edit, keeping for each entry of a refused origin the key's last good entry, if there is one. */
  #accept(next: RemoteEntry[]) {
    const refused = refusedEntries(next, this.#allowed);
    if (refused.length > 0) {
      this.#onInvalid(`The remote registry ${this.file}: ${refused.join('; ')}; keeping the last good entry of each`);
    }
    const previous = new Map(this.#entries.map((e) => [e.key, e]));
    this.#entries = next.flatMap((entry) => {
      if (isAllowed(entry, this.#allowed)) return [entry];
      const last = previous.get(entry.key);
      return last ? [last] : [];
    });
    this.#origins = originsOf(this.#entries);
  }
}

function isAllowed(entry: RemoteEntry, allowed: ReadonlySet<string>): boolean {
  const origin = originOfUrl(entry.entry);
  return origin === 'self' || (origin !== null && allowed.has(origin));
}

function refusedEntries(entries: RemoteEntry[], allowed: ReadonlySet<string>): string[] {
  return entries.flatMap((entry, i) => {
    if (isAllowed(entry, allowed)) return [];
    const origin = originOfUrl(entry.entry);
    return [
      origin === null
        ? `/${i}/entry "${entry.entry}" is neither relative to the page nor an absolute http(s) URL`
        : `/${i}/entry ${origin} is not an allowed origin (REMOTE_ORIGINS: ${[...allowed].join(', ') || 'none'})`,
    ];
  });
}

function originsOf(entries: RemoteEntry[]): string[] {
  const origins = entries.map((e) => originOfUrl(e.entry)).filter((o): o is string => o !== null && o !== 'self');
  return [...new Set(origins)].sort();
}

async function read(file: string): Promise<RemoteEntry[]> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `The remote registry ${file} is not readable JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const problems = schemaProblems(RemoteRegistry, value);
  const keys = Array.isArray(value) ? value.map((e: { key?: unknown }) => e?.key) : [];
  keys.forEach((key, i) => {
    if (keys.indexOf(key) !== i) problems.push({ path: `/${i}/key`, message: `The key "${String(key)}" is listed twice.` });
  });
  if (problems.length > 0) {
    throw new Error(`The remote registry ${file} is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
  return value as RemoteEntry[];
}
