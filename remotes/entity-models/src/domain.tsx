import { CONTRACT_VERSION, type DomainModule, type EntityModelsSection, emptyEntityModels } from '@psb/contracts';
import { Editor } from './Editor.js';
import { type EntityModelsState, entityModelsSlice, hydrated, KEY, selectSnapshot } from './slice.js';

const domain: DomainModule<EntityModelsState, EntityModelsSection> = {
  key: KEY,
  title: 'Entity models',
  contractVersion: CONTRACT_VERSION,
  version: 1,
  slice: entityModelsSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  emptySection: emptyEntityModels,
  Editor,
};

export default domain;
