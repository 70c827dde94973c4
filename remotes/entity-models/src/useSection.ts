import type { EntityModelsSection } from '@psb/contracts';
import { useSelector, useStore } from 'react-redux';
import { entityModelsSlice } from './slice.js';

type State = Parameters<typeof entityModelsSlice.selectSlice>[0];

/** One value computed from the section; the component re-renders only when that value changes. */
export function useSectionValue<T>(select: (section: EntityModelsSection) => T): T {
  return useSelector((state: State) => select(entityModelsSlice.selectSlice(state)));
}

/**
 * The section as it is when asked: for what an event or a draft needs (the names to compare with, the fields
 * that point at a model), so that a card does not re-render on every change to any other model.
 */
export function useSectionReader(): () => EntityModelsSection {
  const store = useStore<State>();
  return () => entityModelsSlice.selectSlice(store.getState());
}
