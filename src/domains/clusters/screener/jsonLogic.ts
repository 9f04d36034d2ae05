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

const isPrimitive = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * A `var` names one answer: a non-empty name or an index, alone or with a plain default. The empty name
 * (the whole set of answers) is refused: compared with anything, an object cannot be turned into a value.
 */
function isVariableReference(argument: unknown): boolean {
  const name = Array.isArray(argument) ? argument[0] : argument;
  if (
    Array.isArray(argument) &&
    (argument.length > 2 || (argument.length === 2 && !isPrimitive(argument[1])))
  )
    return false;
  return (
    (typeof name === 'string' && name.trim() !== '') || (typeof name === 'number' && Number.isFinite(name))
  );
}

/** True for a value JSON Logic can evaluate with standard operators only, nested at most 32 deep. */
export function isJsonLogicRule(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (isPrimitive(value)) return true;
  if (Array.isArray(value)) return value.every((item) => isJsonLogicRule(item, depth + 1));
  if (typeof value !== 'object' || value === null) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1) return false;
  const operator = keys[0]!;
  const argument = (value as Record<string, unknown>)[operator];
  if (operator === 'var') return isVariableReference(argument);
  return OPERATORS.has(operator) && isJsonLogicRule(argument, depth + 1);
}

/** Evaluates a rule over answers (copied to a plain object: parsed forms have no prototype). */
export function applyRule(rule: unknown, data: Record<string, unknown>): unknown {
  const plain =
    data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === null ? { ...data } : data;
  return jsonLogic.apply(rule as jsonLogic.RulesLogic, plain);
}

/** JSON Logic truthiness (an empty array is false, "0" is true). */
export function ruleHolds(rule: unknown, data: Record<string, unknown>): boolean {
  return jsonLogic.truthy(applyRule(rule, data));
}
