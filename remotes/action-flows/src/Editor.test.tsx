import type { HostApi, Snapshot } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import { renderToStaticMarkup } from 'react-dom/server';
import { Provider } from 'react-redux';
import { describe, expect, it } from 'vitest';
import { Editor } from './Editor.js';
import { actionFlowsSlice, hydrated, KEY } from './slice.js';

/** The editor's first render over this project, as HTML: no DOM here (the workspace has no jsdom). */
function render(snapshot: Snapshot): string {
  const store = configureStore({ reducer: { [KEY]: actionFlowsSlice.reducer } });
  store.dispatch(hydrated(snapshot.actionFlows));
  const host: HostApi = { selectSection: (_state, key) => (snapshot as unknown as Record<string, unknown>)[key], services: {} };
  return renderToStaticMarkup(
    <Provider store={store}>
      <Editor host={host} />
    </Provider>,
  );
}
const count = (html: string, part: string) => html.split(part).length - 1;
const elements = (html: string) => count(html, '<') - count(html, '</');

/** The rich fixture with `size` buttons, each bound to its flow, and `size` more variables: every menu grows. */
function wide(size: number): Snapshot {
  const snapshot = richSnapshot();
  for (let i = 0; i < size; i++) {
    const id = `button${i}`;
    snapshot.componentTree.nodes[id] = { id, type: 'Button', props: { label: `Go ${i}` }, children: [], parentId: null };
    snapshot.componentTree.rootIds.push(id);
    snapshot.actionFlows.bindings.push({ id: `b-${id}`, nodeId: id, event: 'click', flowId: 'flow-greet' });
    snapshot.variables.ids.push(`v${i}`);
    snapshot.variables.entities[`v${i}`] = { id: `v${i}`, name: `value${i}`, type: 'number', defaultValue: 0 };
  }
  return snapshot;
}

describe('action flows editor', () => {
  it('shows the current component, event, flow and variables, each menu holding just its value until focused', () => {
    const html = render(richSnapshot());
    expect(html).toMatch(
      />Component<\/label><select id="[^"]+"><option value="greet" selected="">Button \(Button\)<\/option><\/select>/,
    );
    expect(html).toMatch(/>Flow<\/label><select id="[^"]+"><option value="flow-greet" selected="">Greet<\/option><\/select>/);
    expect(html).toMatch(/>Variable<\/label><select id="[^"]+"><option value="v-count" selected="">count<\/option><\/select>/);
    expect(html).toMatch(/>Method<\/label><select id="[^"]+"><option value="POST" selected="">POST<\/option><\/select>/);
  });

  it('renders a few elements per binding, however many components, flows and variables a menu could list', () => {
    const small = elements(render(wide(100)));
    const large = elements(render(wide(500)));
    // Linear: five times the bindings and variables, at most five times the elements.
    expect(large).toBeLessThanOrEqual(5 * small);
    expect(large).toBeLessThan(500 * 20);
  });
});
