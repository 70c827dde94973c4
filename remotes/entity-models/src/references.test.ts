import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { hasOtherModel, isDangling, referenceTargets, referrersOf } from './references.js';

const section = richSnapshot().entityModels;

describe('references', () => {
  it('lists the fields of other models that point at a model', () => {
    expect(referrersOf(section, 'm-customer')).toEqual([{ modelName: 'Order', fieldName: 'customer' }]);
    expect(referrersOf(section, 'm-order')).toEqual([]);
  });

  it('does not count a model pointing at itself: it goes with the model', () => {
    const own = richSnapshot().entityModels;
    own.entities['m-customer']?.fields.push({
      id: 'f-self',
      name: 'referrer',
      type: 'reference',
      modelId: 'm-customer',
      required: false,
    });
    expect(referrersOf(own, 'm-customer')).toEqual([{ modelName: 'Order', fieldName: 'customer' }]);
  });

  it('offers every other model as a target, in order', () => {
    expect(referenceTargets(section, 'm-order').map((m) => m.id)).toEqual(['m-customer']);
    expect(referenceTargets({ entities: {}, ids: [] }, 'm-order')).toEqual([]);
  });

  it('knows whether another model exists to point at', () => {
    expect(hasOtherModel(section, 'm-order')).toBe(true);
    expect(hasOtherModel({ ids: ['m-order'], entities: {} }, 'm-order')).toBe(false);
  });

  it('calls a reference to a model that is not there dangling', () => {
    expect(isDangling(section, 'm-customer')).toBe(false);
    expect(isDangling(section, 'ghost')).toBe(true);
    expect(isDangling(section, 'constructor')).toBe(true);
  });
});
