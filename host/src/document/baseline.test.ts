import { type ComponentTreeSection, checkSnapshot, type Snapshot, snapshotForEditor, treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { createHostStore } from '../store/createHostStore.js';
import { documentActions } from '../store/documentSlice.js';
import { sectionDomain } from '../testing/sectionDomain.js';
import { differsFromSaved, draftOf, newProjectDraft, prepareSave, savedAs } from './baseline.js';
import { hydrateDomains } from './hydrateDomains.js';
import { openDocument } from './openDocument.js';

/** A store with the tree and variables editors, holding the rich fixture as opened from the server. */
function opened() {
  const tree = sectionDomain('componentTree');
  const variables = sectionDomain('variables');
  const modules = [tree.domain, variables.domain];
  const { store, injectDomain } = createHostStore();
  for (const module of modules) injectDomain(module.key, module.slice.reducer);
  const opening = openDocument({ value: richSnapshot() }, 'server', { formats: {}, check: checkSnapshot });
  if (!opening.ok) throw new Error('the fixture did not open');
  const hydration = hydrateDomains(opening.snapshot, modules, store.getState());
  if (!hydration.ok) throw new Error('the fixture did not hydrate');
  store.dispatch(documentActions.opened({ snapshot: opening.snapshot, etag: '"v1"', domainStates: hydration.domainStates }));
  // An edit as the tree editor makes one: the section whole, in the editor's form.
  const editTree = (section: ComponentTreeSection) => store.dispatch(tree.changed(treeForEditor(section)));
  return { store, modules, editTree };
}

describe('prepareSave', () => {
  it('gives the document as opened, every section kept, and renames it for Save as', () => {
    const { store, modules } = opened();
    const saving = prepareSave(store.getState(), modules, checkSnapshot);
    expect(saving).toEqual({ ok: true, snapshot: snapshotForEditor(richSnapshot()), file: richSnapshot() });
    const copy = prepareSave(store.getState(), modules, checkSnapshot, { name: 'Second draft' });
    expect(copy.ok && copy.snapshot.meta.name).toBe('Second draft');
  });

  it('does not send an invalid document: it lists every problem', () => {
    const { store, modules, editTree } = opened();
    const tree = structuredClone(richSnapshot().componentTree);
    tree.rootIds.push('ghost');
    editTree(tree);
    expect(prepareSave(store.getState(), modules, checkSnapshot)).toEqual({
      ok: false,
      failure: { kind: 'invalid', from: 'editor', problems: [{ path: '/componentTree/rootIds/2', message: expect.any(String) }] },
    });
    expect(prepareSave(store.getState(), modules, checkSnapshot, { name: '' }).ok).toBe(false);
  });

  it('names the editors not loaded whose sections did not follow an edit: a bound button deleted without Action flows', () => {
    const { store, modules, editTree } = opened();
    const tree = structuredClone(richSnapshot().componentTree);
    const { greet: _deleted, ...nodes } = tree.nodes;
    const column = nodes[tree.rootIds[0] as string];
    if (column) column.children = column.children.filter((id) => id !== 'greet');
    editTree({ ...tree, nodes });
    expect(prepareSave(store.getState(), modules, checkSnapshot)).toMatchObject({
      ok: false,
      failure: { kind: 'invalid', problems: [{ path: '/actionFlows/bindings/0/nodeId' }], notLoaded: ['Action flows'] },
    });
  });
});

describe('differsFromSaved', () => {
  it('is a comparison with what was last opened or saved: an edit undone by hand is no difference', () => {
    const { store, modules, editTree } = opened();
    expect(differsFromSaved(store.getState(), modules)).toBe(false);
    const tree = structuredClone(richSnapshot().componentTree);
    tree.rootIds.reverse();
    editTree(tree);
    expect(differsFromSaved(store.getState(), modules)).toBe(true);
    editTree(structuredClone(richSnapshot().componentTree));
    expect(differsFromSaved(store.getState(), modules)).toBe(false);
    store.dispatch(documentActions.renamed('Renamed'));
    expect(differsFromSaved(store.getState(), modules)).toBe(true);
  });

  it('makes what was sent the new baseline once the server stored it', () => {
    const { store, modules, editTree } = opened();
    const tree = structuredClone(richSnapshot().componentTree);
    tree.rootIds.reverse();
    editTree(tree);
    const saving = prepareSave(store.getState(), modules, checkSnapshot);
    if (!saving.ok) throw new Error('the edit is valid');
    const meta = { ...saving.snapshot.meta, updatedAt: '2030-01-01T00:00:00.000Z' };
    store.dispatch(documentActions.saved(savedAs(saving.snapshot, { meta, etag: '"v2"' })));
    expect(differsFromSaved(store.getState(), modules)).toBe(false);
    expect(store.getState().document).toMatchObject({ etag: '"v2"', meta: { updatedAt: meta.updatedAt } });
    expect(store.getState().document.sections.componentTree).toEqual(treeForEditor(tree));
  });
});

describe('drafts', () => {
  it('leaves the meta the server assigns out of a new project', () => {
    const snapshot: Snapshot = richSnapshot();
    expect(draftOf(snapshot, 'Customer portal (my changes)').meta).toEqual({
      name: 'Customer portal (my changes)',
      description: snapshot.meta.description,
    });
    expect(checkSnapshot(draftOf(snapshot), { draft: true })).toEqual([]);
  });

  it('makes an empty project valid at the versions of the editors loaded now', () => {
    const draft = newProjectDraft('Untitled project', [sectionDomain('variables', { version: 2 }).domain]);
    expect(draft.domainVersions).toEqual({ variables: 2 });
    expect(draft.meta).toEqual({ name: 'Untitled project' });
  });
});
