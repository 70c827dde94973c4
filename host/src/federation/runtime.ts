/** The part of the Module Federation runtime the host uses: a seam for tests and the standalone harness. */
export interface FederationRuntime {
  registerRemotes(remotes: { name: string; entry: string }[], options?: { force?: boolean }): void;
  loadRemote<T>(id: string): Promise<T | null>;
}
