import type { EtagCondition } from './store/ProjectStore.js';

/**
 * The condition an If-Match header sets (RFC 9110 §13.1.1): `*` matches any current version;
 * otherwise one of the listed strong tags must equal the current one. Weak tags never match.
 */
export function ifMatchCondition(header: string): EtagCondition {
  if (header.trim() === '*') return () => true;
  const tags = listedTags(header);
  return (current) => tags.includes(current);
}

/** If-None-Match on a read (§13.1.2): weak comparison, so W/"x" matches "x". */
export function noneMatch(header: string | undefined, current: string): boolean {
  if (header === undefined) return true;
  if (header.trim() === '*') return false;
  return !listedTags(header).some((tag) => tag.replace(/^W\//, '') === current);
}

function listedTags(header: string): string[] {
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}
