// The keys of records walked or copied, kept by object: V8 enumerates a large record's keys afresh
// at every spread, so a copy of a record of 50,000 entries from a kept list takes about half the time.
// States are immutable, so a record's list stays true; a copy whose keys change is forgotten (`forgetKeys`).

type Record_ = Record<string, unknown>;

// One list per record for every bundle that carries this module: the host and each remote bundle their own copy of
// contracts, and the host's unsaved-changes check and undo history would otherwise enumerate again the records a
// remote copied (7 ms at each key press when the tree's 50,000 nodes were one record).
const SHARED = Symbol.for('psb.recordKeys.v1');
const registry = globalThis as typeof globalThis & { [SHARED]?: WeakMap<object, readonly string[]> };
const known: WeakMap<object, readonly string[]> = registry[SHARED] ?? new WeakMap();
registry[SHARED] = known;

/** The record's own keys, enumerated once per record. */
export function keysOf(record: object): readonly string[] {
  let keys = known.get(record);
  if (!keys) {
    keys = Object.keys(record);
    known.set(record, keys);
  }
  return keys;
}

/** A new record with the entries of `record`, which shares its list of keys until `forgetKeys`. */
export function copyRecord(record: Record_): Record_ {
  const keys = keysOf(record);
  const copy: Record_ = {};
  for (const key of keys) copy[key] = record[key];
  known.set(copy, keys);
  return copy;
}

/** Before a key is added to or removed from a copy: its list is not its keys any more. */
export function forgetKeys(record: object) {
  known.delete(record);
}
