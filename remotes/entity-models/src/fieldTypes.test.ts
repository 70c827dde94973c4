import type { ModelField } from '@psb/contracts';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES, isFieldType, retyped } from './fieldTypes.js';

const tier: ModelField = { id: 'f-tier', name: 'tier', type: 'enum', values: ['gold'], required: true };

describe('field types', () => {
  it('knows the six types and nothing else', () => {
    expect(FIELD_TYPES).toEqual(['string', 'number', 'boolean', 'date', 'enum', 'reference']);
    expect(FIELD_TYPES.every(isFieldType)).toBe(true);
    for (const other of ['object', '', undefined, 3]) expect(isFieldType(other)).toBe(false);
  });

  it('keeps id, name and required, and gives each type only its own extra property', () => {
    expect(retyped(tier, 'date', 'm-order')).toEqual({ id: 'f-tier', name: 'tier', type: 'date', required: true });
    expect(retyped(tier, 'enum', undefined)).toEqual({ ...tier, values: ['value1'] });
    expect(retyped(tier, 'reference', 'm-order')).toEqual({
      id: 'f-tier',
      name: 'tier',
      type: 'reference',
      modelId: 'm-order',
      required: true,
    });
  });

  it('makes no reference without a model to point at', () => {
    expect(retyped(tier, 'reference', undefined)).toBeUndefined();
  });
});
