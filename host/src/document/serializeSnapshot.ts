/** The one text form of a snapshot: what Save sends and Export downloads, pretty-printed for people and diffs. */
export function serializeSnapshot(snapshot: object): string {
  return `${JSON.stringify(snapshot, null, 2)}\n`;
}

/** `<name>.snapshot.json`, with characters file systems refuse replaced. */
export function exportFileName(name: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what file names must not hold
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'project';
  return `${safe}.snapshot.json`;
}
