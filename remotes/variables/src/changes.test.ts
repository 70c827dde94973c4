import type { Variable, VariablesSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes.js';
import domain from './domain.js';

/** userName (string), count (number, current value 3, “Clicks so far”), isAdmin, profile ({ tier: 'gold' }), tags. */
const variables = (): VariablesSection => richSnapshot().variables;
const variable = (section: VariablesSection, id: string) => section.entities[id] as Variable;

describe('the variables say what differs between two versions', () => {
  it('say nothing of equal versions, whatever the order of a default’s keys', () => {
    const after = variables();
    variable(after, 'v-profile').defaultValue = { tier: 'gold' };
    expect(describeChanges(variables(), after)).toEqual([]);
  });

  it('name the variables added and removed', () => {
    const after = variables();
    after.entities['v-total'] = { id: 'v-total', name: 'total', type: 'number', defaultValue: 0 };
    after.ids.push('v-total');
    delete after.entities['v-tags'];
    after.ids = after.ids.filter((id) => id !== 'v-tags');
    expect(describeChanges(variables(), after)).toEqual(['variable total added', 'variable tags removed']);
  });

  it('call the same id under a new name a rename, and name what else changed by the new name', () => {
    const after = variables();
    Object.assign(variable(after, 'v-count'), { name: 'total', type: 'string', defaultValue: '0' });
    variable(after, 'v-admin').description = 'Sees the admin tools';
    variable(after, 'v-profile').defaultValue = { tier: 'silver' };
    expect(describeChanges(variables(), after)).toEqual([
      'variable count renamed to total',
      'variable total: type changed to string',
      'variable total: default changed',
      'variable isAdmin: description changed',
      'variable profile: default changed',
    ]);
  });

  it('tell of a changed current value, which is saved too', () => {
    const after = variables();
    after.values = { 'v-count': 4 };
    expect(describeChanges(variables(), after)).toEqual(['variable count: current value changed']);
    expect(describeChanges(variables(), { ...variables(), values: {} })).toEqual(['variable count: current value changed']);
  });

  it('name the first five changes and count the rest', () => {
    const after = variables();
    for (const id of after.ids) variable(after, id).description = 'Changed';
    after.ids.push('v-a', 'v-b');
    after.entities['v-a'] = { id: 'v-a', name: 'a', type: 'string', defaultValue: '' };
    after.entities['v-b'] = { id: 'v-b', name: 'b', type: 'string', defaultValue: '' };
    expect(describeChanges(variables(), after)).toEqual([
      'variable userName: description changed',
      'variable count: description changed',
      'variable isAdmin: description changed',
      'variable profile: description changed',
      'variable tags: description changed',
      'and 2 more changes',
    ]);
  });

  it('is the domain module’s', () => {
    expect(domain.describeChanges).toBe(describeChanges);
  });
});
