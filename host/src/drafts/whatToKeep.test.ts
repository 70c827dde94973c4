import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentState } from '../store/documentSlice.js';
import { planDraft, sameDocument } from './whatToKeep.js';

const open: DocumentState = {
  status: 'open',
  id: 'p1',
  etag: '"v3"',
  meta: { name: 'Portal' },
  savedMeta: { name: 'Portal' },
  sections: {},
  versions: {},
  ui: {},
  save: 'idle',
  dialog: null,
  draft: 'none',
  offer: null,
  fromDraft: false,
  edited: true,
};
const NOW = new Date('2026-12-05T14:32:00.000Z');

describe('what the browser keeps of the open document', () => {
  it('the document as Save would send it, on the ETag it changes, when it differs from the saved version', () => {
    const snapshot = richSnapshot();
    expect(planDraft(open, { dirty: true, opening: false }, () => snapshot, NOW)).toEqual({
      id: 'p1',
      keep: { snapshot, etag: '"v3"', keptAt: '2026-12-05T14:32:00.000Z' },
    });
  });

  it('no draft once it equals the saved version', () => {
    const assemble = vi.fn(richSnapshot);
    expect(planDraft(open, { dirty: false, opening: false }, assemble)).toEqual({ id: 'p1', remove: true });
    expect(assemble).not.toHaveBeenCalled();
  });

  it('nothing for a difference the person did not make (a section upgraded by an editor that loaded late)', () => {
    expect(planDraft({ ...open, edited: false }, { dirty: true, opening: false }, richSnapshot)).toBeUndefined();
  });

  it('nothing while a project opens, while kept changes are offered, or with no project open', () => {
    expect(planDraft(open, { dirty: true, opening: true }, richSnapshot)).toBeUndefined();
    expect(
      planDraft({ ...open, offer: { keptAt: NOW.toISOString() } }, { dirty: true, opening: false }, richSnapshot),
    ).toBeUndefined();
    expect(planDraft({ ...open, status: 'failed' }, { dirty: true, opening: false }, richSnapshot)).toBeUndefined();
  });

  it('counts the same sections under the same name as the same document, whatever the selection', () => {
    const a = richSnapshot();
    expect(sameDocument(a, { ...a, ui: { selectedNodeId: 'title' } })).toBe(true);
    expect(sameDocument(a, { ...a, meta: { ...a.meta, name: 'Other' } })).toBe(false);
    expect(sameDocument(a, { ...a, variables: structuredClone(a.variables) })).toBe(false);
  });
});
