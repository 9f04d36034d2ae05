import type { Db, Tx } from '../../../platform/db/index.js';
import { parseInput, StitchError } from '../../../platform/errors/index.js';
import {
  APPLICATION_CHANNELS,
  listServiceInventoryFacts,
  listServiceInventoryYears,
  type ApplicationChannel,
  type ServiceInventoryFacts,
} from '../../interchange/index.js';
import { PublishedSummaryQuery } from '../schemas.js';

/** The published-data measures of one fiscal year (definitions in the domain's README). */
export interface PublishedServiceSummary {
  source: 'gc-service-inventory';
  fiscalYear: string;
  scope: 'external' | 'all';
  services: number;
  organisations: number;
  applicationsTotal: number;
  applicationsByChannel: Record<ApplicationChannel, number>;
  /** Online applications over all applications; null when no application was counted. */
  onlineShare: number | null;
  phoneEnquiries: number;
  standardsTotal: number;
  standardsMet: number;
}

/** A service serves people outside government when its scope includes EXTERN. */
export const servesTheExternalPublic = (facts: Pick<ServiceInventoryFacts, 'scope'>) =>
  facts.scope.includes('EXTERN');

/**
 * Sums the published figures of a set of services into the framework's measures. A figure the source left
 * empty, ND or NA counts as nothing; each application counts once, in its channel (the source's own total
 * column is not added).
 */
export function summarise(
  facts: readonly ServiceInventoryFacts[],
): Omit<PublishedServiceSummary, 'source' | 'fiscalYear' | 'scope'> {
  const applicationsByChannel = Object.fromEntries(APPLICATION_CHANNELS.map((c) => [c, 0])) as Record<
    ApplicationChannel,
    number
  >;
  let phoneEnquiries = 0;
  let standardsTotal = 0;
  let standardsMet = 0;
  for (const service of facts) {
    for (const channel of APPLICATION_CHANNELS)
      applicationsByChannel[channel] += service.applications[channel] ?? 0;
    phoneEnquiries += service.phoneEnquiries ?? 0;
    standardsTotal += service.standards.total;
    standardsMet += service.standards.met;
  }
  const applicationsTotal = APPLICATION_CHANNELS.reduce(
    (sum, channel) => sum + applicationsByChannel[channel],
    0,
  );
  return {
    services: facts.length,
    organisations: new Set(facts.map((service) => service.organizationKey)).size,
    applicationsTotal,
    applicationsByChannel,
    onlineShare: applicationsTotal === 0 ? null : applicationsByChannel.online / applicationsTotal,
    phoneEnquiries,
    standardsTotal,
    standardsMet,
  };
}

/**
 * The government-wide measures of a fiscal year from published service data (today the GC Service
 * Inventory), for the services in scope. A year the source has no figures for is NO_FIGURES (404), naming the
 * years it has.
 *
 * @example getPublishedServiceSummary(db, { source: 'gc-service-inventory', fiscalYear: '2023-2024' })
 */
export async function getPublishedServiceSummary(
  db: Db | Tx,
  input: PublishedSummaryQuery,
): Promise<PublishedServiceSummary> {
  const query = parseInput(PublishedSummaryQuery, input, 'The summary asked for is not valid.');
  const facts = await listServiceInventoryFacts(db, { fiscalYear: query.fiscalYear });
  if (facts.length === 0) {
    const years = await listServiceInventoryYears(db);
    throw new StitchError(
      'NO_FIGURES',
      years.length === 0
        ? 'No published service data has been imported.'
        : `The GC Service Inventory has no figures for ${query.fiscalYear}; it has ${years.join(', ')}.`,
      { fiscal_year: query.fiscalYear, years: years.join(', ') || '—', available: years },
    );
  }
  const inScope = query.scope === 'all' ? facts : facts.filter(servesTheExternalPublic);
  return { source: query.source, fiscalYear: query.fiscalYear, scope: query.scope, ...summarise(inScope) };
}
