import { keysOf } from '../../recordKeys.js';
import type { ComponentNode } from './section.js';

// The tree's nodes as the editors hold them: in 256 buckets by a hash of the id, so that an edit copies one bucket
// (about n / 256 nodes) and the list of buckets instead of every node. At 50,000 nodes a key press copied 5.4 ms of
// entries in Chromium, the one cost of typing that grew with the page; one bucket takes under 0.1 ms. The undo
// history, the unsaved-changes check and the canvas compare objects by identity, so they skip the buckets an edit
// did not touch. Files keep the plain record by id: the host converts at its edges (componentTreeFormat).

/** One bucket: the nodes whose ids hash to it, by id. */
export type NodeBucket = Readonly<Record<string, ComponentNode>>;

/**
 * Buckets by number, 0 to 255. A bucket is there only while it holds a node: equal trees make equal tables. Indexed
 * by number only, so that reading it by a node's id (`nodes[id]`, the record's way) does not compile.
 */
export type NodeTable = Readonly<Record<number, NodeBucket>>;

/** A table as an Immer draft of it is written to, by `putNode` and `dropNode`. */
export type DraftNodeTable = Record<number, Record<string, ComponentNode>>;

const BUCKETS = 256;

/**
 * The bucket of `id`: the low 8 bits of its FNV-1a hash. A number, which reads a table as an array index does:
 * building a table of 50,000 nodes took 20 ms with the bucket's name as a string, 12 ms with its number.
 */
export function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash & (BUCKETS - 1);
}

/** The node `id`, or undefined when the table has none (a key such as "constructor" is not a node). */
export function nodeOf(table: NodeTable, id: string): ComponentNode | undefined {
  const bucket = table[bucketOf(id)];
  return bucket !== undefined && Object.hasOwn(bucket, id) ? bucket[id] : undefined;
}

export const hasNode = (table: NodeTable, id: string): boolean => nodeOf(table, id) !== undefined;

/** `table` with `node` in it, new or replacing the node of its id: its bucket and the list of buckets are copied. */
export function withNode(table: NodeTable, node: ComponentNode): NodeTable {
  const key = bucketOf(node.id);
  return Object.freeze({ ...table, [key]: Object.freeze({ ...table[key], [node.id]: node }) });
}

/** Puts `node` into a table being drafted (Immer), new or replacing the node of its id. */
export function putNode(table: DraftNodeTable, node: ComponentNode): void {
  const key = bucketOf(node.id);
  const bucket = table[key] ?? {};
  bucket[node.id] = node;
  table[key] = bucket;
}

/** Takes node `id` out of a table being drafted (Immer), and its bucket when that is left empty. */
export function dropNode(table: DraftNodeTable, id: string): void {
  const key = bucketOf(id);
  const bucket = table[key];
  if (bucket === undefined || !Object.hasOwn(bucket, id)) return;
  delete bucket[id];
  for (const _ in bucket) return;
  delete table[key];
}

/** Calls `visit` with every node, bucket by bucket. */
export function forEachNode(table: NodeTable, visit: (node: ComponentNode, id: string) => void): void {
  for (const bucket of Object.values(table)) {
    for (const id in bucket) visit(bucket[id] as ComponentNode, id);
  }
}

/**
 * Calls `visit` with every node of `table` in a bucket that is not the very bucket `other` holds at its place: of
 * a table made from another by edits, only the nodes of the buckets they copied.
 */
export function forEachNodeChanged(table: NodeTable, other: NodeTable, visit: (node: ComponentNode, id: string) => void) {
  for (const key of Object.keys(table)) {
    const bucket = table[Number(key)] as NodeBucket;
    if (bucket !== other[Number(key)]) for (const id in bucket) visit(bucket[id] as ComponentNode, id);
  }
}

export function countNodes(table: NodeTable): number {
  let count = 0;
  for (const bucket of Object.values(table)) count += keysOf(bucket).length;
  return count;
}

/**
 * The table of a file's record of nodes, frozen when the record is (a checked document's is, and its nodes with
 * it): a record not frozen may hold nodes that are not, and the editor that takes it freezes it whole.
 */
export function nodeTable(record: Readonly<Record<string, ComponentNode>>): NodeTable {
  const table: DraftNodeTable = {};
  // The check that came before listed the record's keys into the shared cache (keysOf): not listed again.
  for (const id of keysOf(record)) {
    const key = bucketOf(id);
    const bucket = table[key];
    if (bucket) bucket[id] = record[id] as ComponentNode;
    else table[key] = { [id]: record[id] as ComponentNode };
  }
  if (!Object.isFrozen(record)) return table;
  for (const bucket of Object.values(table)) Object.freeze(bucket);
  return Object.freeze(table);
}

/**
 * A file's record of the table's nodes, bucket by bucket. The order of a record's keys means nothing to a reader of
 * the file; in the page's order, the walk's lookups made a save of 50,000 nodes take 8 ms more.
 */
export function nodeRecord(table: NodeTable): Record<string, ComponentNode> {
  const record: Record<string, ComponentNode> = {};
  forEachNode(table, (node, id) => {
    record[id] = node;
  });
  return record;
}

/** The table's nodes in the page's order (depth first from `rootIds`), then those the walk does not reach. */
export function pageOrder(table: NodeTable, rootIds: readonly string[]): ComponentNode[] {
  const nodes: ComponentNode[] = [];
  const seen = new Set<string>();
  const stack = [...rootIds].reverse();
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = nodeOf(table, id);
    if (node === undefined || seen.has(id)) continue;
    seen.add(id);
    nodes.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as string);
  }
  if (nodes.length < countNodes(table)) {
    forEachNode(table, (node, id) => {
      if (!seen.has(id)) nodes.push(node);
    });
  }
  return nodes;
}
