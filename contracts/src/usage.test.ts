import { describe, expect, it } from 'vitest';
import { snapshotForEditor } from './editorSnapshot.js';
import { richSnapshot } from './testing/fixtures.js';
import { variableUses } from './usage.js';

describe('variableUses', () => {
  it('names every component prop and flow step that uses a variable, by name or by id', () => {
    const s = snapshotForEditor(richSnapshot());
    expect(variableUses({ id: 'v-name', name: 'userName' }, s).map((u) => u.description)).toEqual([
      'Text “Text”, Content',
      'Flow “Greet”, step 2.1 (showToast)',
    ]);
    expect(variableUses({ id: 'v-count', name: 'count' }, s).map((u) => u.path)).toEqual([
      '/actionFlows/flows/flow-greet/steps/0',
      '/actionFlows/flows/flow-greet/steps/1',
      '/actionFlows/flows/flow-greet/steps/1/elseSteps/0',
    ]);
    expect(variableUses({ id: 'v-tags', name: 'tags' }, s)).toEqual([]);
  });

  it('finds a variable bound to an Input or a List by id', () => {
    const file = richSnapshot();
    file.componentTree.nodes.footer = {
      id: 'footer',
      type: 'List',
      name: 'Tags',
      props: { items: 'v-tags' },
      children: [],
      parentId: null,
    };
    file.componentTree.rootIds.push('footer');
    expect(variableUses({ id: 'v-tags', name: 'tags' }, snapshotForEditor(file))).toEqual([
      { domain: 'componentTree', path: '/componentTree/nodes/footer/props/items', description: 'List “Tags”, Items' },
    ]);
  });
});
