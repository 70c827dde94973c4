import type { RemoteEntry } from '@psb/contracts';
import { READ_INIT, takeEarly } from '../api/earlyRequests.js';
import { loadChecks } from '../checks/loadChecks.js';

/** The remotes to load, from the server's registry, checked against the contract's schema. */
export async function fetchRegistry(url = '/api/remotes'): Promise<RemoteEntry[]> {
  const response = await (takeEarly(url) ?? fetch(url, READ_INIT));
  if (!response.ok) throw new Error(`the server answered ${response.status} for ${url}`);
  const [registry, { RemoteRegistry, schemaProblems }] = await Promise.all([response.json() as Promise<unknown>, loadChecks()]);
  const problems = schemaProblems(RemoteRegistry, registry);
  if (problems.length > 0) throw new Error(`the registry is invalid: ${problems.map((p) => `${p.path} ${p.message}`).join(' ')}`);
  return registry as RemoteEntry[];
}
