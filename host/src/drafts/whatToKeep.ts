import type { EditorSnapshot, Snapshot } from '@psb/contracts';
import type { KeptDraft } from '../document/baseline.js';
import type { DocumentState } from '../store/documentSlice.js';

/** What the browser should hold for the open project now: its draft, no draft, or nothing to do. */
export type DraftPlan = { id: string; keep: KeptDraft } | { id: string; remove: true } | undefined;

/**
 * The draft to keep for the open document: the document as Save would send it (`assemble`, called only when a
 * draft is kept), on the ETag it changes, once the person edited it. A document equal to its saved version keeps none. Nothing is written
 * while a project opens, or while kept changes are offered: those must not be overwritten before the person chooses.
 */
export function planDraft(
  doc: DocumentState,
  { dirty, opening }: { dirty: boolean; opening: boolean },
  assemble: () => Snapshot,
  now = new Date(),
): DraftPlan {
  if (opening || doc.status !== 'open' || !doc.id || !doc.etag || doc.offer) return undefined;
  if (!dirty) return { id: doc.id, remove: true };
  if (!doc.edited) return undefined; // a difference the person did not make is not theirs to be offered
  return { id: doc.id, keep: { snapshot: assemble(), etag: doc.etag, keptAt: now.toISOString() } };
}

const UNCOMPARED = new Set(['meta', 'ui', 'domainVersions']);

/**
 * Whether two assembled documents are the same: the same name and description, and the very same section objects.
 * Assembling shares each domain's own section, so this costs a few comparisons whatever the size; a new selection
 * alone is not a change worth a write.
 */
export function sameDocument<S extends Snapshot | EditorSnapshot>(a: S, b: S): boolean {
  const [x, y] = [a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>];
  const keys = Object.keys(x);
  return (
    a.meta.name === b.meta.name &&
    a.meta.description === b.meta.description &&
    keys.length === Object.keys(y).length &&
    keys.every((key) => UNCOMPARED.has(key) || x[key] === y[key])
  );
}

/** Whether two drafts keep the same document on the same version. */
export function sameDraft(a: KeptDraft, b: KeptDraft): boolean {
  return a.etag === b.etag && sameDocument(a.snapshot, b.snapshot);
}
