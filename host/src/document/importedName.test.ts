import { describe, expect, it } from 'vitest';
import { importedName, toldImported } from './importedName.js';

describe('importedName', () => {
  it('keeps the name when no project has it', () => {
    expect(importedName('Landing page', ['Pricing'])).toBe('Landing page');
    expect(importedName('Landing page', [])).toBe('Landing page');
  });

  it('marks the copy when a project of that name exists', () => {
    expect(importedName('Landing page', ['Pricing', 'Landing page'])).toBe('Landing page (imported)');
  });

  it('words the toast with the stored name', () => {
    expect(toldImported('Landing page (imported)')).toBe('Imported as “Landing page (imported)”');
  });
});
