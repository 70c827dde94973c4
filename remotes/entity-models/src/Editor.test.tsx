import type { EntityModelsSection } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { configureStore, type UnknownAction } from '@reduxjs/toolkit';
import { renderToStaticMarkup } from 'react-dom/server';
import { Provider } from 'react-redux';
import { describe, expect, it } from 'vitest';
import { Editor } from './Editor.js';
import { entityModelsSlice, hydrated, KEY, modelRemoved } from './slice.js';

/** The editor's first render over the state these actions make: what a person or a test finds by name. */
function render(...actions: UnknownAction[]): string {
  const store = configureStore({ reducer: { [KEY]: entityModelsSlice.reducer } });
  for (const action of actions) store.dispatch(action);
  return renderToStaticMarkup(
    <Provider store={store}>
      <Editor />
    </Provider>,
  );
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
    expect(html).toMatch(/Model <select><option value="m-customer" selected="">Customer<\/option>/);
    expect(count(html, '>Add field</button>')).toBe(2);
    // The first field cannot move up, the last cannot move down.
    expect(html).toMatch(/<button type="button" disabled="">Move up<\/button><button type="button">Move down<\/button>/);
  });

  it('shows a reference to a deleted model as dangling, without offering a reference where no other model exists', () => {
    const html = render(hydrated(richSnapshot().entityModels), modelRemoved('m-customer'));
    expect(html).toContain('<option value="m-customer" disabled="" selected="">→ missing model</option>');
    expect(html).toContain('→ missing model: add a model to re-point it, or change the type.');
    expect(html).toContain('<option value="reference" disabled="">reference (needs another model)</option>');
    expect(html).toContain('Add another model to make a reference.');
  });

  it('renders a few elements per model, however many models a reference could point at', () => {
    const small = render(hydrated(ring(100)));
    const large = render(hydrated(ring(500)));
    expect(large).toContain('Model <select><option value="m1" selected="">Model1</option></select>');
    // Linear: five times the models, at most five times the elements (one option per menu, not one per model).
    expect(elements(large)).toBeLessThanOrEqual(5 * elements(small));
    expect(elements(large)).toBeLessThan(500 * 40);
  });
});
