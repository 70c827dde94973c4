import { defineFormat } from '../format.js';
import { type NodeTable, nodeRecord, nodeTable, pageOrder } from './nodeTable.js';
import type { ComponentNode, ComponentTreeSection } from './section.js';

// The lean half of the section (no TypeBox): the shell starts a document with it, a remote upgrades with it.

/** The tree as its editors hold it: the file's section with its nodes in a table of buckets (nodeTable.ts). */
export type ComponentTree = Omit<ComponentTreeSection, 'nodes'> & { nodes: NodeTable };

/** An empty tree, which a file and an editor hold alike. */
export const emptyComponentTree = (): ComponentTreeSection & ComponentTree => ({ nodes: {}, rootIds: [] });

/** The file's form of each tree, kept by tree: a document is kept as a draft, saved and exported alike. */
const fileForms = new WeakMap<ComponentTree, ComponentTreeSection>();

/** A file's tree as its editors hold it. */
export const treeForEditor = (section: ComponentTreeSection): ComponentTree => ({ ...section, nodes: nodeTable(section.nodes) });

/** An editor's tree as a file holds it. */
export function treeForFile(tree: ComponentTree): ComponentTreeSection {
  let section = fileForms.get(tree);
  if (!section) {
    section = { ...tree, nodes: nodeRecord(tree.nodes) };
    fileForms.set(tree, section);
  }
  return section;
}

/** Every node of `tree` in the page's order (depth first from the roots), listed once per tree: for pickers and searches. */
export function nodesInPageOrder(tree: ComponentTree): ComponentNode[] {
  let nodes = pageOrders.get(tree);
  if (!nodes) {
    nodes = pageOrder(tree.nodes, tree.rootIds);
    pageOrders.set(tree, nodes);
  }
  return nodes;
}

const pageOrders = new WeakMap<ComponentTree, ComponentNode[]>();

/** Version 1; a new version adds its migration here, with a test (see migrations.test.ts beside the registry). */
export const componentTreeFormat = defineFormat<'componentTree', ComponentTreeSection>({
  key: 'componentTree',
  version: 1,
  migrations: {},
  emptySection: emptyComponentTree,
  toEditor: treeForEditor,
  toFile: treeForFile,
});
