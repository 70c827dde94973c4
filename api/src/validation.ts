import { checkSnapshot, type Problem, SnapshotDraft, schemaProblems } from '@psb/contracts';
import type { TSchema } from '@sinclair/typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { HttpError } from './errors.js';

const PART_NAMES: Record<string, string> = { body: 'body', params: 'URL', querystring: 'query string', headers: 'headers' };

/**
 * Validates each part of a request against its TypeBox schema, reporting every problem with
 * its JSON Pointer. A snapshot body also gets the integrity checks JSON Schema cannot express.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check: (value: unknown) => Problem[] =
    schema === SnapshotDraft ? (value) => checkSnapshot(value, { draft: true }) : (value) => schemaProblems(schema, value);
  const part = PART_NAMES[httpPart ?? 'body'] ?? httpPart;
  return (value: unknown) => {
    const problems = check(value);
    if (problems.length === 0) return { value };
    const first = problems[0] as Problem;
    const summary = problems.length === 1 ? `${first.path || 'the value'}: ${first.message}` : `${problems.length} problems`;
    return { error: new HttpError(400, `Invalid ${part} (${summary}).`, problems) };
  };
};
