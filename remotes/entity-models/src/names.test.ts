import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { fieldNameProblem, modelNameProblem } from './names.js';

const section = richSnapshot().entityModels;
const customer = section.entities['m-customer'];
if (!customer) throw new Error('the fixture has a Customer model');

describe('names', () => {
  it('lets a model keep its own name but not take another model’s, nor a non-identifier', () => {
    expect(modelNameProblem(section, 'm-customer', 'Customer')).toBeUndefined();
    expect(modelNameProblem(section, 'm-customer', 'Order')).toBe('Another model is already named "Order".');
    expect(modelNameProblem(section, undefined, 'Customer')).toBe('Another model is already named "Customer".');
    expect(modelNameProblem(section, 'm-customer', 'has space')).toMatch(/^Use letters/);
  });

  it('checks a field name against the other fields of its model only', () => {
    expect(fieldNameProblem(customer, 'f-name', 'name')).toBeUndefined();
    expect(fieldNameProblem(customer, 'f-name', 'placedAt')).toBeUndefined();
    expect(fieldNameProblem(customer, 'f-name', 'tier')).toBe('Another field of this model is already named "tier".');
    expect(fieldNameProblem(customer, 'f-name', '')).toMatch(/^Use letters/);
  });
});
