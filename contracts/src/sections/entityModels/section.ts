import { type Static, Type } from '@sinclair/typebox';
import { sectionChecks } from '../../compiled/schemaChecks.js';
import { ById, Id, Identifier } from '../../primitives.js';
import { type Problem, ProblemList, pointer } from '../../problem.js';
import { defineSection } from '../definition.js';
import { checkEntityState, checkUniqueNames } from '../entityState.js';
import { entityModelsFormat } from './format.js';

const fieldBase = { id: Id, name: Identifier, required: Type.Boolean() };

export const ScalarField = Type.Object(
  {
    ...fieldBase,
    type: Type.Union([Type.Literal('string'), Type.Literal('number'), Type.Literal('boolean'), Type.Literal('date')]),
  },
  { additionalProperties: false },
);
export const EnumField = Type.Object(
  { ...fieldBase, type: Type.Literal('enum'), values: Type.Array(Type.String({ minLength: 1 }), { minItems: 1 }) },
  { additionalProperties: false },
);
/** Points at another model. It may dangle after that model is deleted: the editor shows it, never drops it. */
export const ReferenceField = Type.Object(
  { ...fieldBase, type: Type.Literal('reference'), modelId: Id },
  { additionalProperties: false },
);
export const ModelField = Type.Union([ScalarField, EnumField, ReferenceField]);
export type ModelField = Static<typeof ModelField>;
export type FieldType = ModelField['type'];

export const EntityModel = Type.Object(
  { id: Id, name: Identifier, fields: Type.Array(ModelField) },
  { additionalProperties: false },
);
export type EntityModel = Static<typeof EntityModel>;

export const EntityModelsSection = Type.Object(
  { entities: ById(EntityModel), ids: Type.Array(Id) },
  { additionalProperties: false },
);
export type EntityModelsSection = Static<typeof EntityModelsSection>;

export function checkEntityModels(section: EntityModelsSection, problems = new ProblemList(), at = ['entityModels']): Problem[] {
  checkEntityState(section, at, 'model', problems);
  const models = Object.entries(section.entities);
  checkUniqueNames(
    models.map(([key, m]) => ({ name: m.name, path: [...at, 'entities', key] })),
    'model',
    problems,
  );
  for (const [key, model] of models) {
    if (problems.full) break;
    const fieldsAt = [...at, 'entities', key, 'fields'];
    checkUniqueNames(
      model.fields.map((f, i) => ({ name: f.name, path: [...fieldsAt, i] })),
      'field of this model',
      problems,
    );
    const ids = new Set<string>();
    for (const [i, field] of model.fields.entries()) {
      if (problems.full) break;
      if (ids.has(field.id)) problems.add(pointer(...fieldsAt, i, 'id'), `The field id "${field.id}" is used twice.`);
      ids.add(field.id);
      if (field.type === 'enum' && new Set(field.values).size !== field.values.length) {
        problems.add(pointer(...fieldsAt, i, 'values'), 'The enum values must be distinct.');
      }
    }
  }
  return problems.problems;
}

/** The entityModels section: its format, schema and checks in one place (sections/registry.ts lists it). */
export const entityModelsSection = defineSection({
  ...entityModelsFormat,
  schema: EntityModelsSection,
  fits: sectionChecks.entityModels,
  integrity: (section, _valid, problems) => checkEntityModels(section, problems),
});
