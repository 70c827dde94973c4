import { type TObject, Type } from '@sinclair/typebox';
import type { ComponentSpec } from '../catalogue.js';

const schemas = new Map<string, TObject>();

/** A type's props as a node holds them: every prop optional, no other (the defaults fill in the rest). */
export function nodePropsSchema(spec: ComponentSpec): TObject {
  let schema = schemas.get(spec.type);
  if (!schema) {
    schema = Type.Partial(spec.props, { additionalProperties: false });
    schemas.set(spec.type, schema);
  }
  return schema;
}
