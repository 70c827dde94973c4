import { describe, expect, it, vi } from 'vitest';
import { sectionDomain } from '../testing/sectionDomain.js';
import { loadDomain } from './loadDomain.js';
import type { FederationRuntime } from './runtime.js';

// The chunk with the semver functions, as the network delivers it: or not, while `chunkFails` is set.
const network = vi.hoisted(() => ({ chunkFails: false }));
vi.mock('./semverCheck.js', async (importOriginal) => {
  if (network.chunkFails) throw new Error('Loading chunk 882 failed.');
  return importOriginal();
});

const { domain } = sectionDomain('variables');
const runtime: FederationRuntime = { registerRemotes: () => {}, loadRemote: async <T>() => ({ default: domain }) as T };
const entry = { key: 'variables', name: 'variables', entry: '/remotes/variables/mf-manifest.json', contract: '^2' };

describe('loadDomain', () => {
  it('fails with the reason, instead of never settling, when the version check cannot be fetched; a retry loads it', async () => {
    network.chunkFails = true;
    // (Vitest wraps the chunk's error in one of its own.)
    await expect(loadDomain(entry, { runtime, timeoutMs: 1000 })).resolves.toEqual({
      status: 'failed',
      reason: expect.stringMatching(/^Its contract version could not be checked: /),
    });
    network.chunkFails = false;
    await expect(loadDomain(entry, { runtime, timeoutMs: 1000, force: true })).resolves.toEqual({
      status: 'ready',
      module: domain,
    });
  });
});
