/**
 * Screener answers arrive as form text and leave as typed values for the rules: yes_no → boolean,
 * choice → the option's value, number → number, date → 'YYYY-MM-DD', postal_code → 'A1A 1A1'.
 * Questions are asked in order; one whose `ask_if` does not hold over the earlier answers is skipped
 * and any answer given to it is dropped.
 */
import type { ScreenerQuestion } from '../schemas.js';
import { ruleHolds } from './jsonLogic.js';

export type Answer = boolean | string | number;
export type Answers = Record<string, Answer>;

export const ANSWER_PROBLEMS = [
  'required',
  'not_yes_no',
  'not_an_option',
  'not_a_number',
  'too_small',
  'too_large',
  'not_a_date',
  'not_a_postal_code',
] as const;
export type AnswerProblemCode = (typeof ANSWER_PROBLEMS)[number];

export interface AnswerProblem {
  question: string;
  code: AnswerProblemCode;
  /** Values for the message, e.g. the bound that was crossed. */
  params?: Record<string, string | number>;
}

export interface ScreenedAnswers {
  answers: Answers;
  /** The questions that were asked, in order, after `ask_if` rules. */
  asked: ScreenerQuestion[];
  problems: AnswerProblem[];
}

/** Canadian postal codes never use D, F, I, O, Q or U, and never start with W or Z. */
const POSTAL_CODE = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s*-?\s*(\d[ABCEGHJ-NPRSTV-Z]\d)$/;

export function normalisePostalCode(text: string): string | undefined {
  const match = POSTAL_CODE.exec(text.trim().toUpperCase());
  return match ? `${match[1]} ${match[2]}` : undefined;
}

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const MAX_ANSWER_LENGTH = 200;

function readOne(
  question: ScreenerQuestion,
  raw: unknown,
): { value?: Answer; problem?: Omit<AnswerProblem, 'question'> } {
  const given = raw === true || raw === false || typeof raw === 'number' ? raw : undefined;
  const text =
    typeof raw === 'string'
      ? raw
          .replace(/\p{Cc}/gu, ' ')
          .trim()
          .slice(0, MAX_ANSWER_LENGTH)
      : undefined;
  if (given === undefined && !text) return question.required ? { problem: { code: 'required' } } : {};
  switch (question.type) {
    case 'yes_no': {
      if (given === true || text === 'yes' || text === 'true') return { value: true };
      if (given === false || text === 'no' || text === 'false') return { value: false };
      return { problem: { code: 'not_yes_no' } };
    }
    case 'choice': {
      const value = String(given ?? text);
      return question.options?.some((option) => option.value === value)
        ? { value }
        : { problem: { code: 'not_an_option' } };
    }
    case 'number': {
      const value =
        typeof given === 'number' ? given : Number((text ?? '').replace(/\s/g, '').replace(',', '.'));
      if (!Number.isFinite(value) || (text !== undefined && !/^-?[\d\s]+([.,]\d+)?$/.test(text))) {
        return { problem: { code: 'not_a_number' } };
      }
      if (question.min !== undefined && value < question.min)
        return { problem: { code: 'too_small', params: { min: question.min } } };
      if (question.max !== undefined && value > question.max)
        return { problem: { code: 'too_large', params: { max: question.max } } };
      return { value };
    }
    case 'date':
      return text && isRealDate(text) ? { value: text } : { problem: { code: 'not_a_date' } };
    case 'postal_code': {
      const value = text ? normalisePostalCode(text) : undefined;
      return value ? { value } : { problem: { code: 'not_a_postal_code' } };
    }
  }
}

/** Reads raw answers (form fields or decoded JSON) against a screener. */
export function screenAnswers(
  questions: readonly ScreenerQuestion[],
  raw: Record<string, unknown>,
): ScreenedAnswers {
  const answers: Answers = {};
  const asked: ScreenerQuestion[] = [];
  const problems: AnswerProblem[] = [];
  for (const question of questions) {
    if (question.ask_if !== undefined && !ruleHolds(question.ask_if, answers)) continue;
    asked.push(question);
    const { value, problem } = readOne(question, raw[question.id]);
    if (problem) problems.push({ question: question.id, ...problem });
    else if (value !== undefined) answers[question.id] = value;
  }
  return { answers, asked, problems };
}
