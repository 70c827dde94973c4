import { readFileSync } from 'node:fs';
import { FormatRegistry } from '@sinclair/typebox';
import { TypeSystemPolicy } from '@sinclair/typebox/system';
import { describe, expect, it } from 'vitest';
import '../src/formats.js';
import { isIsoDateTime } from '../src/primitives.js';
import { schemaChecksModule } from './schemaChecks.js';

const generated = readFileSync(new URL('../src/compiled/schemaChecks.ts', import.meta.url), 'utf8');

describe('src/compiled/schemaChecks.ts', () => {
  it('is what the TypeBox schemas generate (run `npm run checks -w contracts` when this fails)', () => {
    expect(generated).toBe(schemaChecksModule());
  });

  it('needs neither TypeBox nor code generation at run time', () => {
    expect(generated).not.toMatch(/@sinclair\/typebox/);
    for (const pattern of [/\beval\s*\(/, /\bFunction\s*\(/]) expect(generated).not.toMatch(pattern);
  });

  it('checks date-times with the function TypeBox is given for them', () => {
    expect(FormatRegistry.Get('date-time')).toBe(isIsoDateTime);
  });

  it('assumes the TypeBox policy nothing here changes', () => {
    const { AllowArrayObject, AllowNaN, ExactOptionalPropertyTypes } = TypeSystemPolicy;
    expect({ AllowArrayObject, AllowNaN, ExactOptionalPropertyTypes }).toEqual({
      AllowArrayObject: false,
      AllowNaN: false,
      ExactOptionalPropertyTypes: false,
    });
  });
});
