import { z } from 'zod';
import type { FieldProblem } from '../../../../../platform/errors/index.js';
import { t, type Lang, type MessageKey } from '../../../../../platform/i18n/index.js';
import { DASHBOARD_CHANNELS, MAX_PERIOD_DAYS } from '../../../../../domains/insights/index.js';

const FIELD_MAX = 100;
const field = z.unknown().optional();
const asText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, FIELD_MAX) : '');

/** The filters as typed, kept to show them again. */
export interface ResultsForm {
  cluster: string;
  from: string;
  to: string;
  channel: string;
  partner: string;
}

/** What is wrong with the filters as typed, as the page words it. */
export type ResultsProblem = 'cluster' | 'from' | 'to' | 'range' | 'tooLong' | 'channel';

/** Each problem's field and words; the results pages (cluster, overview, business case) share them. */
const PROBLEM_WORDS = {
  cluster: { path: 'cluster', message: 'results.problems.cluster' },
  from: { path: 'from', message: 'results.problems.from' },
  to: { path: 'to', message: 'results.problems.to' },
  range: { path: 'to', message: 'results.problems.range' },
  tooLong: { path: 'to', message: 'results.problems.tooLong' },
  channel: { path: 'channel', message: 'results.problems.channel' },
} as const satisfies Record<ResultsProblem, { path: string; message: MessageKey }>;

/** The filters' problems in the page's language, each on its field. */
export function problemsInWords(lang: Lang, problems: readonly ResultsProblem[]): FieldProblem[] {
  return problems.map((code) => ({
    path: PROBLEM_WORDS[code].path,
    message: t(lang, PROBLEM_WORDS[code].message),
  }));
}

const validDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const isChannel = (value: string): value is (typeof DASHBOARD_CHANNELS)[number] =>
  (DASHBOARD_CHANNELS as readonly string[]).includes(value);

function check(form: ResultsForm): ResultsProblem[] {
  const problems: ResultsProblem[] = [];
  if (form.cluster && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(form.cluster)) problems.push('cluster');
  const from = !form.from || validDate(form.from);
  const to = !form.to || validDate(form.to);
  if (!from) problems.push('from');
  if (!to) problems.push('to');
  if (from && to && form.from && form.to) {
    if (form.to < form.from) problems.push('range');
    else if (Date.parse(form.to) - Date.parse(form.from) > MAX_PERIOD_DAYS * 86_400_000)
      problems.push('tooLong');
  }
  if (form.channel && !isChannel(form.channel)) problems.push('channel');
  return problems;
}

/**
 * The results filters, sent by GET so a view has an address: every field kept as typed, with what is
 * wrong with it. An empty field means its default (the last twelve months, all channels, all partners).
 */
export const ResultsQuery = z
  .object({ cluster: field, from: field, to: field, channel: field, partner: field })
  .transform((query) => {
    const form: ResultsForm = {
      cluster: asText(query.cluster),
      from: asText(query.from),
      to: asText(query.to),
      channel: asText(query.channel),
      partner: asText(query.partner),
    };
    const problems = check(form);
    return {
      form,
      problems,
      filters: {
        cluster: form.cluster,
        from: form.from || undefined,
        to: form.to || undefined,
        channel: isChannel(form.channel) ? form.channel : undefined,
        partner: form.partner || undefined,
      },
    };
  });
