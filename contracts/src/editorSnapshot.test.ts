import { describe, expect, it } from 'vitest';
import { snapshotForEditor, snapshotForFile } from './editorSnapshot.js';
import { nodeOf, withNode } from './sections/componentTree/nodeTable.js';
import { richSnapshot } from './testing/fixtures.js';

describe('a document in the editors’ form and back', () => {
  it('holds the tree’s nodes by id in a table, and gives back the same document, converted once per tree', () => {
    const file = richSnapshot();
    const editor = snapshotForEditor(file);
    expect(nodeOf(editor.componentTree.nodes, 'title')).toBe(file.componentTree.nodes.title);
    expect(editor.variables).toBe(file.variables);
    const back = snapshotForFile(editor);
    expect(back).toEqual(file);
    expect(snapshotForFile(editor).componentTree).toBe(back.componentTree);
  });

  it('writes an edited tree with every node kept by its id', () => {
    const file = richSnapshot();
    const editor = snapshotForEditor(file);
    const title = nodeOf(editor.componentTree.nodes, 'title');
    if (!title) throw new Error('the fixture has a title');
    const edited = {
      ...editor,
      componentTree: { ...editor.componentTree, nodes: withNode(editor.componentTree.nodes, { ...title, name: 'Hero' }) },
    };
    const written = snapshotForFile(edited).componentTree;
    expect(written.nodes.title?.name).toBe('Hero');
    expect(Object.keys(written.nodes).sort()).toEqual(Object.keys(file.componentTree.nodes).sort());
    expect(written.rootIds).toBe(file.componentTree.rootIds);
  });

  it('leaves a section at a version this build does not write as the file has it', () => {
    const file = { ...richSnapshot(), domainVersions: { componentTree: 2 } };
    const editor = snapshotForEditor(file);
    expect(editor.componentTree).toBe(file.componentTree);
    expect(snapshotForFile(editor).componentTree).toBe(file.componentTree);
  });
});
