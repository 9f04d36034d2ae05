import { z } from 'zod';
import { ResultsQuery } from '../results/schema.js';

const field = z.unknown().optional();
const asText = (value: unknown) => (typeof value === 'string' ? value.trim().slice(0, 100) : '');

/** The overview's filters: an organisation (none: the whole of government) and the results page's others. */
export const OverviewPageQuery = z
  .object({ organization: field, from: field, to: field, channel: field })
  .transform((query) => {
    const { form, problems, filters } = ResultsQuery.parse({
      from: query.from,
      to: query.to,
      channel: query.channel,
    });
    const organization = asText(query.organization);
    return {
      form: { organization, from: form.from, to: form.to, channel: form.channel },
      problems,
      filters: {
        organization: organization || undefined,
        from: filters.from,
        to: filters.to,
        channel: filters.channel,
      },
    };
  });
export type OverviewForm = z.output<typeof OverviewPageQuery>['form'];
