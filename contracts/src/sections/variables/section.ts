import { type Static, Type } from '@sinclair/typebox';
import { sectionChecks } from '../../compiled/schemaChecks.js';
import { ById, Id, Identifier, Json } from '../../primitives.js';
import { type Problem, ProblemList, pointer } from '../../problem.js';
import { defineSection } from '../definition.js';
import { checkEntityState, checkUniqueNames } from '../entityState.js';
import { variablesFormat } from './format.js';
import { fitsVariableType, VARIABLE_TYPES } from './variableTypes.js';

export { fitsVariableType, VARIABLE_TYPES } from './variableTypes.js';

export const VariableType = Type.Union(VARIABLE_TYPES.map((t) => Type.Literal(t)));
export type VariableType = (typeof VARIABLE_TYPES)[number];

export const Variable = Type.Object(
  {
    id: Id,
    /** Unique among variables; how expressions refer to it: `{{name}}`. */
    name: Identifier,
    type: VariableType,
    defaultValue: Json,
    description: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type Variable = Static<typeof Variable>;

export const VariablesSection = Type.Object(
  {
    entities: ById(Variable),
    ids: Type.Array(Id),
    /** Values at run time (e.g. the preview's), kept apart from the defaults. */
    values: Type.Optional(Type.Record(Type.String(), Json)),
  },
  { additionalProperties: false },
);
export type VariablesSection = Static<typeof VariablesSection>;

export function checkVariables(section: VariablesSection, problems = new ProblemList(), at = ['variables']): Problem[] {
  checkEntityState(section, at, 'variable', problems);
  const variables = Object.entries(section.entities);
  checkUniqueNames(
    variables.map(([key, v]) => ({ name: v.name, path: [...at, 'entities', key] })),
    'variable',
    problems,
  );
  for (const [key, variable] of variables) {
    if (problems.full) break;
    if (!fitsVariableType(variable.type, variable.defaultValue)) {
      problems.add(pointer(...at, 'entities', key, 'defaultValue'), `The default value is not a ${variable.type}.`);
    }
  }
  for (const [key, value] of Object.entries(section.values ?? {})) {
    if (problems.full) break;
    const variable = section.entities[key];
    if (!Object.hasOwn(section.entities, key) || variable === undefined) {
      problems.add(pointer(...at, 'values', key), `No variable with id "${key}".`);
    } else if (!fitsVariableType(variable.type, value)) {
      problems.add(pointer(...at, 'values', key), `The value is not a ${variable.type}.`);
    }
  }
  return problems.problems;
}

/** The variables section: its format, schema and checks in one place (sections/registry.ts lists it). */
export const variablesSection = defineSection({
  ...variablesFormat,
  schema: VariablesSection,
  fits: sectionChecks.variables,
  integrity: (section, _valid, problems) => checkVariables(section, problems),
});
