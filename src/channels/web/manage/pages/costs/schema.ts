import { z } from 'zod';
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

/**
 * The report form, sent by GET so a report has an address. Every field is kept as typed (to show it
 * again); the route says what is wrong with it. `asked` is false on the first visit, with no field at all.
 */
export const CostQuery = z
  .object({ cluster: field, from: field, to: field, total: field })
  .transform((query): { form: CostForm; asked: boolean } => ({
    form: {
      cluster: asText(query.cluster),
      from: asText(query.from),
      to: asText(query.to),
      total: asText(query.total),
    },
    asked: Object.values(query).some((value) => value !== undefined),
  }));
