import { CONTRACT_VERSION, type DomainModule, type VariablesSection, variablesFormat } from '@psb/contracts';
import { describeChanges } from './changes.js';
import { Editor } from './Editor.js';
import { hydrated, KEY, selectSnapshot, type VariablesState, variablesSlice } from './slice.js';
import { describeStep } from './steps.js';

const domain: DomainModule<VariablesState, VariablesSection> = {
  key: KEY,
  title: 'Variables',
  contractVersion: CONTRACT_VERSION,
  version: variablesFormat.version,
  migrations: variablesFormat.migrations,
  slice: variablesSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: variablesFormat.emptySection,
  describeStep,
  describeChanges,
  Editor,
};

export default domain;
