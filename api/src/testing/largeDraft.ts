import { isDeepStrictEqual } from 'node:util';
import type { Snapshot, SnapshotDraft } from '@psb/contracts';
import { draft } from './tempStore.js';

/** A valid draft of about `bytes` bytes: the rich fixture with a long page of text blocks. */
export function largeDraft(name: string, bytes = 1_000_000): SnapshotDraft {
  const base = draft(name);
  const tree = structuredClone(base.componentTree);
  const page = tree.nodes.page as { children: string[] };
  const text = `${name} `.padEnd(240, 'lorem ipsum dolor sit amet ');
  const block = (id: string) => ({ id, type: 'Text', props: { content: text }, children: [], parentId: 'page' });
  const perBlock = JSON.stringify({ 'block-00000': block('block-00000') }).length + '"block-00000",'.length;
  const count = Math.max(0, Math.ceil((bytes - JSON.stringify(base).length) / perBlock));
  for (let i = 0; i < count; i++) {
    const id = `block-${String(i).padStart(5, '0')}`;
    tree.nodes[id] = block(id);
    page.children.push(id);
  }
  return { ...base, componentTree: tree };
}

/** Whether a stored snapshot is this draft as sent, whatever the server stamped (id and dates). */
export function isStoredDraft(stored: Snapshot, sent: SnapshotDraft): boolean {
  const { id: _id, createdAt: _c, updatedAt: _u, ...meta } = stored.meta;
  return isDeepStrictEqual({ ...stored, meta }, sent);
}
