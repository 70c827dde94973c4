import { readFile, stat } from 'node:fs/promises';
import { type RemoteEntry, RemoteRegistry, schemaProblems } from '@psb/contracts';

/**
 * The remote registry, from a JSON file. Checked when the server starts (a bad file stops it), then
 * read again whenever the file changes, so a team ships a remote by editing the file: no restart,
 * no rebuild of the host. A later bad edit is reported and the last good registry kept.
 */
export class RegistryFile {
  #entries: RemoteEntry[];
  #mtimeMs: number;
  readonly #onInvalid: (message: string) => void;

  private constructor(
    readonly file: string,
    entries: RemoteEntry[],
    mtimeMs: number,
    onInvalid: (message: string) => void,
  ) {
    this.#entries = entries;
    this.#mtimeMs = mtimeMs;
    this.#onInvalid = onInvalid;
  }

  static async open(file: string, onInvalid: (message: string) => void = () => {}): Promise<RegistryFile> {
    const { mtimeMs } = await stat(file);
    return new RegistryFile(file, await read(file), mtimeMs, onInvalid);
  }

  async entries(): Promise<RemoteEntry[]> {
    try {
      const { mtimeMs } = await stat(this.file);
      if (mtimeMs !== this.#mtimeMs) {
        this.#mtimeMs = mtimeMs;
        this.#entries = await read(this.file);
      }
    } catch (error) {
      this.#onInvalid(`${error instanceof Error ? error.message : String(error)}; serving the last good registry`);
    }
    return this.#entries;
  }
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
