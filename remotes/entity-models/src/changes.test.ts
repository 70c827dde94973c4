import type { EntityModel, EntityModelsSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes.js';
import domain from './domain.js';

/** Customer (name, tier: enum gold/silver) and Order (customer: a reference to Customer, placedAt). */
const models = (): EntityModelsSection => richSnapshot().entityModels;
const model = (section: EntityModelsSection, id: string) => section.entities[id] as EntityModel;

describe('the entity models say what differs between two versions', () => {
  it('say nothing of equal versions, whatever the order of a field’s keys', () => {
    const after = models();
    model(after, 'm-customer').fields[0] = { type: 'string', required: true, name: 'name', id: 'f-name' };
    expect(describeChanges(models(), after)).toEqual([]);
  });

  it('name the models added, renamed and removed', () => {
    const after = models();
    after.entities['m-invoice'] = { id: 'm-invoice', name: 'Invoice', fields: [] };
    after.ids.push('m-invoice');
    model(after, 'm-customer').name = 'Client';
    delete after.entities['m-order'];
    after.ids = after.ids.filter((id) => id !== 'm-order');
    expect(describeChanges(models(), after)).toEqual([
      'model Customer renamed to Client',
      'model Invoice added',
      'model Order removed',
    ]);
  });

  it('count the fields added, removed and changed in each model', () => {
    const after = models();
    const customer = model(after, 'm-customer');
    customer.fields.push(
      { id: 'f-email', name: 'email', type: 'string', required: false },
      { id: 'f-born', name: 'born', type: 'date', required: false },
    );
    customer.fields[1] = { id: 'f-tier', name: 'tier', type: 'enum', values: ['gold', 'silver', 'bronze'], required: false };
    model(after, 'm-order').fields.pop();
    expect(describeChanges(models(), after)).toEqual([
      'model Customer: 2 fields added',
      'model Customer: 1 field changed',
      'model Order: 1 field removed',
    ]);
  });

  it('tell of fields put in another order, but not of fields after a removed one', () => {
    const after = models();
    model(after, 'm-customer').fields.reverse();
    model(after, 'm-order').fields.shift();
    expect(describeChanges(models(), after)).toEqual(['model Customer: fields reordered', 'model Order: 1 field removed']);
  });

  it('name the first five changes and count the rest', () => {
    const before = models();
    const after = models();
    for (const name of ['A', 'B', 'C', 'D', 'E', 'F', 'G']) {
      after.entities[`m-${name}`] = { id: `m-${name}`, name, fields: [] };
      after.ids.push(`m-${name}`);
    }
    expect(describeChanges(before, after)).toEqual([
      'model A added',
      'model B added',
      'model C added',
      'model D added',
      'model E added',
      'and 2 more changes',
    ]);
  });

  it('is the domain module’s', () => {
    expect(domain.describeChanges).toBe(describeChanges);
  });
});
