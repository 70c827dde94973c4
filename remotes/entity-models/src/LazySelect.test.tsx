import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { choicesShown, LazySelect } from './LazySelect.js';

const customer = { value: 'm-customer', text: 'Customer' };
const order = { value: 'm-order', text: 'Order' };
const missing = { value: 'm-gone', text: '→ missing model', disabled: true };

describe('LazySelect', () => {
  it('holds only the current value while closed, without asking for the choices', () => {
    const choices = vi.fn(() => [customer, order]);
    expect(choicesShown(false, order, choices)).toEqual([order]);
    expect(choices).not.toHaveBeenCalled();
    expect(renderToStaticMarkup(<LazySelect current={order} choices={choices} onChange={() => {}} />)).toBe(
      '<select><option value="m-order" selected="">Order</option></select>',
    );
  });

  it('lists every choice once open, in order, the current one among them', () => {
    expect(choicesShown(true, order, () => [customer, order])).toEqual([customer, order]);
  });

  it('keeps a current value no choice has, first and as it is', () => {
    expect(choicesShown(true, missing, () => [customer, order])).toEqual([missing, customer, order]);
    expect(renderToStaticMarkup(<LazySelect current={missing} choices={() => []} onChange={() => {}} />)).toContain(
      '<option value="m-gone" disabled="" selected="">→ missing model</option>',
    );
  });
});
