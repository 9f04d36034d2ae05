import {
  getServicePage,
  loadServices,
  type ServicePageQuery,
  type ServicePageView,
} from '../../catalog/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import {
  listServiceInventoryFacts,
  type ApplicationChannel,
  type ServiceInventoryFacts,
  type StandardResult,
} from '../../interchange/index.js';
import { summarise } from './getPublishedServiceSummary.js';

/** One fiscal year of a service's published figures, with the framework's measures. */
export interface PublishedServiceYear {
  fiscalYear: string;
  applicationsByChannel: Record<ApplicationChannel, number>;
  applicationsTotal: number;
  /** Null when no application was counted that year. */
  onlineShare: number | null;
  phoneEnquiries: number | null;
  onlineStages: ServiceInventoryFacts['onlineStages'];
  standards: { total: number; met: number };
  standardResults: StandardResult[];
  /** Whether the source gave any application figure at all that year (else the table says so). */
  applicationsPublished: boolean;
}

/** The service page, and the yearly results its department published for it (newest year first). */
export interface ServicePageWithResults {
  page: ServicePageView;
  results: { source: 'gc-service-inventory'; years: PublishedServiceYear[] } | undefined;
}

/** How many years a page shows: the newest ones, enough to see a trend without a wall of tables. */
export const YEARS_SHOWN = 3;

export function publishedYear(facts: ServiceInventoryFacts): PublishedServiceYear {
  const measures = summarise([facts]);
  return {
    fiscalYear: facts.fiscalYear,
    applicationsByChannel: measures.applicationsByChannel,
    applicationsTotal: measures.applicationsTotal,
    onlineShare: measures.onlineShare,
    phoneEnquiries: facts.phoneEnquiries,
    onlineStages: facts.onlineStages,
    standards: facts.standards,
    standardResults: facts.standardResults,
    applicationsPublished: Object.values(facts.applications).some((value) => value !== null),
  };
}

/**
 * The screen of a service's page on every channel: the catalog's page (which records the view) and, for
 * a service whose department publishes figures (the GC Service Inventory), its newest years of results —
 * applications by channel, online share, telephone enquiries, online stages and each standard's result.
 */
export async function getServicePageWithResults(
  db: Db,
  input: ServicePageQuery,
): Promise<ServicePageWithResults> {
  const page = await getServicePage(db, input);
  const years = (await listPublishedYears(db, page.id)).slice(0, YEARS_SHOWN);
  return { page, results: years.length > 0 ? { source: 'gc-service-inventory', years } : undefined };
}

/** Every fiscal year a service's department published figures for, newest first. */
export async function listPublishedYears(db: Db | Tx, serviceId: string): Promise<PublishedServiceYear[]> {
  const facts = await listServiceInventoryFacts(db, { serviceId });
  return facts.sort((a, b) => b.fiscalYear.localeCompare(a.fiscalYear)).map(publishedYear);
}

/**
 * A service's published results for the API, every year, newest first: an empty list for a service
 * whose department publishes none; NOT_FOUND for a service the catalog does not have.
 */
export async function getPublishedServiceResults(
  db: Db | Tx,
  serviceId: string,
): Promise<{ serviceId: string; source: 'gc-service-inventory'; years: PublishedServiceYear[] }> {
  const [service] = await loadServices(db, [serviceId]);
  if (!service || service.translation_pending) throw new NotFoundError('service', serviceId);
  return { serviceId, source: 'gc-service-inventory', years: await listPublishedYears(db, serviceId) };
}
