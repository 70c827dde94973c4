import { CONTRACT_VERSION, type ComponentTreeSection, type DomainModule, emptyComponentTree } from '@psb/contracts';
import { Editor } from './Editor.js';
import { type ComponentTreeState, componentTreeSlice, hydrated, KEY, selectSnapshot, selectUi } from './slice.js';

const domain: DomainModule<ComponentTreeState, ComponentTreeSection> = {
  key: KEY,
  title: 'Component tree',
  contractVersion: CONTRACT_VERSION,
  version: 1,
  slice: componentTreeSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  selectUi,
  emptySection: emptyComponentTree,
  Editor,
};

export default domain;
