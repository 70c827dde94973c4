import { objectSpan } from './objectSpan.js';

/**
 * The JSON object's bytes ready to take another value for its top-level "meta", without parsing or serialising
 * the rest: a stored snapshot is what its client sent, with the server's meta in place of the client's. Undefined
 * when "meta" is not there exactly once: with a repeated key, the text and what JSON.parse reads from it differ.
 * `json` must be one valid JSON object.
 */
export function metaSplice(json: Buffer): ((meta: unknown) => Buffer) | undefined {
  const { start, end, members } = objectSpan(json);
  const metas = members.filter((member) => member.key === 'meta');
  const [meta] = metas;
  if (metas.length !== 1 || !meta) return undefined;
  const before = json.subarray(start, meta.start);
  const after = json.subarray(meta.end, end);
  return (value) => Buffer.concat([before, Buffer.from(JSON.stringify(value)), after]);
}
