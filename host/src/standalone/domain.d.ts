declare module '@psb/standalone-domain' {
  import type { DomainModule } from '@psb/contracts';

  const domain: DomainModule;
  export default domain;
}
