import { describe, expect, it } from 'vitest';
import { metaSplice } from './metaSplice.js';

const splice = (text: string) => metaSplice(Buffer.from(text));

describe('metaSplice', () => {
  it('puts another meta in place of the one sent, leaving every other byte as it was', () => {
    const put = splice('\uFEFF {"a": [1, 2],\n  "meta": {"name": "Sent"},\n  "é": "ü"} \n');
    expect(put?.({ id: 'p1', name: 'Sent' }).toString()).toBe('{"a": [1, 2],\n  "meta": {"id":"p1","name":"Sent"},\n  "é": "ü"}');
  });

  it('finds a meta key written with escapes, as JSON.parse does', () => {
    expect(splice('{"m\\u0065ta":{},"b":1}')?.({ name: 'x' }).toString()).toBe('{"m\\u0065ta":{"name":"x"},"b":1}');
  });

  it('declines when meta is missing or repeated, or appears only below the top level', () => {
    expect(splice('{"meta":{"name":"a"},"meta":{"name":"b"}}')).toBeUndefined();
    expect(splice('{"meta":{},"m\\u0065ta":{}}')).toBeUndefined();
    expect(splice('{"section":{"meta":{}}}')).toBeUndefined();
  });
});
