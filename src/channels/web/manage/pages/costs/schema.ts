import { z } from 'zod';
import { ClusterDefinitionSchema, type CostSharingRequest } from '../../../../../domains/clusters/index.js';
import type { CostForm } from './Page.js';

/**
 * Dollars as people type them, in either language: `12500`, `12 500,00`, `$12,500.00`, `12 500,00 $`.
 * Whole cents, or undefined when it is not an amount of zero or more.
 */
export function parseDollars(text: string): number | undefined {
  let value = text.replace(/[\s\u00a0\u202f$]/g, '');
  if (value.includes(',') && value.includes('.')) value = value.replace(/,/g, '');
  else if (/,\d{3}(,|$)/.test(value) && !/,\d{1,2}$/.test(value)) value = value.replace(/,/g, '');
  else value = value.replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(value)) return undefined;
  const cents = Math.round(Number(value) * 100);
  return Number.isSafeInteger(cents) ? cents : undefined;
}

const FIELD_MAX = 100;
const field = z.unknown().optional();
const asText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, FIELD_MAX) : '');

/** What is wrong with the form as typed, as the page words it. */
export type CostQueryProblem = 'cluster' | 'unknownCluster' | 'from' | 'to' | 'range' | 'total';

const validDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The problems of a form, or the report it asks for. */
function check(form: CostForm): { problems: CostQueryProblem[]; report?: CostSharingRequest } {
  const problems: CostQueryProblem[] = [];
  if (!form.cluster) problems.push('cluster');
  else if (!ClusterDefinitionSchema.shape.key.safeParse(form.cluster).success)
    problems.push('unknownCluster');
  if (!validDate(form.from)) problems.push('from');
  if (!validDate(form.to)) problems.push('to');
  else if (validDate(form.from) && form.to < form.from) problems.push('range');
  const totalCents = parseDollars(form.total);
  if (totalCents === undefined) problems.push('total');
  if (problems.length || totalCents === undefined) return { problems };
  return { problems, report: { cluster: form.cluster, from: form.from, to: form.to, totalCents } };
}

/**
 * The report form, sent by GET so a report has an address. Every field is kept as typed (to show it
 * again), with what is wrong with it, or the report it asks for. `asked` is false on the first visit,
 * with no field at all.
 */
export const CostQuery = z
  .object({ cluster: field, from: field, to: field, total: field })
  .transform((query) => {
    const form: CostForm = {
      cluster: asText(query.cluster),
      from: asText(query.from),
      to: asText(query.to),
      total: asText(query.total),
    };
    return { form, asked: Object.values(query).some((value) => value !== undefined), ...check(form) };
  });
