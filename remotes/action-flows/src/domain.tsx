import { type ActionFlowsSection, actionFlowsFormat, CONTRACT_VERSION, type DomainModule } from '@psb/contracts';
import { describeChanges } from './changes.js';
import { Editor } from './Editor.js';
import { flowRuntime } from './runtime.js';
import { type ActionFlowsState, actionFlowsSlice, hydrated, KEY, selectSnapshot } from './slice.js';
import { describeStep } from './steps.js';

const domain: DomainModule<ActionFlowsState, ActionFlowsSection> = {
  key: KEY,
  title: 'Action flows',
  contractVersion: CONTRACT_VERSION,
  version: actionFlowsFormat.version,
  migrations: actionFlowsFormat.migrations,
  slice: actionFlowsSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: actionFlowsFormat.emptySection,
  describeStep,
  describeChanges,
  Editor,
  services: { flowRuntime },
};

export default domain;
