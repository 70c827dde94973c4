import type { DomainModule } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { sectionDomain } from '../testing/sectionDomain.js';
import { describeDifferences } from './describeDifferences.js';

/** The test domain of `key`, titled as people read it, with `describeChanges` when given. */
function domain(key: 'componentTree' | 'variables', title: string, describeChanges?: DomainModule['describeChanges']) {
  return { ...sectionDomain(key).domain, title, ...(describeChanges ? { describeChanges } : {}) } as DomainModule;
}

const tree = (count: number) => ({ rootIds: Array.from({ length: count }, (_, i) => `n${i}`), nodes: {} });
const counting = (before: unknown, after: unknown) => {
  const added = (after as { rootIds: string[] }).rootIds.length - (before as { rootIds: string[] }).rootIds.length;
  return [`+${added} components`];
};

describe('describeDifferences', () => {
  it('says what each domain that differs would change, in its own words, and nothing of the equal ones', () => {
    const modules = [domain('componentTree', 'Component tree', counting), domain('variables', 'Variables')];
    const vars = { ids: [], entities: {} };
    const differences = describeDifferences(
      modules,
      { name: 'Portal', sections: { componentTree: tree(1), variables: vars } },
      { name: 'Portal', sections: { componentTree: tree(4), variables: structuredClone(vars) } },
    );
    expect(differences).toEqual([{ key: 'componentTree', title: 'Component tree', changes: ['+3 components'], described: true }]);
  });

  it('says "<title> changed" for a domain without words, whose words throw, or for a section no domain reads', () => {
    const throwing = () => {
      throw new Error('not this one');
    };
    const modules = [domain('componentTree', 'Component tree', throwing), domain('variables', 'Variables')];
    const differences = describeDifferences(
      modules,
      { name: 'Portal', sections: { componentTree: tree(1), variables: { ids: ['a'] }, analytics: { funnels: [] } } },
      { name: 'Portal', sections: { componentTree: tree(2), variables: { ids: ['b'] }, analytics: { funnels: [1] } } },
      (key) => (key === 'analytics' ? 'Analytics' : key),
    );
    expect(differences.map((d) => [d.title, d.changes, d.described])).toEqual([
      ['Component tree', ['Component tree changed'], false],
      ['Variables', ['Variables changed'], false],
      ['Analytics', ['Analytics changed'], false],
    ]);
  });

  it('says the project would be renamed, first', () => {
    const differences = describeDifferences([], { name: 'Portal', sections: {} }, { name: 'Old portal', sections: {} });
    expect(differences).toEqual([{ key: 'meta', title: 'Project', changes: ['renamed to “Old portal”'], described: true }]);
  });

  it('does not believe a domain that says nothing of sections that differ', () => {
    const silent = () => [];
    const differences = describeDifferences(
      [domain('componentTree', 'Component tree', silent)],
      { name: 'P', sections: { componentTree: tree(1) } },
      { name: 'P', sections: { componentTree: tree(2) } },
    );
    expect(differences[0]?.changes).toEqual(['Component tree changed']);
  });
});
