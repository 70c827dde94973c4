export type ContractChecks = typeof import('./contractChecks.js');

let loading: Promise<ContractChecks> | undefined;

/**
 * The contract's checkers. They bring TypeBox, the largest library after React and the federation runtime,
 * which the shell does not need to draw itself; so they come in a chunk of their own, which bootstrap starts
 * fetching at once, beside the first requests. A failed fetch is tried again on the next call.
 */
export function loadChecks(): Promise<ContractChecks> {
  loading ??= import('./contractChecks.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
