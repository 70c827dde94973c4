import type { DomainModule } from './domainModule.js';
import type { Problem } from './problem.js';

const SEMVER = /^\d+\.\d+\.\d+(?:[-+].*)?$/;

/**
 * Whether a value loaded from a remote has the shape of a DomainModule, checked before any of it
 * runs in the host's store. Returns every problem found; an empty list means it may be used.
 */
export function checkDomainModule(value: unknown): Problem[] {
  if (typeof value !== 'object' || value === null) return [{ path: '', message: 'The module exports no object.' }];
  const m = value as Partial<Record<keyof DomainModule, unknown>>;
  const problems: Problem[] = [];
  const expect = (ok: boolean, path: string, message: string) => {
    if (!ok) problems.push({ path: `/${path}`, message });
  };
  expect(typeof m.key === 'string' && m.key.length > 0, 'key', 'Expected the key of the section it owns.');
  expect(typeof m.title === 'string' && m.title.length > 0, 'title', 'Expected a title.');
  expect(
    typeof m.contractVersion === 'string' && SEMVER.test(m.contractVersion),
    'contractVersion',
    'Expected a semver version.',
  );
  expect(Number.isInteger(m.version) && (m.version as number) >= 1, 'version', 'Expected a whole number from 1.');
  const slice = m.slice as DomainModule['slice'] | undefined;
  expect(
    typeof slice === 'object' && slice !== null && typeof slice.reducer === 'function',
    'slice',
    'Expected a slice with a reducer.',
  );
  if (slice && typeof slice === 'object') {
    expect(
      slice.reducerPath === m.key,
      'slice/reducerPath',
      `Expected the slice's reducerPath to equal the key "${String(m.key)}".`,
    );
  }
  for (const fn of ['hydrateFromSnapshot', 'selectSnapshot', 'emptySection'] as const) {
    expect(typeof m[fn] === 'function', fn, 'Expected a function.');
  }
  expect(isComponent(m.Editor), 'Editor', 'Expected a React component.');
  expect(m.Inspector === undefined || isComponent(m.Inspector), 'Inspector', 'Expected a React component.');
  expect(m.describeStep === undefined || typeof m.describeStep === 'function', 'describeStep', 'Expected a function.');
  expect(m.describeChanges === undefined || typeof m.describeChanges === 'function', 'describeChanges', 'Expected a function.');
  if (m.migrations !== undefined) {
    const migrations = m.migrations as Record<string, unknown>;
    const valid =
      typeof migrations === 'object' &&
      migrations !== null &&
      Object.entries(migrations).every(([from, fn]) => /^[1-9]\d*$/.test(from) && typeof fn === 'function');
    expect(valid, 'migrations', 'Expected functions keyed by the version they migrate from.');
  }
  return problems;
}

/** A function component, or an object one (what `memo` and `lazy` return). */
function isComponent(value: unknown): boolean {
  return typeof value === 'function' || (typeof value === 'object' && value !== null);
}
