import { type ActionFlowsSection, CONTRACT_VERSION, type DomainModule, emptyActionFlows } from '@psb/contracts';
import { Editor } from './Editor.js';
import { flowRuntime } from './runtime.js';
import { type ActionFlowsState, actionFlowsSlice, hydrated, KEY, selectSnapshot } from './slice.js';

const domain: DomainModule<ActionFlowsState, ActionFlowsSection> = {
  key: KEY,
  title: 'Action flows',
  contractVersion: CONTRACT_VERSION,
  version: 1,
  slice: actionFlowsSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: emptyActionFlows,
  Editor,
  services: { flowRuntime },
};

export default domain;
