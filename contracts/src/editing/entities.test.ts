import { describe, expect, it } from 'vitest';
import { entityById, entityNameProblem, firstFreeName, isFreeId } from './entities.js';

const state = {
  ids: ['a', 'b'],
  entities: { a: { id: 'a', name: 'count' }, b: { id: 'b', name: 'total' } },
};

describe('entities', () => {
  it('finds an entity by its own key only', () => {
    expect(entityById(state, 'a')?.name).toBe('count');
    expect(entityById(state, 'constructor')).toBeUndefined();
  });

  it('gives a new entity only a well-formed id no other has', () => {
    expect(isFreeId(state, 'c-1_x')).toBe(true);
    for (const id of ['a', '', 'has space', 'x'.repeat(65)]) expect(isFreeId(state, id), id).toBe(false);
  });

  it('lets an entity keep its own name but not take another’s', () => {
    expect(entityNameProblem(state, 'a', 'count', 'variable')).toBeUndefined();
    expect(entityNameProblem(state, 'a', 'total', 'variable')).toBe('Another variable is already named "total".');
    expect(entityNameProblem(state, undefined, 'count', 'variable')).toBe('Another variable is already named "count".');
    expect(entityNameProblem(state, 'a', 'has space', 'variable')).toMatch(/^Use letters/);
  });

  it('finds the first free numbered name from where it starts', () => {
    const taken = new Set(['field2', 'field3']);
    expect(firstFreeName('field', 2, (name) => !taken.has(name))).toBe('field4');
    expect(firstFreeName('field', 1, (name) => !taken.has(name))).toBe('field1');
  });
});
