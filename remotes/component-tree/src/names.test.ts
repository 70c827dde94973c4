import { describe, expect, it } from 'vitest';
import { treeLabel, withChildren } from './names.js';

describe('treeLabel', () => {
  it('labels a named component by its name', () => {
    expect(treeLabel({ name: 'Hero', type: 'Text', props: { content: 'Welcome aboard' } })).toBe('Hero');
  });

  it('labels an unnamed component by its type and the text it shows', () => {
    expect(treeLabel({ type: 'Text', props: { content: 'Welcome aboard' } })).toBe('Text “Welcome aboard”');
    expect(treeLabel({ type: 'Button', props: { label: '  Sign\n up ' } })).toBe('Button “Sign up”');
  });

  it('cuts long text short and falls back to the type when there is no text', () => {
    expect(treeLabel({ type: 'Text', props: { content: 'a'.repeat(60) } })).toBe(`Text “${'a'.repeat(39)}…”`);
    expect(treeLabel({ type: 'Text', props: { content: '   ' } })).toBe('Text');
    expect(treeLabel({ type: 'Container', props: {} })).toBe('Container');
  });
});

describe('withChildren', () => {
  it('agrees with the count', () => {
    expect(withChildren('Container', 0)).toBe('Container');
    expect(withChildren('Container', 1)).toBe('Container and 1 child');
    expect(withChildren('Container', 3)).toBe('Container and 3 children');
  });
});
