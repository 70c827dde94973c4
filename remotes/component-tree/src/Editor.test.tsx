// @vitest-environment happy-dom
import { treeForEditor } from '@psb/contracts';
import { hostOver, richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { act } from 'react';
import { Provider } from 'react-redux';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CLIPBOARD_FORMAT } from './clipboard/payload.js';
import { loadPayloadCheck } from './clipboard/useClipboard.js';
import { Editor } from './Editor.js';
import { Inspector } from './Inspector.js';
import { componentTreeSlice, hydrated, nodeAdded, nodeRenamed, propChanged, selected, toggled } from './slice.js';

// Counts renders of the tree view (it calls useVirtualizer once per render), and gives its scroller a size:
// happy-dom lays nothing out, and a virtualizer with no room shows no rows.
const treeRenders = vi.hoisted(() => ({ count: 0 }));
vi.mock('@tanstack/react-virtual', async (importOriginal) => {
  const real = await importOriginal<typeof import('@tanstack/react-virtual')>();
  return {
    ...real,
    useVirtualizer: ((options) => {
      treeRenders.count++;
      const rect = { width: 300, height: 600 };
      return real.useVirtualizer({ ...options, initialRect: rect, observeElementRect: (_, resize) => resize(rect) });
    }) as typeof real.useVirtualizer,
  };
});

const host = hostOver(richSnapshot());
/** The rows of richSnapshot's unnamed components: their type and the text they show. */
const TITLE = 'Text “Hello {{userName}}”';
const GREET = 'Button “Greet”';
const FOOTER = 'Text “© 2026”';

const page = rootPerTest();
const store = configureStore({ reducer: { componentTree: componentTreeSlice.reducer } });

beforeEach(() => {
  store.dispatch(hydrated(treeForEditor(richSnapshot().componentTree), { selectedNodeId: 'title' }));
  // As the host places them: the tree in its sidebar, the inspector in another, sharing the store.
  page.render(
    <Provider store={store}>
      <Editor host={host} />
      <Inspector host={host} />
    </Provider>,
  );
  treeRenders.count = 0;
});

const items = () =>
  [...page.container.querySelectorAll('[role="treeitem"]')].map(
    (row) => `${row.getAttribute('aria-level')}:${row.getAttribute('aria-label')}`,
  );
const edit = (action: Parameters<typeof store.dispatch>[0]) => act(() => void store.dispatch(action));

describe('component tree editor', () => {
  it('shows the rows of the tree', () => {
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `1:${FOOTER}`]);
  });

  it('does not re-render the tree for a prop edit', () => {
    edit(propChanged({ id: 'title', prop: 'content', value: 'Hello there' }));
    expect(treeRenders.count).toBe(0);
    expect(page.container.querySelector('input[value="Hello there"]')).not.toBeNull();
  });

  it('shows a text edit in the row of an unnamed component, without re-rendering the tree', () => {
    edit(propChanged({ id: 'title', prop: 'content', value: 'Welcome aboard' }));
    expect(items()).toEqual(['1:Container', '2:Text “Welcome aboard”', `2:${GREET}`, `1:${FOOTER}`]);
    expect(treeRenders.count).toBe(0);
  });

  it('shows a new name in its row, without re-rendering the tree', () => {
    edit(nodeRenamed({ id: 'greet', name: 'Say hello' }));
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, '2:Say hello', `1:${FOOTER}`]);
    expect(treeRenders.count).toBe(0);
  });

  it('marks a variable reference this project lacks, rather than show "(none)"', () => {
    const input = { id: 'ask', type: 'Input', props: { variable: 'v-elsewhere' }, children: [], parentId: null };
    const section = richSnapshot().componentTree;
    edit(
      hydrated(treeForEditor({ nodes: { ...section.nodes, ask: input }, rootIds: [...section.rootIds, 'ask'] }), {
        selectedNodeId: 'ask',
      }),
    );
    const field = page.container.querySelector<HTMLSelectElement>('.psb-inspector select[aria-describedby]');
    expect(field?.selectedOptions[0]?.textContent).toBe('⚠ missing variable');
    expect(page.container.querySelector('.psb-inspector [role="alert"]')?.textContent).toBe(
      'Its variable does not exist in this project.',
    );
  });

  it('inspects the node selected in the tree, and says how to choose one when none is', () => {
    expect(page.container.querySelector('.psb-inspector')?.getAttribute('aria-label')).toBe('Properties of Text');
    act(() => rowNamed(GREET).click());
    expect(page.container.querySelector('.psb-inspector')?.getAttribute('aria-label')).toBe('Properties of Button');
    edit(selected(null));
    expect(page.container.querySelector('.psb-inspector')).toBeNull();
    expect(page.container.textContent).toContain('Select a component on the canvas or in the tree to edit it.');
  });

  it('follows adds and collapsing', () => {
    edit(selected('page'));
    edit(nodeAdded('Button'));
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, '2:Button', `1:${FOOTER}`]);
    edit(toggled({ id: 'page', expanded: false }));
    expect(items()).toEqual(['1:Container', `1:${FOOTER}`]);
  });
});

