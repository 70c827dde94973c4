import type { ActionFlowsSection, Snapshot } from '@psb/contracts';
import { hostOver, richSnapshot } from '@psb/contracts/testing';
import type { TestRoot } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { Provider } from 'react-redux';
import { Editor } from '../Editor.js';
import { actionFlowsSlice, hydrated, KEY } from '../slice.js';

/**
 * The flows editor rendered in `page` over `snapshot`, holding `flows` (the snapshot's own by default), as the host
 * would show it; its store.
 */
export function renderEditor(
  page: TestRoot,
  snapshot: Snapshot = richSnapshot(),
  flows: ActionFlowsSection = snapshot.actionFlows,
) {
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated(flows));
  page.render(
    <Provider store={store}>
      <Editor host={hostOver(snapshot)} />
    </Provider>,
  );
  return store;
}
