import type { ProjectMeta } from '@psb/contracts';
import { objectSpan } from '../body/objectSpan.js';
import { fillMetaSlot, type MetaSlot, metaSlot } from '../body/readDraft.js';

/** Where the meta is in a stored snapshot's bytes (the store writes exactly one). */
function slotOf(bytes: Uint8Array): MetaSlot {
  const slot = metaSlot(objectSpan(bytes));
  if (!slot) throw new SyntaxError('The stored snapshot has no single top-level meta.');
  return slot;
}

/** A stored snapshot's meta, parsed alone: listing a history need not parse whole documents. */
export function storedMeta(bytes: Buffer): ProjectMeta {
  const { before, after } = slotOf(bytes);
  return JSON.parse(bytes.subarray(before[1], after[0]).toString('utf8')) as ProjectMeta;
}

/** A stored snapshot's bytes with `meta` in place of its own, everything else byte for byte. */
export function withStoredMeta(bytes: Buffer, meta: ProjectMeta): Buffer {
  return fillMetaSlot(bytes, slotOf(bytes), meta);
}
