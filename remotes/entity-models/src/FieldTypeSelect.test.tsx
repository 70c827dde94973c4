import type { ModelField } from '@psb/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FieldTypeSelect, typeChoices } from './FieldTypeSelect.js';

const tier: ModelField = { id: 'f-tier', name: 'tier', type: 'enum', values: ['gold'], required: true };
const render = (canReference: boolean) =>
  renderToStaticMarkup(<FieldTypeSelect field={tier} canReference={canReference} onChange={() => {}} />);

describe('the Type menu', () => {
  it('holds only the field’s type while closed', () => {
    expect(render(true)).toContain('Type <select><option value="enum" selected="">enum</option></select>');
  });

  it('offers every type once open, a reference only when another model exists', () => {
    expect(typeChoices(false)).toEqual(
      ['string', 'number', 'boolean', 'date', 'enum', 'reference'].map((t) => ({ value: t, text: t })),
    );
    expect(typeChoices(true).at(-1)).toEqual({ value: 'reference', text: 'reference (needs another model)', disabled: true });
    expect(typeChoices(true).slice(0, -1)).toEqual(typeChoices(false).slice(0, -1));
  });

  it('says why a reference cannot be made, and ties that to the menu', () => {
    const html = render(false);
    const hint = /<span id="([^"]+)" class="psb-muted">Add another model to make a reference.<\/span>/.exec(html);
    expect(hint).not.toBeNull();
    expect(html).toContain(`<select aria-describedby="${hint?.[1]}">`);
    expect(render(true)).not.toContain('Add another model');
  });
});
