import { register } from 'node:module';
import type { DomainModule } from '@psb/contracts';

// The editors import their stylesheets, which Node cannot load: answer every .css import with an empty module.
const ignoreCss = `export async function load(url, context, next) {
  return url.endsWith('.css') ? { format: 'module', source: '', shortCircuit: true } : next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(ignoreCss)}`);

/** The four real domain modules, as the host gets them from the remotes' `./domain`, in registry order. */
export async function loadDomains(): Promise<DomainModule[]> {
  const modules = await Promise.all([
    import('../../remotes/component-tree/src/domain.js'),
    import('../../remotes/variables/src/domain.js'),
    import('../../remotes/entity-models/src/domain.js'),
    import('../../remotes/action-flows/src/domain.js'),
  ]);
  return modules.map((m) => m.default as unknown as DomainModule);
}
