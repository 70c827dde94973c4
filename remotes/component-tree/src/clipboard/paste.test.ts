import { checkSnapshot, emptyActionFlows, nodeOf, treeForEditor, treeForFile } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import domain from '../domain.js';
import { type ComponentTreeState, componentTreeSlice, selected, selectSnapshot, toggled } from '../slice.js';
import { missingReferences, pasteEvent } from './paste.js';
import { type ClipboardPayload, copiedPayload } from './payload.js';

const { reducer } = componentTreeSlice;
const fixture = richSnapshot();
/** The fixture's tree as the editor holds it. */
const fixtureTree = treeForEditor(fixture.componentTree);
/** The fixture's Container with its heading and bound button, as copied. */
const container = copiedPayload(fixtureTree, 'page', fixture.actionFlows) as ClipboardPayload;
const treeWith = (selectedNodeId?: string) =>
  reducer(undefined, domain.hydrateFromSnapshot(fixtureTree, selectedNodeId ? { selectedNodeId } : undefined));
let counter = 0;
const newId = () => `new-${++counter}`;
const paste = (tree: ComponentTreeState, payload = container) => {
  const event = pasteEvent(payload, tree, newId);
  return { event, after: reducer(tree, event) };
};

describe('pasting components', () => {
  it('pastes a copy with every id new, its bindings pointing at the new nodes, and selects it', () => {
    const { event, after } = paste(treeWith());
    const { nodes, rootId, bindings } = event.payload;
    expect(Object.keys(nodes).some((id) => id in fixture.componentTree.nodes)).toBe(false);
    expect(after.rootIds).toEqual(['page', 'footer', rootId]);
    expect(after.selectedId).toBe(rootId);
    const root = nodeOf(after.nodes, rootId);
    expect(root?.children.map((id) => nodeOf(after.nodes, id)?.type)).toEqual(['Text', 'Button']);
    expect(root?.children.map((id) => nodeOf(after.nodes, id)?.parentId)).toEqual([rootId, rootId]);
    expect(nodeOf(after.nodes, root?.children[0] as string)?.props).toEqual(fixture.componentTree.nodes.title?.props);
    expect(bindings).toEqual([
      { ...fixture.actionFlows.bindings[0], id: expect.not.stringMatching(/^b1$/), nodeId: root?.children[1] },
    ]);
    // The copy and the bindings make a project that could be saved.
    const actionFlows = { ...fixture.actionFlows, bindings: [...fixture.actionFlows.bindings, ...bindings] };
    expect(checkSnapshot({ ...richSnapshot(), componentTree: treeForFile(selectSnapshot(after)), actionFlows })).toEqual([]);
  });

  it('goes into the selected container, after the selected leaf, or last at the root', () => {
    // Into a collapsed container, which opens so that the pasted row is seen.
    const into = paste(reducer(treeWith('page'), toggled({ id: 'page', expanded: false })));
    expect(nodeOf(into.after.nodes, 'page')?.children.at(-1)).toBe(into.event.payload.rootId);
    expect(into.after.collapsed).toEqual({});
    const after = paste(treeWith('title'));
    expect(nodeOf(after.after.nodes, 'page')?.children).toEqual(['title', after.event.payload.rootId, 'greet']);
    const root = paste(reducer(treeWith('title'), selected(null)));
    expect(root.after.rootIds.at(-1)).toBe(root.event.payload.rootId);
  });

  it('changes nothing for an event that does not fit the tree now', () => {
    const tree = treeWith('page');
    const { event } = paste(tree);
    expect(reducer(tree, { ...event, payload: { ...event.payload, place: { parentId: 'gone', index: 0 } } })).toBe(tree);
    expect(reducer(tree, { ...event, payload: { ...event.payload, place: { parentId: null, index: 9 } } })).toBe(tree);
    const pastedTwice = reducer(tree, event);
    expect(reducer(pastedTwice, event)).toBe(pastedTwice);
  });

  it('says what the pasted components name that this project does not have', () => {
    const here = { flows: fixture.actionFlows, variables: fixture.variables };
    expect(missingReferences(container, here.flows, here.variables)).toEqual([]);
    const input = {
      id: 'in',
      type: 'Input',
      props: { variable: 'v-elsewhere', label: '{{city}} {{userName}}' },
      children: [],
      parentId: 'page',
    };
    const withInput = {
      ...container,
      nodes: { ...container.nodes, in: input, page: { ...container.nodes.page, children: ['title', 'greet', 'in'] } },
    } as ClipboardPayload;
    expect(missingReferences(withInput, emptyActionFlows(), { ids: [], entities: {} })).toEqual([
      'A binding runs a flow this project does not have: it is marked missing under Bindings; choose a flow for it or delete it to save.',
      'Not a variable in this project: userName, city.',
      'A component uses a variable this project does not have.',
    ]);
  });
});
