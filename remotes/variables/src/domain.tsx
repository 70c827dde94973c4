import { CONTRACT_VERSION, type DomainModule, emptyVariables, type VariablesSection } from '@psb/contracts';
import { Editor } from './Editor.js';
import { hydrated, KEY, selectSnapshot, type VariablesState, variablesSlice } from './slice.js';

const domain: DomainModule<VariablesState, VariablesSection> = {
  key: KEY,
  title: 'Variables',
  contractVersion: CONTRACT_VERSION,
  version: 1,
  slice: variablesSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: emptyVariables,
  Editor,
};

export default domain;
