import { checkSnapshot, type Problem, schemaProblems } from '@psb/contracts';
import type { TSchema } from '@sinclair/typebox';
import type { FastifySchemaCompiler } from 'fastify';
import { DraftBody, ReceivedDraft } from './body/draftBody.js';
import { invalidPart } from './errors.js';

const PART_NAMES: Record<string, string> = { body: 'body', params: 'URL', querystring: 'query string', headers: 'headers' };

/**
 * Validates each part of a request against its TypeBox schema, reporting every problem with its JSON Pointer.
 * A snapshot draft was checked, integrity included, as it was read (registerDraftBody); one that is missing is
 * checked here, to say so.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check: (value: unknown) => Problem[] =
    schema === DraftBody
      ? (value) => (value instanceof ReceivedDraft ? [] : checkSnapshot(value, { draft: true }))
      : (value) => schemaProblems(schema, value);
  const part = PART_NAMES[httpPart ?? 'body'] ?? httpPart ?? 'request';
  return (value: unknown) => {
    const problems = check(value);
    return problems.length === 0 ? { value } : { error: invalidPart(part, problems) };
  };
};
