import { z } from 'zod';
import { MAX_PERIOD_DAYS } from '../../../../../domains/insights/index.js';

const FIELD_MAX = 100;
const field = z.unknown().optional();
const asText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, FIELD_MAX) : '');

/** The filters as typed, kept to show them again. */
export interface BusinessCaseForm {
  cluster: string;
  from: string;
  to: string;
}

/** What is wrong with the filters as typed, as the page words it (the results page's words). */
export type BusinessCaseProblem = 'cluster' | 'from' | 'to' | 'range' | 'tooLong';

const validDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

function check(form: BusinessCaseForm): BusinessCaseProblem[] {
  const problems: BusinessCaseProblem[] = [];
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
  return problems;
}

/**
 * The business case's filters, sent by GET so a case has an address: the cluster and the period (empty:
 * the last twelve months), and `print=1` for the printable version.
 */
export const BusinessCaseQueryString = z
  .object({ cluster: field, from: field, to: field, print: field })
  .transform((query) => {
    const form: BusinessCaseForm = {
      cluster: asText(query.cluster),
      from: asText(query.from),
      to: asText(query.to),
    };
    return {
      form,
      problems: check(form),
      print: asText(query.print) === '1',
      filters: { cluster: form.cluster, from: form.from || undefined, to: form.to || undefined },
    };
  });
