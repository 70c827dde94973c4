import { snapshotForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { needsConfirmation, usageOf } from './usage.js';

const { componentTree, actionFlows } = snapshotForEditor(richSnapshot());

describe('usageOf', () => {
  it('names the components and flow steps that use a variable', () => {
    const usage = usageOf({ id: 'v-name', name: 'userName' }, { componentTree, actionFlows });
    expect(usage.unchecked).toEqual([]);
    expect(usage.uses.map((use) => use.path)).toEqual([
      '/componentTree/nodes/title/props/content',
      '/actionFlows/flows/flow-greet/steps/1/thenSteps/0',
    ]);
    expect(usage.uses.every((use) => use.description.length > 0)).toBe(true);
    expect(needsConfirmation(usage)).toBe(true);
  });

  it('finds no use of an unused variable, and then needs no confirmation', () => {
    const usage = usageOf({ id: 'v-tags', name: 'tags' }, { componentTree, actionFlows });
    expect(usage).toEqual({ uses: [], unchecked: [] });
    expect(needsConfirmation(usage)).toBe(false);
  });

  it('says which sections it could not check, and then asks anyway', () => {
    const usage = usageOf({ id: 'v-tags', name: 'tags' }, { componentTree: undefined, actionFlows: undefined });
    expect(usage).toEqual({ uses: [], unchecked: ['the component tree', 'the action flows'] });
    expect(needsConfirmation(usage)).toBe(true);
    const partly = usageOf({ id: 'v-name', name: 'userName' }, { componentTree, actionFlows: undefined });
    expect(partly.uses).toHaveLength(1);
    expect(partly.unchecked).toEqual(['the action flows']);
  });
});
