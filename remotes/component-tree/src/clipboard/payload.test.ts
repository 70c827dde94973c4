import { treeForEditor } from '@psb/contracts';
import { richSnapshot } from '@psb/contracts/testing';
import { describe, expect, it } from 'vitest';
import { CLIPBOARD_FORMAT, type ClipboardPayload, copiedPayload } from './payload.js';
import { readPayload } from './readPayload.js';

const fixture = richSnapshot();
/** The fixture's tree as the editor holds it. */
const fixtureTree = treeForEditor(fixture.componentTree);
/** The fixture's Container (a heading and a button bound to a flow), as the clipboard would hold it. */
const copied = () => copiedPayload(fixtureTree, 'page', fixture.actionFlows) as ClipboardPayload;
const textOf = (payload: unknown) => JSON.stringify(payload);
const refusal = (payload: unknown) => {
  const read = readPayload(textOf(payload));
  return read && 'problem' in read ? read.problem : read;
};

describe('components on the clipboard', () => {
  it('copies a component with its whole subtree and the bindings of those nodes, and reads them back', () => {
    const payload = copied();
    expect(payload.format).toBe(CLIPBOARD_FORMAT);
    expect(Object.keys(payload.nodes).sort()).toEqual(['greet', 'page', 'title']);
    expect(payload.nodes.page?.parentId).toBeNull();
    expect(payload.bindings).toEqual(fixture.actionFlows.bindings);
    expect(copiedPayload(fixtureTree, 'footer', fixture.actionFlows)?.bindings).toEqual([]);
    expect(readPayload(textOf(payload))).toEqual({ payload });
  });

  it('leaves text that is not ours alone', () => {
    for (const text of ['Hello', '', '{"a": 1}', '{not json', '[1, 2]', textOf({ format: 'something-else', nodes: {} })]) {
      expect(readPayload(text)).toBeUndefined();
    }
  });

  it('refuses ours when it would not make a valid tree, saying why', () => {
    const payload = copied();
    expect(refusal({ ...payload, nodes: { ...payload.nodes, title: { ...payload.nodes.title, type: 'Marquee' } } })).toBe(
      'Nothing was pasted: the copied components are not valid (Unknown component type "Marquee"; expected one of Container, Text, Button, Input, Image, List).',
    );
    expect(refusal({ ...payload, rootId: 'title' })).toMatch(/^Nothing was pasted: the copied components are not valid/);
    expect(
      refusal({ ...payload, nodes: { ...payload.nodes, page: { ...payload.nodes.page, children: ['title', 'title'] } } }),
    ).toMatch(/^Nothing was pasted: the copied components are not valid/);
    expect(refusal({ ...payload, nodes: 'nodes' })).toMatch(/^Nothing was pasted: the copied components are not valid/);
    expect(refusal({ ...payload, nodes: { ...payload.nodes, greet: { ...payload.nodes.greet, props: { label: 7 } } } })).toMatch(
      /^Nothing was pasted: the copied components are not valid/,
    );
  });

  it('refuses ours when a binding is not one of the copied nodes’ events', () => {
    const payload = copied();
    const binding = payload.bindings[0];
    expect(refusal({ ...payload, bindings: [{ ...binding, nodeId: 'elsewhere' }] })).toBe(
      'Nothing was pasted: a copied binding is not valid (no copied component has the id "elsewhere").',
    );
    expect(refusal({ ...payload, bindings: [{ ...binding, nodeId: 'title' }] })).toBe(
      'Nothing was pasted: a copied binding is not valid (a Text does not emit "click").',
    );
    expect(refusal({ ...payload, bindings: [{ ...binding, id: 'not an id!' }] })).toMatch(
      /^Nothing was pasted: a copied binding is not valid/,
    );
  });

  it('refuses another version, a forbidden key and nesting too deep for a project', () => {
    const payload = copied();
    expect(refusal({ ...payload, versions: { componentTree: 2, actionFlows: 1 } })).toBe(
      'Nothing was pasted: they were copied from an editor of another version (component tree format 2, action flows format 1; this one reads 1 and 1).',
    );
    const text = textOf(payload).replace('"props":{"label"', '"props":{"__proto__":{"x":1},"label"');
    expect(readPayload(text)).toEqual({ problem: 'Nothing was pasted: the copied components hold a "__proto__" key.' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 200; i++) deep = [deep];
    const nested = { ...payload, nodes: { ...payload.nodes, greet: { ...payload.nodes.greet, props: { label: deep } } } };
    expect(refusal(nested)).toMatch(/^Nothing was pasted: the copied components are not valid/);
  });
});
