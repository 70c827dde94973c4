import { CONTRACT_VERSION, checkDomainModule, type DomainModule, type RemoteEntry } from '@psb/contracts';
import type { FederationRuntime } from './runtime.js';

export type LoadOutcome = { status: 'ready'; module: DomainModule } | { status: 'failed' | 'incompatible'; reason: string };

export interface LoadOptions {
  runtime: FederationRuntime;
  timeoutMs: number;
  /** Register anew even if registered before: how Retry gets a fresh copy of a remote. */
  force?: boolean;
  /** Where relative registry entries point from. */
  baseUrl?: string;
}

/**
 * Loads one remote's `./domain` and checks it before anything of it runs in the store: its shape,
 * the section it claims, and its contract version against both the registry's range and this host.
 * Never throws: every way of failing becomes an outcome with a reason a person can read.
 */
export async function loadDomain(
  entry: RemoteEntry,
  { runtime, timeoutMs, force = false, baseUrl }: LoadOptions,
): Promise<LoadOutcome> {
  // Fetched beside the remote: not in the editor's first download, nor only once the remote has arrived.
  const semver = import('./semverCheck.js').catch((error: unknown) => new Error(messageOf(error)));
  let loaded: unknown;
  try {
    const url = baseUrl ? new URL(entry.entry, baseUrl).href : entry.entry;
    runtime.registerRemotes([{ name: entry.name, entry: url }], { force });
    loaded = await withTimeout(runtime.loadRemote(`${entry.name}/domain`), timeoutMs);
  } catch (error) {
    return { status: 'failed', reason: `It could not be loaded: ${messageOf(error)}` };
  }
  const module = (loaded as { default?: unknown } | null)?.default ?? loaded;

  const problems = checkDomainModule(module);
  if (problems.length > 0) {
    return {
      status: 'incompatible',
      reason: `It does not fit the domain contract: ${problems.map((p) => `${p.path} ${p.message}`).join(' ')}`,
    };
  }
  const domain = module as DomainModule;
  if (domain.key !== entry.key) {
    return { status: 'incompatible', reason: `It edits "${domain.key}", but the registry lists it for "${entry.key}".` };
  }
  const versions = await semver;
  if (versions instanceof Error) {
    return { status: 'failed', reason: `Its contract version could not be checked: ${versions.message}` };
  }
  const { major, satisfies } = versions;
  if (!satisfies(domain.contractVersion, entry.contract) || major(domain.contractVersion) !== major(CONTRACT_VERSION)) {
    return {
      status: 'incompatible',
      reason: `It was built against contract ${domain.contractVersion}; this editor accepts ${entry.contract} (it implements ${CONTRACT_VERSION}).`,
    };
  }
  try {
    domain.slice.reducer(undefined, { type: '@@psb/probe' });
  } catch (error) {
    return { status: 'failed', reason: `Its reducer threw while starting: ${messageOf(error)}` };
  }
  return { status: 'ready', module: domain };
}

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
