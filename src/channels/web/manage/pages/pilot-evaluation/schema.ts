import { z } from 'zod';

const FIELD_MAX = 100;
const field = z.unknown().optional();
const asText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, FIELD_MAX) : '');

/** The chooser as typed, kept to show it again. */
export interface PilotForm {
  cluster: string;
}

/** What is wrong with the chooser as typed. */
export type PilotFormProblem = 'cluster';

/**
 * The pilot evaluation's query string, sent by GET so an evaluation has an address: the cluster, and
 * `print=1` for the printable version (no filter form).
 */
export const PilotQuery = z.object({ cluster: field, print: field }).transform((query) => {
  const form: PilotForm = { cluster: asText(query.cluster) };
  const problems: PilotFormProblem[] =
    form.cluster && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(form.cluster) ? ['cluster'] : [];
  return { form, problems, print: asText(query.print) === '1' };
});
