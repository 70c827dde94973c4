// @vitest-environment happy-dom
import type { EntityModelsSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore, type UnknownAction } from '@reduxjs/toolkit';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import { Editor } from './Editor.js';
import { entityModelsSlice, hydrated, KEY, modelRemoved } from './slice.js';

vi.mock('@tanstack/react-virtual', async (real) =>
  (await import('@psb/contracts/testing/roomyVirtualizer')).roomyVirtualizer(await real()),
);

const page = rootPerTest();

/** The editor's first render over the state these actions make: what a person or a test finds by name. */
function render(...actions: UnknownAction[]): string {
  const store = configureStore({ reducer: { [KEY]: entityModelsSlice.reducer } });
  for (const action of actions) store.dispatch(action);
  page.reset();
  page.render(
    <Provider store={store}>
      <Editor />
    </Provider>,
  );
  return page.container.innerHTML;
}
const count = (html: string, part: string) => html.split(part).length - 1;
const elements = (html: string) => count(html, '<') - count(html, '</');

/** `size` models, each with a reference to the next: every Model menu could list every other model. */
function ring(size: number): EntityModelsSection {
  const models = Array.from({ length: size }, (_, i) => ({
    id: `m${i}`,
    name: `Model${i}`,
    fields: [{ id: `m${i}-next`, name: 'next', type: 'reference' as const, modelId: `m${(i + 1) % size}`, required: false }],
  }));
  return { ids: models.map((m) => m.id), entities: Object.fromEntries(models.map((m) => [m.id, m])) };
}

describe('entity models editor', () => {
  it('offers Add model when there are no models', () => {
    const html = render();
    expect(html).toContain('No models yet.');
    expect(html).toContain('>Add model</button>');
  });

  it('shows each model as a group named after it, with its fields in order', () => {
    const html = render(hydrated(richSnapshot().entityModels));
    expect(count(html, '<fieldset')).toBe(2);
    expect(html).toContain('<legend>Customer</legend>');
    expect(html).toMatch(/Name <input value="name"[^>]*>.*Name <input value="tier"/);
    expect(count(html, 'Type <select')).toBe(4);
    expect(count(html, '> Required</label>')).toBe(4);
    expect(html).toContain('Value <input value="gold"');
    expect(html).toMatch(/Model <select><option value="m-customer">Customer<\/option>/);
    expect(count(html, '>Add field</button>')).toBe(2);
    // The first field cannot move up, the last cannot move down.
    expect(html).toMatch(/<button type="button" disabled="">Move up<\/button><button type="button">Move down<\/button>/);
  });

  it('shows a reference to a deleted model as dangling, without offering a reference where no other model exists', () => {
    const html = render(hydrated(richSnapshot().entityModels), modelRemoved('m-customer'));
    expect(html).toContain('<option value="m-customer" disabled="">→ missing model</option>');
    expect(html).toContain('→ missing model: add a model to re-point it, or change the type.');
    expect(html).toContain('<option value="reference" disabled="">reference (needs another model)</option>');
    expect(html).toContain('Add another model to make a reference.');
  });

  it('draws as many elements for 2,000 models as for 100: the cards in view, each menu listing its own target', () => {
    const small = render(hydrated(ring(100)));
    const large = render(hydrated(ring(2_000)));
    expect(large).toContain('Model <select><option value="m1">Model1</option></select>');
    // Only the cards in view are drawn, and each Model menu lists its own target, not every model.
    expect(elements(large)).toBe(elements(small));
    expect(elements(large)).toBeLessThan(500);
  });
});
