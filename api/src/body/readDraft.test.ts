import { describe, expect, it } from 'vitest';
import { draft } from '../testing/tempStore.js';
import { objectSpan } from './objectSpan.js';
import { fillMetaSlot, metaSlot, readDraft } from './readDraft.js';

const bytes = (text: string) => Buffer.from(text);
const slotOf = (text: string) => metaSlot(objectSpan(bytes(text)));

describe('readDraft', () => {
  it('finds where a valid draft’s meta is, so the server’s meta can replace it and nothing else', () => {
    const { meta, ...sections } = draft('Über');
    const sent = bytes(`\uFEFF ${JSON.stringify({ ...sections, meta }, null, 2)}\n`);
    const reading = readDraft(sent);
    if (reading.kind !== 'valid') throw new Error(`expected a valid draft, got ${reading.kind}`);
    expect(reading.meta).toEqual(meta);
    expect(reading.json).toBeUndefined();
    const stored = fillMetaSlot(sent, reading.slot, { id: 'p1', name: 'Über' }).toString();
    const text = sent.toString().slice(2, -1);
    expect(stored).toBe(text.replace(JSON.stringify(meta, null, 2).replaceAll('\n', '\n  '), '{"id":"p1","name":"Über"}'));
  });

  it('serialises a draft with "meta" twice again, as JSON.parse reads it', () => {
    const sent = bytes(`{"meta":{"name":"First"},${JSON.stringify(draft('Second')).slice(1)}`);
    const reading = readDraft(sent);
    if (reading.kind !== 'valid' || !reading.json) throw new Error('expected a draft serialised again');
    const stored = JSON.parse(fillMetaSlot(reading.json, reading.slot, { name: 'Stamped' }).toString());
    expect(stored).toEqual({ ...draft('Second'), meta: { name: 'Stamped' } });
  });

  it('serialises a draft with a key repeated deeper down again, so the stored text has only the key checked', () => {
    const text = JSON.stringify(draft('Repeated'));
    const sent = bytes(text.replace('"rootIds":', '"rootIds":["ghost"],"rootIds":'));
    const reading = readDraft(sent);
    if (reading.kind !== 'valid' || !reading.json) throw new Error('expected a draft serialised again');
    const { meta } = draft('Repeated');
    const stored = fillMetaSlot(reading.json, reading.slot, meta).toString();
    expect(stored).not.toContain('ghost');
    expect(JSON.parse(stored)).toEqual(draft('Repeated'));
  });

  it('says what is wrong with bytes that are not a valid draft', () => {
    expect(readDraft(bytes('')).kind).toBe('empty');
    expect(readDraft(Buffer.from([0x7b, 0xe9, 0x7d])).kind).toBe('notUtf8');
    expect(readDraft(bytes('{"schemaVersion": 1,')).kind).toBe('notJson');
    expect(readDraft(bytes(`{"__proto__":{"x":1},${JSON.stringify(draft()).slice(1)}`)).kind).toBe('notJson');
    expect(readDraft(bytes(`{"constructor":{"prototype":{}},${JSON.stringify(draft()).slice(1)}`)).kind).toBe('notJson');
    const reading = readDraft(bytes(JSON.stringify({ ...draft(), schemaVersion: 'one' })));
    expect(reading).toMatchObject({ kind: 'invalid', problems: [{ path: '/schemaVersion' }] });
  });
});

describe('metaSlot', () => {
  it('finds a meta key written with escapes, as JSON.parse does', () => {
    const json = bytes('{"m\\u0065ta":{},"b":1}');
    const slot = metaSlot(objectSpan(json));
    expect(slot && fillMetaSlot(json, slot, { name: 'x' }).toString()).toBe('{"m\\u0065ta":{"name":"x"},"b":1}');
  });

  it('declines when meta is missing or repeated, or appears only below the top level', () => {
    expect(slotOf('{"meta":{"name":"a"},"meta":{"name":"b"}}')).toBeUndefined();
    expect(slotOf('{"meta":{},"m\\u0065ta":{}}')).toBeUndefined();
    expect(slotOf('{"section":{"meta":{}}}')).toBeUndefined();
  });
});
