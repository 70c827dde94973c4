import type { ProjectMeta, SnapshotDraft } from '@psb/contracts';

/** The draft's meta with what the server owns: id and dates. */
export function stamp(
  { name, description }: SnapshotDraft['meta'],
  owned: Pick<ProjectMeta, 'id' | 'createdAt' | 'updatedAt'>,
): ProjectMeta {
  return {
    id: owned.id,
    name,
    ...(description === undefined ? {} : { description }),
    createdAt: owned.createdAt,
    updatedAt: owned.updatedAt,
  };
}

/** `now`, or just after `previous` if the clock is behind it: updatedAt only ever moves forward. */
export function later(now: string, previous: string): string {
  return now > previous ? now : new Date(Date.parse(previous) + 1).toISOString();
}