const rowNamed = (name: string) =>
  page.container.querySelector<HTMLElement>(`[role="treeitem"][aria-label="${name}"]`) as HTMLElement;
const status = () => page.container.querySelector('[role="status"]')?.textContent;
/** A copy, cut or paste event as the browser fires it at the focused element, with the clipboard's data. */
function clipboard(type: 'copy' | 'cut' | 'paste', text?: string) {
  const data = new DataTransfer();
  if (text !== undefined) data.setData('text/plain', text);
  const event = new ClipboardEvent(type, { clipboardData: data, bubbles: true, cancelable: true });
  act(() => void (document.activeElement ?? document.body).dispatchEvent(event));
  return { handled: event.defaultPrevented, text: data.getData('text/plain') };
}
/** A paste: claimed at once, done once the check of pasted components (fetched at the first paste) has run. */
async function paste(text: string) {
  const { handled } = clipboard('paste', text);
  await act(() => loadPayloadCheck());
  return handled;
}
const focusRow = (name: string) => {
  act(() => rowNamed(name).click());
  act(() => rowNamed(name).focus());
};

describe('copy, cut and paste in the tree', () => {
  it('copies the selected component with its subtree, and pastes it as a new copy, selected', async () => {
    focusRow('Container');
    const copied = clipboard('copy');
    expect(copied.handled).toBe(true);
    expect(JSON.parse(copied.text)).toMatchObject({ format: CLIPBOARD_FORMAT, rootId: 'page' });
    expect(status()).toBe('Copied Container and 2 children.');

    focusRow(GREET);
    expect(await paste(copied.text)).toBe(true);
    expect(items()).toEqual([
      '1:Container',
      `2:${TITLE}`,
      `2:${GREET}`,
      '2:Container',
      `3:${TITLE}`,
      `3:${GREET}`,
      `1:${FOOTER}`,
    ]);
    expect(page.container.querySelector('[aria-selected="true"]')?.getAttribute('aria-level')).toBe('2');
    expect(status()).toBe('Pasted Container and 2 children.');
  });

  it('cuts: the component goes to the clipboard and leaves the tree; pasted into an empty page, it comes back', async () => {
    focusRow('Container');
    const cut = clipboard('cut');
    expect(items()).toEqual([`1:${FOOTER}`]);
    expect(JSON.parse(cut.text).rootId).toBe('page');
    focusRow(FOOTER);
    const footer = clipboard('cut').text;
    expect(items()).toEqual([]);
    // The focus stays in the editor, on its empty space: a paste goes there. The pasted container is selected, so
    // the text goes into it.
    expect(document.activeElement).toBe(page.container.querySelector('.psb-tree-editor'));
    await paste(cut.text);
    await paste(footer);
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `2:${FOOTER}`]);
  });

  it('leaves copy and paste in a field to the field, and text that is not components alone', () => {
    const name = page.container.querySelector<HTMLInputElement>('.psb-inspector input') as HTMLInputElement;
    act(() => name.focus());
    expect(clipboard('copy').handled).toBe(false);
    expect(clipboard('paste', JSON.stringify({ format: CLIPBOARD_FORMAT })).handled).toBe(false);
    focusRow(GREET);
    expect(clipboard('paste', 'Hello there').handled).toBe(false);
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `1:${FOOTER}`]);
  });

  it('refuses components it cannot read, saying why, and changes nothing', async () => {
    focusRow('Container');
    const copied = JSON.parse(clipboard('copy').text);
    copied.nodes.greet.type = 'Marquee';
    expect(await paste(JSON.stringify(copied))).toBe(true);
    expect(status()).toMatch(/^Nothing was pasted: the copied components are not valid \(Unknown component type "Marquee"/);
    expect(items()).toEqual(['1:Container', `2:${TITLE}`, `2:${GREET}`, `1:${FOOTER}`]);
  });

  it('pastes into a project without the flow or variables they use, and says so', async () => {
    focusRow('Container');
    const copied = clipboard('copy').text;
    const elsewhere = { ...richSnapshot(), actionFlows: { flows: {}, bindings: [] }, variables: { ids: [], entities: {} } };
    page.render(
      <Provider store={store}>
        <Editor host={hostOver(elsewhere)} />
      </Provider>,
    );
    focusRow(GREET);
    await paste(copied);
    expect(status()).toBe(
      'Pasted Container and 2 children. A binding runs a flow this project does not have: it is marked missing under Bindings; choose a flow for it or delete it to save. ' +
        'Not a variable in this project: userName.',
    );
  });
});
