import { z } from 'zod';
import { ResultsQuery } from '../results/schema.js';

const field = z.unknown().optional();

/** The filters as typed, kept to show them again. */
export interface BusinessCaseForm {
  cluster: string;
  from: string;
  to: string;
}

/**
 * The business case's filters, sent by GET so a case has an address: the cluster and the period (empty:
 * the last twelve months), checked as the results page checks them, and `print=1` for the printable
 * version.
 */
export const BusinessCaseQueryString = z
  .object({ cluster: field, from: field, to: field, print: field })
  .transform((query) => {
    const { form, problems, filters } = ResultsQuery.parse({
      cluster: query.cluster,
      from: query.from,
      to: query.to,
    });
    const own: BusinessCaseForm = { cluster: form.cluster, from: form.from, to: form.to };
    return {
      form: own,
      problems,
      print: typeof query.print === 'string' && query.print.trim() === '1',
      filters: { cluster: filters.cluster, from: filters.from, to: filters.to },
    };
  });
