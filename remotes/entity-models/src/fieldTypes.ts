import type { FieldType, ModelField } from '@psb/contracts';

/** Every field type, in the order the Type menu offers them. */
export const FIELD_TYPES: readonly FieldType[] = ['string', 'number', 'boolean', 'date', 'enum', 'reference'];

export function isFieldType(value: unknown): value is FieldType {
  return (FIELD_TYPES as readonly unknown[]).includes(value);
}

/**
 * `field` as a field of `type`, keeping its id, name and required flag. An enum starts with one value; a
 * reference points at `referenceTarget`, and cannot be made without one (undefined).
 */
export function retyped(field: ModelField, type: FieldType, referenceTarget: string | undefined): ModelField | undefined {
  const base = { id: field.id, name: field.name, required: field.required };
  switch (type) {
    case 'enum':
      return { ...base, type, values: ['value1'] };
    case 'reference':
      return referenceTarget === undefined ? undefined : { ...base, type, modelId: referenceTarget };
    default:
      return { ...base, type };
  }
}
