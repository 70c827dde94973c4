import { isUtf8 } from 'node:buffer';
import { checkSnapshot, type Problem, type SnapshotDraft } from '@psb/contracts';
import secureJson from 'secure-json-parse';
import { type ObjectSpan, objectSpan } from './objectSpan.js';

/** Bytes from `start` up to, not including, `end`. */
export type Span = readonly [start: number, end: number];

/** Where the server's meta goes in a stored draft: between the object's bytes before and after the draft's meta. */
export interface MetaSlot {
  before: Span;
  after: Span;
}

/** What reading a snapshot draft found: all the route needs, and no parsed document. */
export type DraftReading =
  | { kind: 'empty' | 'notUtf8' | 'notJson' }
  /** As checkSnapshot found them: the first LISTED_PROBLEMS, and one more when there are more. */
  | { kind: 'invalid'; problems: Problem[] }
  /** `json` is the draft serialised again, when the bytes sent could not take another meta as they are. */
  | { kind: 'valid'; meta: SnapshotDraft['meta']; slot: MetaSlot; json?: Uint8Array };

/**
 * Parses and checks a snapshot draft's bytes, and finds where its meta is, so that a valid draft can be stored as
 * sent with the server's meta instead of the client's: nothing is serialised again. JSON is parsed as Fastify
 * does, refusing `__proto__` and `constructor.prototype` keys rather than stripping them: a client must know its
 * body was not taken as sent. Bytes that are not UTF-8 are refused, since they could not be stored as sent.
 */
export function readDraft(bytes: Uint8Array): DraftReading {
  if (bytes.length === 0) return { kind: 'empty' };
  if (!isUtf8(bytes)) return { kind: 'notUtf8' };
  let value: unknown;
  try {
    value = secureJson.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'), {
      protoAction: 'error',
      constructorAction: 'error',
    });
  } catch {
    return { kind: 'notJson' };
  }
  const problems = checkSnapshot(value, { draft: true });
  if (problems.length > 0) return { kind: 'invalid', problems };
  const draft = value as SnapshotDraft;
  const span = objectSpan(bytes);
  const slot = metaSlot(span);
  if (slot && span.keys === keysIn(draft)) return { kind: 'valid', meta: draft.meta, slot };
  // A key written twice in one object: JSON.parse kept the last one, the one checked, but the text holds both,
  // and another reader may take the first. Store what was read and checked, serialised again.
  const json = Buffer.from(JSON.stringify(draft));
  return { kind: 'valid', meta: draft.meta, slot: metaSlot(objectSpan(json)) as MetaSlot, json };
}

/** Keys of the objects in a parsed JSON value, at every depth: each only once, however often the text wrote it. */
function keysIn(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += keysIn(item);
    return count;
  }
  for (const key in value) count += 1 + keysIn((value as Record<string, unknown>)[key]);
  return count;
}

/** Where the one top-level "meta" of a scanned JSON object is; undefined when it is not there exactly once. */
export function metaSlot({ start, end, members }: ObjectSpan): MetaSlot | undefined {
  const metas = members.filter((member) => member.key === 'meta');
  const [meta] = metas;
  if (metas.length !== 1 || !meta) return undefined;
  return { before: [start, meta.start], after: [meta.end, end] };
}

/** The JSON object with `meta` in the slot: leading BOM and whitespace and trailing whitespace are left out. */
export function fillMetaSlot(json: Uint8Array, { before, after }: MetaSlot, meta: unknown): Buffer {
  return Buffer.concat([json.subarray(...before), Buffer.from(JSON.stringify(meta)), json.subarray(...after)]);
}
