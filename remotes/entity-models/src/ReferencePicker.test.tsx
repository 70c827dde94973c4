// @vitest-environment happy-dom
import { richSnapshot } from '@psb/contracts/testing';
import { nativeSelect, rootPerTest } from '@psb/contracts/testing/dom';
import { configureStore } from '@reduxjs/toolkit';
import { Provider, useSelector } from 'react-redux';
import { describe, expect, it } from 'vitest';
import { ReferencePicker } from './ReferencePicker.js';
import { entityModelsSlice, hydrated, KEY, modelAdded, modelRemoved } from './slice.js';

const orderCustomer = { modelId: 'm-order', fieldId: 'f-customer' };

/** The Model menu of Order.customer, given its current target as a field row gives it. */
function OrderCustomer() {
  const section = useSelector(entityModelsSlice.selectSlice);
  const field = section.entities['m-order']?.fields.find((f) => f.id === orderCustomer.fieldId);
  const targetId = field?.type === 'reference' ? field.modelId : '';
  return <ReferencePicker at={orderCustomer} targetId={targetId} />;
}

/** The rich fixture (Order.customer points at Customer) with a third model, Model3 of id `m-invoice`. */
function storeOf() {
  const store = configureStore({ reducer: { [KEY]: entityModelsSlice.reducer } });
  store.dispatch(hydrated(richSnapshot().entityModels));
  store.dispatch({ type: modelAdded.type, payload: { id: 'm-invoice' } });
  return store;
}

const page = rootPerTest();

function show(store: ReturnType<typeof storeOf>): HTMLSelectElement {
  page.render(
    <Provider store={store}>
      <OrderCustomer />
    </Provider>,
  );
  const select = page.container.querySelector('label select');
  if (!(select instanceof HTMLSelectElement) || select.closest('label')?.textContent?.startsWith('Model ') !== true) {
    throw new Error('no select labelled Model');
  }
  return select;
}

/** What the select holds: each option's value and text, and whether it is disabled. */
const shown = (select: HTMLSelectElement) =>
  [...select.options].map((o) => ({ value: o.value, text: o.text, ...(o.disabled ? { disabled: true } : {}) }));
const { open, close, choose } = nativeSelect;
const note = () => page.container.querySelector('.psb-models-dangling');

describe('ReferencePicker', () => {
  it('shows the model the field points at, and offers every other model when opened', () => {
    const select = show(storeOf());
    expect(shown(select)).toEqual([{ value: 'm-customer', text: 'Customer' }]);
    expect(select.value).toBe('m-customer');
    open(select);
    expect(shown(select)).toEqual([
      { value: 'm-customer', text: 'Customer' },
      { value: 'm-invoice', text: 'Model3' },
    ]);
    expect(select.value).toBe('m-customer');
    close(select);
    expect(shown(select)).toEqual([{ value: 'm-customer', text: 'Customer' }]);
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(note()).toBeNull();
  });

  it('re-points the field at the model picked', () => {
    const store = storeOf();
    const select = show(store);
    open(select);
    choose(select, 'm-invoice');
    const field = store.getState()[KEY].entities['m-order']?.fields[0];
    expect(field).toMatchObject({ type: 'reference', modelId: 'm-invoice' });
    expect(select.value).toBe('m-invoice');
    close(select);
    expect(shown(select)).toEqual([{ value: 'm-invoice', text: 'Model3' }]);
  });

  it('shows a reference to a deleted model as missing, still offering the models left', () => {
    const store = storeOf();
    store.dispatch(modelRemoved('m-customer'));
    const select = show(store);
    const missing = { value: 'm-customer', text: '→ missing model', disabled: true };
    expect(shown(select)).toEqual([missing]);
    expect(select.value).toBe('m-customer');
    expect(select.getAttribute('aria-invalid')).toBe('true');
    expect(note()?.textContent).toBe('→ missing model: pick one to re-point it.');
    expect(select.getAttribute('aria-describedby')).toBe(note()?.id);
    open(select);
    expect(shown(select)).toEqual([missing, { value: 'm-invoice', text: 'Model3' }]);
    expect(select.value).toBe('m-customer');
    choose(select, 'm-invoice');
    close(select);
    expect(store.getState()[KEY].entities['m-order']?.fields[0]).toMatchObject({ modelId: 'm-invoice' });
    expect(shown(select)).toEqual([{ value: 'm-invoice', text: 'Model3' }]);
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(note()).toBeNull();
  });
});
