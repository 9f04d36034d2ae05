import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isJsonLogicRule, ruleHolds } from './jsonLogic.js';

/** Rules built from the allowed operators over answer names and plain values, a few levels deep. */
const rule = fc.letrec<{ rule: unknown }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null)),
    fc.record({ var: fc.oneof(fc.constantFrom('age', 'has_child', 'province', 'a.b', ''), fc.string()) }),
    fc
      .tuple(
        fc.constantFrom(
          '==',
          '!=',
          '<',
          '>',
          'and',
          'or',
          '!',
          'in',
          'cat',
          '+',
          '/',
          '%',
          'if',
          'missing',
          'merge',
          'substr',
          'min',
          'max',
        ),
        fc.array(tie('rule'), { maxLength: 3 }),
      )
      .map(([operator, args]) => ({ [operator]: args })),
    fc
      .tuple(
        fc.constantFrom('map', 'filter', 'all', 'some', 'none', 'reduce'),
        fc.array(tie('rule'), { maxLength: 3 }),
      )
      .map(([operator, args]) => ({ [operator]: args })),
  ),
}));

const answers = fc.dictionary(
  fc.constantFrom('age', 'has_child', 'province', 'a'),
  fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.array(fc.integer(), { maxLength: 3 })),
);

describe('screener rules under arbitrary input', () => {
  it('are judged without throwing, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expect(typeof isJsonLogicRule(value)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('evaluate to true or false without throwing when they pass the check, whatever the answers', () => {
    fc.assert(
      fc.property(rule.rule, answers, (candidate, data) => {
        fc.pre(isJsonLogicRule(candidate));
        expect(typeof ruleHolds(candidate, data)).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });
});
