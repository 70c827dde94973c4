import { richSnapshot } from '@psb/contracts/testing';
import { configureStore } from '@reduxjs/toolkit';
import { renderToStaticMarkup } from 'react-dom/server';
import { Provider } from 'react-redux';
import { describe, expect, it, vi } from 'vitest';
import type { Choice } from './LazySelect.js';
import { ReferencePicker } from './ReferencePicker.js';
import { entityModelsSlice, hydrated, KEY, modelAdded, modelRemoved } from './slice.js';

/*
 * No DOM here (the workspace has no jsdom): the select is replaced by one that keeps its props, so a test can
 * open it (ask for its choices) and pick one (call onChange) as the real one does on focus and change.
 */
const picked: { current?: Choice; choices?: () => Choice[]; onChange?: (value: string) => void } = {};
vi.mock('./LazySelect.js', () => ({
  LazySelect: (props: typeof picked) => {
    Object.assign(picked, props);
    return null;
  },
}));

const orderCustomer = { modelId: 'm-order', fieldId: 'f-customer' };

function renderPicker(store: ReturnType<typeof storeOf>) {
  const section = entityModelsSlice.selectSlice(store.getState());
  const field = section.entities['m-order']?.fields.find((f) => f.id === orderCustomer.fieldId);
  const targetId = field?.type === 'reference' ? field.modelId : '';
  return renderToStaticMarkup(
    <Provider store={store}>
      <ReferencePicker section={section} at={orderCustomer} targetId={targetId} />
    </Provider>,
  );
}

/** The rich fixture (Order.customer points at Customer) with a third model, Model3 of id `m-invoice`. */
function storeOf() {
  const store = configureStore({ reducer: { [KEY]: entityModelsSlice.reducer } });
  store.dispatch(hydrated(richSnapshot().entityModels));
  store.dispatch({ type: modelAdded.type, payload: { id: 'm-invoice' } });
  return store;
}

describe('ReferencePicker', () => {
  it('shows the model the field points at, and offers every other model when opened', () => {
    const store = storeOf();
    renderPicker(store);
    expect(picked.current).toEqual({ value: 'm-customer', text: 'Customer' });
    expect(picked.choices?.()).toEqual([
      { value: 'm-customer', text: 'Customer' },
      { value: 'm-invoice', text: 'Model3' },
    ]);
  });

  it('re-points the field at the model picked', () => {
    const store = storeOf();
    renderPicker(store);
    picked.onChange?.('m-invoice');
    const field = store.getState()[KEY].entities['m-order']?.fields[0];
    expect(field).toMatchObject({ type: 'reference', modelId: 'm-invoice' });
    renderPicker(store);
    expect(picked.current).toEqual({ value: 'm-invoice', text: 'Model3' });
  });

  it('shows a reference to a deleted model as missing, still offering the models left', () => {
    const store = storeOf();
    store.dispatch(modelRemoved('m-customer'));
    const html = renderPicker(store);
    expect(picked.current).toEqual({ value: 'm-customer', text: '→ missing model', disabled: true });
    expect(picked.choices?.()).toEqual([{ value: 'm-invoice', text: 'Model3' }]);
    expect(html).toContain('→ missing model: pick one to re-point it.');
  });
});
