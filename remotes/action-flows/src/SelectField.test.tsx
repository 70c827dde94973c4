import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { type Option, optionsShown, SelectField } from './SelectField.js';

const greet: Option = ['flow-greet', 'Greet'];
const thanks: Option = ['flow-thanks', 'Thanks'];
const missing: Option = ['flow-gone', '⚠ missing flow'];

describe('SelectField', () => {
  it('holds only the current value while closed, without asking for the options', () => {
    const options = vi.fn(() => [greet, thanks]);
    expect(optionsShown(false, thanks, options)).toEqual([thanks]);
    expect(options).not.toHaveBeenCalled();
    const html = renderToStaticMarkup(<SelectField label="Flow" current={thanks} options={options} onChange={() => {}} />);
    expect(html).toMatch(
      /<label for="([^"]+)">Flow<\/label><select id="\1"><option value="flow-thanks" selected="">Thanks<\/option><\/select>/,
    );
  });

  it('lists every option once open, in order, the current one among them', () => {
    expect(optionsShown(true, thanks, () => [greet, thanks])).toEqual([greet, thanks]);
  });

  it('keeps a current value no option has, first and as it is', () => {
    expect(optionsShown(true, missing, () => [greet, thanks])).toEqual([missing, greet, thanks]);
  });
});
