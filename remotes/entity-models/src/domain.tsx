import { CONTRACT_VERSION, type DomainModule, type EntityModelsSection, entityModelsFormat } from '@psb/contracts';
import { describeChanges } from './changes.js';
import { Editor } from './Editor.js';
import { type EntityModelsState, entityModelsSlice, hydrated, KEY, selectSnapshot } from './slice.js';
import { describeStep } from './steps.js';

const domain: DomainModule<EntityModelsState, EntityModelsSection> = {
  key: KEY,
  title: 'Entity models',
  contractVersion: CONTRACT_VERSION,
  version: entityModelsFormat.version,
  migrations: entityModelsFormat.migrations,
  slice: entityModelsSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: entityModelsFormat.emptySection,
  describeStep,
  describeChanges,
  Editor,
};

export default domain;
