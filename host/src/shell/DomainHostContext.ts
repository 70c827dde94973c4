import { createContext, useContext } from 'react';
import type { DomainHost } from '../federation/DomainHost.js';

export const DomainHostContext = createContext<DomainHost | null>(null);

export function useDomainHost(): DomainHost {
  const host = useContext(DomainHostContext);
  if (!host) throw new Error('useDomainHost needs a DomainHostContext provider');
  return host;
}
