/**
 * Insights: the common results framework's measures, computed the same way for every source — today the
 * published service data of the GC Service Inventory. The only door into the domain; see README.md.
 */
export {
  getPublishedServiceSummary,
  summarise as summarisePublishedFigures,
  servesTheExternalPublic,
  type PublishedServiceSummary,
} from './queries/getPublishedServiceSummary.js';
export {
  getServicePageWithResults,
  getPublishedServiceResults,
  YEARS_SHOWN,
  type PublishedServiceYear,
  type ServicePageWithResults,
} from './queries/getServicePageWithResults.js';
export { PublishedSummaryQuery, FiscalYear, PUBLISHED_SOURCES, SCOPES } from './schemas.js';
