import { CONTRACT_VERSION, type ComponentTree, componentTreeFormat, type DomainModule, emptyComponentTree } from '@psb/contracts';
import { describeChanges } from './changes.js';
import { Editor } from './Editor.js';
import { Inspector } from './Inspector.js';
import { type ComponentTreeState, componentTreeSlice, hydrated, KEY, selectSnapshot, selectUi } from './slice.js';
import { describeStep } from './steps.js';

const domain: DomainModule<ComponentTreeState, ComponentTree> = {
  key: KEY,
  title: 'Component tree',
  contractVersion: CONTRACT_VERSION,
  version: componentTreeFormat.version,
  migrations: componentTreeFormat.migrations,
  slice: componentTreeSlice,
  hydrateFromSnapshot: hydrated,
  selectSnapshot,
  selectUi,
  emptySection: emptyComponentTree,
  describeStep,
  describeChanges,
  Editor,
  Inspector,
};

export default domain;
