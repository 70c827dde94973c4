import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Snapshot } from '@psb/contracts';

const list = (dir: string) => readdir(dir).catch(() => [] as string[]);

/** The ids with a trash marker in a store's folder. */
export async function trashMarkers(dir: string): Promise<Set<string>> {
  const names = await list(path.join(dir, '.trash'));
  return new Set(names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)));
}

/**
 * What is half-moved between a store's current files (the ids in `live`), its history and its trash, or left over:
 * temp files of trash markers, a marker beside a live file or without a history, a history with neither a file nor
 * a marker, anything in .purge. A store just opened must have none.
 */
export async function halfMoved(dir: string, live: ReadonlySet<string>): Promise<string[]> {
  const trashNames = await list(path.join(dir, '.trash'));
  const markers = await trashMarkers(dir);
  const histories = new Set(await list(path.join(dir, '.history')));
  return [
    ...trashNames.filter((n) => n.endsWith('.tmp')).map((n) => `temp file .trash/${n}`),
    ...[...markers].filter((id) => live.has(id)).map((id) => `trash marker beside the live file of ${id}`),
    ...[...markers].filter((id) => !histories.has(id)).map((id) => `trash marker without a history: ${id}`),
    ...[...histories].filter((id) => !live.has(id) && !markers.has(id)).map((id) => `history without a file or a marker: ${id}`),
    ...(await list(path.join(dir, '.purge'))).map((n) => `purge leftover ${n}`),
  ];
}

/** The newest revision in a project's history folder, parsed; undefined when it has none. */
export async function newestRevision(dir: string, id: string): Promise<Snapshot | undefined> {
  const revs = (await list(path.join(dir, '.history', id))).map((n) => Number.parseInt(n, 10)).filter((rev) => rev > 0);
  if (revs.length === 0) return undefined;
  return JSON.parse(await readFile(path.join(dir, '.history', id, `${Math.max(...revs)}.json`), 'utf8')) as Snapshot;
}
