/**
 * Screener rules are JSON Logic (jsonlogic.com), evaluated by json-logic-js, which passes the shared
 * conformance suite (see jsonLogic.test.ts). This file is the only place that knows the engine.
 */
import jsonLogic from 'json-logic-js';

/** The operators a stored rule may use: the standard set, nothing custom, so rules stay portable. */
const OPERATORS = new Set([
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '<',
  '<=',
  '>',
  '>=',
  'min',
  'max',
  '+',
  '-',
  '*',
  '/',
  '%',
  'in',
  'cat',
  'substr',
  'merge',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
]);

const MAX_DEPTH = 32;

/** True for a value JSON Logic can evaluate with standard operators only, nested at most 32 deep. */
export function isJsonLogicRule(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every((item) => isJsonLogicRule(item, depth + 1));
  if (typeof value !== 'object') return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const operator = keys[0]!;
  return OPERATORS.has(operator) && isJsonLogicRule((value as Record<string, unknown>)[operator], depth + 1);
}

/** Evaluates a rule over answers. */
export function applyRule(rule: unknown, data: Record<string, unknown>): unknown {
  return jsonLogic.apply(rule as jsonLogic.RulesLogic, data);
}

/** JSON Logic truthiness (an empty array is false, "0" is true). */
export function ruleHolds(rule: unknown, data: Record<string, unknown>): boolean {
  return jsonLogic.truthy(applyRule(rule, data));
}
