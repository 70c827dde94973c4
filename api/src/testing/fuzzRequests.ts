import fc from 'fast-check';
import { draft } from './tempStore.js';

/** Ids of projects that exist while fuzzing, so that writes reach the store and not only the 404. */
export const SEEDED_IDS = ['seed-a', 'seed-b'] as const;

export interface FuzzRequest {
  /** What kind of input it is, for the tally. */
  kind: string;
  method: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

const DEPTH = 10_000;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
/** JSON text of `value` with `deep` in place of the string "DEEP" (JSON.stringify itself would overflow). */
const withDeep = (value: unknown, deep: string) => JSON.stringify(value).replace('"DEEP"', deep);

/** Request targets a path-traversal or encoding bug would trip on; all valid HTTP request targets. */
const PATH_TRICKS = [
  '..',
  '.',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '..%5C..%5Cwindows',
  '%252e%252e%252f',
  'seed-a%00.json',
  'seed-a%2Ejson',
  'seed-a.json',
  '%C0%AE%C0%AE%2F',
  '%ED%A0%80',
  '%FF%FE',
  'seed-a%2F..%2Fseed-b',
  'seed-a/',
  'seed-a/..',
  'seed-a;x=1',
  'seed-a?x=..%2F',
  'seed-a#frag',
  '__proto__',
  'constructor',
  'CON',
  'a'.repeat(64),
  'a'.repeat(65),
  'a'.repeat(999),
  '%E2%80%AEtxt.json',
];

const idSegment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SEEDED_IDS, 'missing', 'proj-1') },
  { weight: 4, arbitrary: fc.constantFrom(...PATH_TRICKS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 40 }).map(encodeURIComponent) },
);

/** What may follow a project's URL to reach its history: valid revisions, bad ones, and the restore action. */
const revisionTail = fc.constantFrom(
  '/revisions',
  '/revisions/1',
  '/revisions/2',
  '/revisions/0',
  '/revisions/-1',
  '/revisions/1.5',
  '/revisions/abc',
  '/revisions/99999999999999999999',
  '/revisions/1/restore',
  '/revisions/2/restore',
  '/revisions/0/restore',
);

const url = fc.oneof(
  { weight: 3, arbitrary: fc.constant('/api/projects') },
  { weight: 8, arbitrary: idSegment.map((id) => `/api/projects/${id}`) },
  { weight: 3, arbitrary: fc.tuple(idSegment, revisionTail).map(([id, tail]) => `/api/projects/${id}${tail}`) },
  { weight: 1, arbitrary: fc.constant('/api/trash') },
  {
    weight: 2,
    arbitrary: fc.tuple(idSegment, fc.constantFrom('', '/restore')).map(([id, tail]) => `/api/trash/${id}${tail}`),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '/api/projects/',
      '/api//projects',
      '/API/projects',
      '/api/projects/seed-a/extra',
      '/api/projects/../projects',
      '/api/projects/./seed-a',
      '/api/projects?limit=-1&__proto__[x]=1',
      '/api/remotes',
      '/healthz',
      '/docs/json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/remotes/..%2F..%2Fpackage.json',
      '//etc/passwd',
      '/api/projects/%2e%2e',
    ),
  },
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json;charset=utf-16',
  'application/json; charset=latin1',
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/jsonx',
  'text/plain',
  'text/plain; charset=utf-8',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----x',
  'application/octet-stream',
  '*/*',
  'application/json, text/plain',
  '',
  'ü/ü',
];
const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  { weight: 4, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** `CURRENT` stands for the current ETag of the project the URL names (see `withCurrentEtag`), so that writes can succeed. */
const ifMatch = fc.option(
  fc.oneof(
    { weight: 2, arbitrary: fc.constant('CURRENT') },
    fc.constantFrom('*', '"stale"', 'W/"weak"', '""', 'not-quoted', '"a", "b"', ' , '),
    fc.string({ maxLength: 60 }),
  ),
  { freq: 4 },
);

/** Every JSON Pointer-like path into the valid draft, so a mutation can land anywhere in it. */
function pathsOf(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) pathsOf(child, [...at, Array.isArray(value) ? Number(key) : key], out);
  }
  return out;
}
const DRAFT_PATHS = pathsOf(draft()).filter((p) => p.length > 0);

const replacement = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, '', 0, -1, 1e308, true, [], {}, 'ghost', 'a'.repeat(5000), '\u0000', '__proto__'),
  fc.constant(undefined),
);

