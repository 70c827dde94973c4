/** A snapshot as a file for people: what Export downloads, pretty-printed for reading and diffs. */
export function serializeSnapshot(snapshot: object): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** A snapshot as Save and the other requests send it: the same document, compact (pretty-printing costs more than the rest of a save). */
export function requestBody(snapshot: object): string {
  return JSON.stringify(snapshot);
}

/** `<name>.snapshot.json`, with characters file systems refuse replaced. */
export function exportFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what file names must not hold
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'project';
  return `${safe}.snapshot.json`;
}
