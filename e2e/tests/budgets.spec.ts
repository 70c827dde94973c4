import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUDGETS, domainBudget, measureBuild } from '../../bench/bytes.ts';

// Byte budgets of the production build (`npm test` builds before this suite). Sizes are deterministic, so
// unlike timings they can fail a build; `npm run bench` prints the same figures with where the bytes come from.
const build = measureBuild();
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test(`the host's initial JavaScript is within ${kb(BUDGETS.hostInitial)} gzip`, () => {
  const files = build.hostInitial.map((f) => `${f.file} ${kb(f.gzip)}`).join(', ');
  expect(build.hostInitialGzip, `host initial JS is ${kb(build.hostInitialGzip)}: ${files}`).toBeLessThanOrEqual(
    BUDGETS.hostInitial,
  );
});

test('every remote is built, and measured', () => {
  expect(build.remotes.map((r) => r.dir).sort()).toEqual(['action-flows', 'component-tree', 'entity-models', 'variables']);
});

for (const remote of build.remotes) {
  test(`${remote.dir}'s ./domain is within ${kb(domainBudget(remote.dir))} gzip beyond the shared libraries`, () => {
    expect(remote.domainGzip, `${remote.dir} ./domain is ${kb(remote.domainGzip)}`).toBeLessThanOrEqual(domainBudget(remote.dir));
  });
}

// TypeBox is for checking documents: the host loads it with its checkers, a remote only when something is pasted.
// Every remote's ./domain is fetched on a first open, so none may bring it along.
for (const remote of build.remotes) {
  test(`${remote.dir}'s ./domain starts without TypeBox`, () => {
    const dist = path.resolve(import.meta.dirname, '../../remotes', remote.dir, 'dist');
    const manifest = JSON.parse(readFileSync(path.join(dist, 'mf-manifest.json'), 'utf8'));
    const domain = manifest.exposes.find((e: { path: string }) => e.path === './domain');
    const sources = (domain.assets.js.sync as string[]).flatMap((file) =>
      (JSON.parse(readFileSync(path.join(dist, `${file}.map`), 'utf8')).sources as string[]).map((s) => `${file}: ${s}`),
    );
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((s) => s.includes('@sinclair/typebox'))).toEqual([]);
  });
}
