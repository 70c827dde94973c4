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
