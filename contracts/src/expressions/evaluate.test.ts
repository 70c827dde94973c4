import { describe, expect, it } from 'vitest';
import type { Expr } from './ast.js';
import { evaluate } from './evaluate.js';
import { parseExpression } from './parse.js';
import { type Scope, scopeFromRecord } from './scope.js';

const values = {
  count: 2,
  price: 9.5,
  zero: 0,
  name: 'Ann',
  empty: '',
  yes: true,
  no: false,
  nothing: null,
  user: { name: 'Ann', age: 40, address: { city: 'Oslo' }, tags: ['a', 'b'] },
  items: [1, 2, 3],
};

function run(source: string, scope: Scope = scopeFromRecord(values)) {
  const parsed = parseExpression(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
  return evaluate(parsed.ast, scope);
}

const value = (source: string) => {
  const result = run(source);
  if (!result.ok) throw new Error(`${source}: ${result.error.message}`);
  return result.value;
};

const errorOf = (source: string) => {
  const result = run(source);
  if (result.ok) throw new Error(`${source} gave ${JSON.stringify(result.value)}`);
  return result.error;
};

describe('evaluate: arithmetic', () => {
  it('adds, subtracts, multiplies, divides and takes remainders of numbers', () => {
    expect(value('count + 1')).toBe(3);
    expect(value('count - 5')).toBe(-3);
    expect(value('price * 2')).toBe(19);
    expect(value('7 / 2')).toBe(3.5);
    expect(value('7 % 3')).toBe(1);
    expect(value('-7 % 3')).toBe(-1);
    expect(value('5.5 % 2')).toBe(1.5);
    expect(value('0.1 + 0.2')).toBe(0.1 + 0.2);
  });

  it('negates numbers', () => {
    expect(value('-count')).toBe(-2);
    expect(value('- -count')).toBe(2);
    expect(value('-(count * 3)')).toBe(-6);
  });

  it('concatenates when either side of + is a string', () => {
    expect(value('"Hi " + name')).toBe('Hi Ann');
    expect(value('name + 1')).toBe('Ann1');
    expect(value('1 + 2 + "x"')).toBe('3x');
    expect(value('"x" + 1 + 2')).toBe('x12');
    expect(value('"is " + yes')).toBe('is true');
    expect(value('"is " + nothing')).toBe('is null');
    expect(value('"a\\tb" + ""')).toBe('a\tb');
  });

  it('refuses division and remainder by zero, pointing at the divisor', () => {
    expect(errorOf('count / zero')).toEqual({ message: 'Division by zero', start: 8, end: 12 });
    expect(errorOf('count % 0')).toEqual({ message: 'Division by zero', start: 8, end: 9 });
    expect(errorOf('0 / (1 - 1)')).toEqual({ message: 'Division by zero', start: 4, end: 11 });
  });

  it('refuses results too large for JSON', () => {
    expect(errorOf('1e308 * 10')).toEqual({ message: 'The result is too large for a number', start: 0, end: 10 });
    expect(errorOf('1e308 + 1e308')).toMatchObject({ message: 'The result is too large for a number' });
  });

  it('refuses arithmetic on what is not a number, naming both sides', () => {
    expect(errorOf('name - 1')).toEqual({ message: '"-" needs two numbers, got a string and a number', start: 0, end: 8 });
    expect(errorOf('yes * 2')).toMatchObject({ message: '"*" needs two numbers, got a boolean and a number' });
    expect(errorOf('1 + yes')).toMatchObject({ message: '"+" needs two numbers or a string, got a number and a boolean' });
    expect(errorOf('nothing + 1')).toMatchObject({ message: '"+" needs two numbers or a string, got null and a number' });
    expect(errorOf('items / 2')).toMatchObject({ message: '"/" needs two numbers, got an array and a number' });
    expect(errorOf('"a" + user')).toMatchObject({ message: '"+" cannot join an object to a string' });
    expect(errorOf('items + ""')).toMatchObject({ message: '"+" cannot join an array to a string' });
    expect(errorOf('-name')).toEqual({ message: '"-" needs a number, got a string', start: 0, end: 5 });
  });
});

describe('evaluate: comparison and logic', () => {
  it('compares with strict equality, by content for arrays and objects', () => {
    expect(value('count == 2')).toBe(true);
    expect(value('count != 2')).toBe(false);
    expect(value('count === 2')).toBe(true);
    expect(value('count !== 3')).toBe(true);
    expect(value('count == "2"')).toBe(false);
    expect(value('nothing == null')).toBe(true);
    expect(value('zero == false')).toBe(false);
    expect(value('user == user')).toBe(true);
    expect(value('user.address == user')).toBe(false);
    expect(value('items != items')).toBe(false);
    const copies = scopeFromRecord({ a: { x: [1, { y: 2 }] }, b: { x: [1, { y: 2 }] }, c: { x: [1, { y: 3 }] } });
    expect(run('a == b', copies)).toEqual({ ok: true, value: true });
    expect(run('a == c', copies)).toEqual({ ok: true, value: false });
  });

  it('orders two numbers or two strings', () => {
    expect(value('count < 3')).toBe(true);
    expect(value('count < 2')).toBe(false);
    expect(value('count <= 2')).toBe(true);
    expect(value('count > 2')).toBe(false);
    expect(value('count >= 2')).toBe(true);
    expect(value('"apple" < "banana"')).toBe(true);
    expect(value('"b" >= "a"')).toBe(true);
    expect(value('"10" < "9"')).toBe(true);
  });

  it('refuses to order mixed or other kinds of values', () => {
    expect(errorOf('count < "3"')).toEqual({
      message: '"<" needs two numbers or two strings, got a number and a string',
      start: 0,
      end: 11,
    });
    expect(errorOf('yes > no')).toMatchObject({ message: '">" needs two numbers or two strings, got a boolean and a boolean' });
    expect(errorOf('nothing <= 1')).toMatchObject({ message: '"<=" needs two numbers or two strings, got null and a number' });
  });

  it('negates with JavaScript truthiness', () => {
    expect(value('!yes')).toBe(false);
    expect(value('!zero')).toBe(true);
    expect(value('!empty')).toBe(true);
    expect(value('!nothing')).toBe(true);
    expect(value('!name')).toBe(false);
    expect(value('!items')).toBe(false);
    expect(value('!!count')).toBe(true);
  });

  it('returns an operand from && and ||, evaluating the right one only when needed', () => {
    expect(value('yes && name')).toBe('Ann');
    expect(value('empty && name')).toBe('');
    expect(value('empty || "guest"')).toBe('guest');
    expect(value('name || "guest"')).toBe('Ann');
    expect(value('nothing || zero')).toBe(0);
    expect(value('no && missing')).toBe(false);
    expect(value('yes || 1 / 0')).toBe(true);
    expect(value('zero != 0 && count / zero')).toBe(false);
    expect(errorOf('yes && missing')).toEqual({ message: 'Unknown variable "missing"', start: 7, end: 14 });
  });
});

describe('evaluate: variables and member access', () => {
  it('reads variables of every JSON kind', () => {
    expect(value('name')).toBe('Ann');
    expect(value('nothing')).toBeNull();
    expect(value('items')).toEqual([1, 2, 3]);
    expect(value('user')).toEqual(values.user);
  });

  it('names an unknown variable at its place', () => {
    expect(errorOf('count + missing * 2')).toEqual({ message: 'Unknown variable "missing"', start: 8, end: 15 });
  });

  it('does not find names through the prototype of a record scope', () => {
    expect(errorOf('toString')).toMatchObject({ message: 'Unknown variable "toString"' });
    expect(errorOf('constructor')).toMatchObject({ message: 'Unknown variable "constructor"' });
    expect(errorOf('hasOwnProperty')).toMatchObject({ message: 'Unknown variable "hasOwnProperty"' });
  });

  it('reads own properties of objects and arrays', () => {
    expect(value('user.name')).toBe('Ann');
    expect(value('user.address.city')).toBe('Oslo');
    expect(value('user.tags.length')).toBe(2);
    expect(value('items.length * 2')).toBe(6);
    expect(value('(user).age + 1')).toBe(41);
  });

  it('refuses missing properties, properties of non-objects and inherited ones', () => {
    expect(errorOf('user.email')).toEqual({ message: 'user has no property "email"', start: 5, end: 10 });
    expect(errorOf('user.address.zip')).toEqual({ message: 'user.address has no property "zip"', start: 13, end: 16 });
    expect(errorOf('user.toString')).toMatchObject({ message: 'user has no property "toString"' });
    expect(errorOf('items.map')).toMatchObject({ message: 'items has no property "map"' });
    expect(errorOf('name.length')).toEqual({ message: 'Cannot read "length" of a string', start: 5, end: 11 });
    expect(errorOf('nothing.x')).toEqual({ message: 'Cannot read "x" of null', start: 8, end: 9 });
    expect(errorOf('user.name.first')).toMatchObject({ message: 'Cannot read "first" of a string' });
  });

  it('refuses forbidden names even in a hand-built tree, and even as own properties', () => {
    const own = JSON.parse('{"__proto__": {"x": 1}, "constructor": 1}');
    const scope = scopeFromRecord({ own });
    for (const property of ['__proto__', 'constructor', 'prototype']) {
      const ast: Expr = {
        type: 'member',
        object: { type: 'variable', name: 'own', start: 0, end: 3 },
        property,
        propertyStart: 4,
        start: 0,
        end: 4 + property.length,
      };
      expect(evaluate(ast, scope)).toEqual({
        ok: false,
        error: { message: `The property "${property}" cannot be read`, start: 4, end: 4 + property.length },
      });
    }
  });

  it('refuses values from the scope that are not JSON, and getters', () => {
    const scope: Scope = (name) => {
      if (name === 'fn') return { found: true, value: () => 1 };
      if (name === 'nan') return { found: true, value: Number.NaN };
      if (name === 'date') return { found: true, value: new Date(0) };
      if (name === 'undef') return { found: true, value: undefined };
      if (name === 'getter') {
        return {
          found: true,
          value: Object.defineProperty({}, 'x', {
            get() {
              throw new Error('ran');
            },
          }),
        };
      }
      return { found: false };
    };
    expect(run('fn', scope)).toEqual({
      ok: false,
      error: { message: 'Variable "fn" does not hold a JSON value', start: 0, end: 2 },
    });
    for (const name of ['nan', 'date', 'undef']) {
      expect(run(name, scope)).toMatchObject({ ok: false, error: { message: `Variable "${name}" does not hold a JSON value` } });
    }
    expect(run('getter.x', scope)).toMatchObject({
      ok: false,
      error: { message: 'The property "x" does not hold a JSON value' },
    });
  });

  it('never throws, even when the scope does or the tree is not one', () => {
    const throwing: Scope = () => {
      throw new Error('boom');
    };
    expect(run('a + 1', throwing)).toEqual({
      ok: false,
      error: { message: 'Expression could not be evaluated', start: 0, end: 5 },
    });
    expect(evaluate({ type: 'call' } as unknown as Expr, throwing)).toMatchObject({ ok: false });
    expect(evaluate(null as unknown as Expr, throwing)).toMatchObject({ ok: false });
  });
});
