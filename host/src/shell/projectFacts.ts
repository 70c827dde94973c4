import type { ProjectSummary } from '@psb/contracts';

/** The first characters of an id: enough to tell two projects of one name apart at a glance. */
export const shortId = (id: string): string => id.slice(0, 8);

/** A size as people read it: "512 bytes", "1 byte", "12.3 KB", "1.2 MB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The projects whose name holds what was typed, in any case and with spaces around ignored; all when nothing is. */
export function filterByName(projects: readonly ProjectSummary[], query: string): ProjectSummary[] {
  const wanted = query.trim().toLocaleLowerCase();
  if (wanted === '') return [...projects];
  // A name missing from a server's list (a damaged file) matches nothing rather than breaking the list.
  return projects.filter((project) =>
    String(project.name ?? '')
      .toLocaleLowerCase()
      .includes(wanted),
  );
}

/** Where a project's stored file is downloaded exactly as it is, damaged or not (the API's raw route). */
export const rawFileUrl = (id: string): string => `/api/projects/${encodeURIComponent(id)}/raw`;
