import { type ComponentNode, type ComponentTreeSection, treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes.js';
import domain from './domain.js';

/** The fixture's tree: a Container "page" holding Text "title" and Button "greet" (“Greet”), and a Text "footer". */
const tree = (): ComponentTreeSection => richSnapshot().componentTree;
const node = (tree: ComponentTreeSection, id: string) => tree.nodes[id] as ComponentNode;
/** What differs between two file-form sections, as the editors hold them. */
const changes = (before: ComponentTreeSection, after: ComponentTreeSection) =>
  describeChanges(treeForEditor(before), treeForEditor(after));
const text = (id: string, content: string, parentId: string | null): ComponentNode => ({
  id,
  type: 'Text',
  props: { content },
  children: [],
  parentId,
});

describe('the component tree says what differs between two versions', () => {
  it('says nothing of equal versions, whatever the order of their props', () => {
    const after = tree();
    node(after, 'title').props = { variant: 'heading', content: 'Hello {{userName}}' };
    expect(changes(tree(), after)).toEqual([]);
  });

  it('counts the components added and removed', () => {
    const after = tree();
    for (const id of ['a', 'b', 'c']) {
      after.nodes[id] = text(id, id, 'page');
      node(after, 'page').children.push(id);
    }
    delete after.nodes.footer;
    after.rootIds = ['page'];
    expect(changes(tree(), after)).toEqual(['+3 components', '−1 component']);
  });

  it('names a changed or renamed component by its label in the tree', () => {
    const before = tree();
    node(before, 'title').props.content = 'Welcome';
    const after = structuredClone(before);
    node(after, 'title').props.content = 'Welcome aboard';
    node(after, 'greet').name = 'Submit';
    expect(changes(before, after)).toEqual(['Text “Welcome” changed', 'Button “Greet” renamed to Submit']);
  });

  it('names a component moved under another parent or among its siblings, not the siblings it passed', () => {
    const after = tree();
    node(after, 'page').children = ['greet', 'title'];
    expect(changes(tree(), after)).toEqual(['Button “Greet” moved']);

    const wrapped = tree();
    node(wrapped, 'footer').parentId = 'page';
    node(wrapped, 'page').children.push('footer');
    wrapped.rootIds = ['page'];
    expect(changes(tree(), wrapped)).toEqual(['Text “© 2026” moved']);
  });

  it('moves nothing when a sibling is added before the others', () => {
    const after = tree();
    after.nodes.first = text('first', 'First', 'page');
    node(after, 'page').children.unshift('first');
    expect(changes(tree(), after)).toEqual(['+1 component']);
  });

  it('names the first five changes and counts the rest', () => {
    const many = (count: number) => {
      const section = tree();
      for (let i = 0; i < count; i++) {
        section.nodes[`t${i}`] = text(`t${i}`, `Line ${i}`, null);
        section.rootIds.push(`t${i}`);
      }
      return section;
    };
    const changed = (count: number) => {
      const section = many(count);
      for (let i = 0; i < count; i++) node(section, `t${i}`).props.content = `Line ${i}!`;
      return section;
    };
    expect(changes(many(6), changed(6))).toHaveLength(6);
    expect(changes(many(17), changed(17))).toEqual([
      'Text “Line 0” changed',
      'Text “Line 1” changed',
      'Text “Line 2” changed',
      'Text “Line 3” changed',
      'Text “Line 4” changed',
      'and 12 more changes',
    ]);
  });

  it('compares 10,000 components, read afresh, by id', () => {
    const big = () => {
      const section: ComponentTreeSection = { nodes: {}, rootIds: [] };
      for (let i = 0; i < 10_000; i++) {
        section.nodes[`n${i}`] = text(`n${i}`, `Line ${i}`, null);
        section.rootIds.push(`n${i}`);
      }
      return section;
    };
    const after = big();
    // The last one first: only it moved.
    after.rootIds.unshift(after.rootIds.pop() as string);
    node(after, 'n5000').props.content = 'Changed';
    expect(changes(big(), after)).toEqual(['Text “Line 5000” changed', 'Text “Line 9999” moved']);
  });

  it('is the domain module’s', () => {
    expect(domain.describeChanges).toBe(describeChanges);
  });
});
