import { describe, expect, it } from 'vitest';
import { checkDomainModule } from './checkDomainModule.js';

const Editor = () => null;
const Inspector = () => null;

/** A module built against contract 1.0.0: one place, no inspector. */
const oneZero = () => ({
  key: 'componentTree',
  title: 'Component tree',
  contractVersion: '1.0.0',
  version: 1,
  slice: { name: 'componentTree', reducerPath: 'componentTree', reducer: (state: unknown) => state },
  hydrateFromSnapshot: () => ({ type: 'hydrated' }),
  selectSnapshot: () => ({}),
  emptySection: () => ({}),
  Editor,
});

describe('checkDomainModule', () => {
  it('accepts a module without an inspector, as built against 1.0.0', () => {
    expect(checkDomainModule(oneZero())).toEqual([]);
  });

  it('accepts an inspector given as a function or an object component', () => {
    expect(checkDomainModule({ ...oneZero(), contractVersion: '1.1.0', Inspector })).toEqual([]);
    expect(checkDomainModule({ ...oneZero(), Inspector: { $$typeof: Symbol.for('react.memo') } })).toEqual([]);
  });

  it('refuses an inspector that is not a component', () => {
    expect(checkDomainModule({ ...oneZero(), Inspector: 'inspector' })).toEqual([
      { path: '/Inspector', message: 'Expected a React component.' },
    ]);
  });

  it('accepts describeChanges as a function, as built against 1.2.0, and refuses anything else', () => {
    expect(checkDomainModule({ ...oneZero(), contractVersion: '1.2.0', describeChanges: () => [] })).toEqual([]);
    expect(checkDomainModule({ ...oneZero(), describeChanges: 'changes' })).toEqual([
      { path: '/describeChanges', message: 'Expected a function.' },
    ]);
  });

  it('refuses a module without an editor', () => {
    const { Editor: _, ...module } = oneZero();
    expect(checkDomainModule(module)).toEqual([{ path: '/Editor', message: 'Expected a React component.' }]);
  });
});
