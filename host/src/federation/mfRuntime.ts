import { createInstance, getInstance } from '@module-federation/enhanced/runtime';
// For its effect on the build: the host provides the virtualizer the remotes share.
import './provideVirtualizer.js';
import type { FederationRuntime } from './runtime.js';

/** The federation instance the host's build created (it provides the shared singletons). */
export function mfRuntime(): FederationRuntime {
  const instance = getInstance() ?? createInstance({ name: 'host', remotes: [] });
  return {
    registerRemotes: (remotes, options) => instance.registerRemotes(remotes, options),
    loadRemote: (id) => instance.loadRemote(id),
  };
}