/** The valid draft with exactly one change: a value replaced or removed, or a key added. */
const nearValidSnapshot = fc
  .record({
    path: fc.constantFrom(...DRAFT_PATHS),
    op: fc.constantFrom('replace', 'remove', 'add'),
    value: replacement,
    // 'a\nb': a record key holding a line break once slipped past the schema and crashed the integrity check.
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'extra', 'id', '', 'a\nb'), fc.string({ maxLength: 10 })),
  })
  .map(({ path, op, value, key }) => {
    const body = structuredClone(draft('Fuzzed')) as unknown as Record<string | number, unknown>;
    let parent = body;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path.at(-1) as string | number;
    if (op === 'remove') delete parent[last];
    else if (op === 'replace') parent[last] = value;
    else if (parent[last] && typeof parent[last] === 'object') (parent[last] as Record<string, unknown>)[key] = value ?? null;
    return JSON.stringify(body);
  });

/** Strings of 100 kB up to past the 16 MiB body limit, as a kept section, as the name, or alone. */
const hugeString = fc
  .record({ size: fc.constantFrom(100_000, 1_000_000, 4_000_000, 17_000_000), shape: fc.constantFrom(0, 1, 2) })
  .map(({ size, shape }) => {
    const huge = 'x'.repeat(size);
    if (shape === 0) return JSON.stringify({ ...draft('Huge'), notes: huge });
    if (shape === 1) return JSON.stringify({ ...draft('Huge'), meta: { name: huge } });
    return JSON.stringify(huge);
  });

const deeplyNested = fc.constantFrom(
  deepArray(DEPTH),
  deepObject(DEPTH),
  withDeep({ ...draft('Deep'), extra: 'DEEP' }, deepArray(DEPTH)),
  withDeep({ ...draft('Deep'), variables: { ...draft().variables, values: { 'v-count': 'DEEP' } } }, deepObject(DEPTH)),
  withDeep({ ...draft('Deep'), ui: { panels: { tree: 'DEEP' } } }, deepArray(DEPTH)),
  `{"schemaVersion":1,"meta":${deepObject(DEPTH)}}`,
  deepArray(DEPTH * 10),
);

const body = fc.oneof(
  { weight: 5, arbitrary: nearValidSnapshot.map((payload) => ({ kind: 'near-valid snapshot', payload })) },
  { weight: 3, arbitrary: fc.json({ maxDepth: 5 }).map((payload) => ({ kind: 'random JSON', payload })) },
  {
    weight: 1,
    arbitrary: fc
      .string({ unit: 'binary', maxLength: 200 })
      .map((payload) => ({ kind: 'random text', payload: Buffer.from(payload, 'utf8') })),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => ({ kind: 'random bytes', payload: Buffer.from(bytes) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        '',
        'null',
        '[]',
        '{}',
        '{"__proto__":{"polluted":true}}',
        '{"constructor":{"prototype":{"polluted":true}}}',
        `{"__proto__":{"polluted":true},${JSON.stringify(draft()).slice(1)}`,
        '{"schemaVersion":1,"schemaVersion":2}',
        '\uFEFF{}',
        '{"a":1}garbage',
        'NaN',
        '1e999999',
      )
      .map((payload) => ({ kind: 'edge JSON', payload })),
  },
  { weight: 1, arbitrary: deeplyNested.map((payload) => ({ kind: 'deep nesting', payload })) },
  { weight: 1, arbitrary: fc.constant(undefined).map(() => ({ kind: 'no body', payload: undefined })) },
);
const rareHuge = hugeString.map((payload) => ({ kind: 'huge string', payload }));

/** One HTTP request of any shape, mostly aimed at the projects API. */
export const fuzzRequest: fc.Arbitrary<FuzzRequest> = fc
  .record({
    method: fc.constantFrom('GET', 'HEAD', 'POST', 'POST', 'PUT', 'PUT', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'),
    url,
    contentType,
    ifMatch,
    body: fc.oneof({ weight: 200, arbitrary: body }, { weight: 1, arbitrary: rareHuge }),
  })
  .map(({ method, url, contentType, ifMatch, body }) => ({
    kind: body.kind,
    method,
    url,
    headers: {
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(ifMatch !== null ? { 'if-match': ifMatch } : {}),
    },
    ...(body.payload === undefined ? {} : { payload: body.payload }),
  }));

/** The request with `CURRENT` in If-Match replaced by the ETag `etagOf` gives for the project in its URL. */
export async function withCurrentEtag(
  request: FuzzRequest,
  etagOf: (id: string) => Promise<string | undefined>,
): Promise<FuzzRequest> {
  if (request.headers['if-match'] !== 'CURRENT') return request;
  const id = request.url.split('/')[3] ?? '';
  return { ...request, headers: { ...request.headers, 'if-match': (await etagOf(id)) ?? '"none"' } };
}
