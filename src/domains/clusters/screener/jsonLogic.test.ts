import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyRule, isJsonLogicRule, ruleHolds } from './jsonLogic.js';

const suitePath = new URL('../../../../../shared/data/jsonlogic/tests.json', import.meta.url);
const suite = (JSON.parse(readFileSync(suitePath, 'utf8')) as unknown[]).filter(
  (entry): entry is [unknown, Record<string, unknown>, unknown] => Array.isArray(entry),
);

describe('the JSON Logic engine against the shared conformance suite', () => {
  it('holds all the cases', () => expect(suite.length).toBe(278));
  it.each(suite.map((entry, index) => [index, ...entry] as const))(
    'case %i: %j with %j',
    (_index, rule, data, expected) => {
      expect(applyRule(rule, data ?? {})).toEqual(expected);
    },
  );
});

describe('isJsonLogicRule', () => {
  it('accepts standard rules and plain values', () => {
    expect(
      isJsonLogicRule({ and: [{ '==': [{ var: 'province' }, 'ns'] }, { '>=': [{ var: 'age' }, 65] }] }),
    ).toBe(true);
    expect(isJsonLogicRule(true)).toBe(true);
  });
  it('refuses unknown operators, objects with two operators and runaway nesting', () => {
    expect(isJsonLogicRule({ eval: ['x'] })).toBe(false);
    expect(isJsonLogicRule({ '==': [1, 1], '!=': [1, 2] })).toBe(false);
    let deep: unknown = true;
    for (let i = 0; i < 40; i += 1) deep = { '!': [deep] };
    expect(isJsonLogicRule(deep)).toBe(false);
  });
  it('uses JSON Logic truthiness', () => {
    expect(ruleHolds({ var: 'children' }, { children: [] })).toBe(false);
    expect(ruleHolds({ var: 'x' }, { x: '0' })).toBe(true);
  });
});

describe('rules found by fuzzing', () => {
  it('refuse a var naming the whole set of answers, which no comparison can turn into a value', () => {
    expect(isJsonLogicRule({ '==': [false, { var: '' }] })).toBe(false);
    expect(isJsonLogicRule({ var: ['', 1] })).toBe(false);
    expect(isJsonLogicRule({ var: ['age', 18] })).toBe(true);
    expect(isJsonLogicRule({ var: ['age', { var: 'x' }] })).toBe(false);
    expect(isJsonLogicRule({ var: 0 })).toBe(true);
  });

  it('evaluate over answers parsed from a form, which have no prototype', () => {
    const answers = Object.assign(Object.create(null) as Record<string, unknown>, { age: 70 });
    expect(ruleHolds({ '>=': [{ var: 'age' }, 65] }, answers)).toBe(true);
  });
});
