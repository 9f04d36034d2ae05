/**
 * Insights: the common results framework's measures, computed the same way for every source — today the
 * published service data of the GC Service Inventory and the interactions every channel records — and
 * each cluster's own results indicators (defined, valued and removed here). The only door into the
 * domain; see README.md.
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
export {
  getClusterDashboard,
  defaultPeriod,
  monthsOf,
  measureOf,
  type ClusterDashboard,
  type CommitmentView,
  type DashboardPeriod,
} from './queries/getClusterDashboard.js';
export { listResultsClusters, type ResultsCluster } from './queries/listResultsClusters.js';
export { listReadableClusters } from './queries/listReadableClusters.js';
export { listClusterIndicators, type IndicatorView } from './queries/listClusterIndicators.js';
export { getRollupFreshness } from './queries/getRollupFreshness.js';
export {
  computeKpis,
  kpisBy,
  preferenceMatrix,
  standardsMet,
  SELF_SERVE_CHANNELS,
  PRICED_AS,
  type Kpis,
  type Channel,
  type Driver,
} from './kpis/computeKpis.js';
export {
  DashboardQuery,
  PerformanceQuery,
  OverviewQuery,
  PilotEvaluationQuery,
  BusinessCaseQuery,
  DASHBOARD_CHANNELS,
  MAX_PERIOD_DAYS,
} from './schemas.js';
export { NoPilotError, type PilotProblem } from './errors.js';
export {
  getPilotEvaluation,
  compareMeasures,
  MIN_RELIABLE_RESPONSES,
  PILOT_MEASURES,
  type PilotEvaluation,
  type PilotMeasure,
  type PilotMeasureKey,
  type PilotMeasureUnit,
  type ComparedPeriod,
} from './queries/getPilotEvaluation.js';
export {
  getBusinessCase,
  channelShift,
  type BusinessCase,
  type CostLine,
  type ChannelShift,
  type AgreementShare,
  type AgreementShareProblem,
} from './queries/getBusinessCase.js';
export {
  getClusterPerformance,
  type ClusterPerformance,
  type PublicMeasures,
} from './queries/getClusterPerformance.js';
export { getResultsOverview, type ResultsOverview } from './queries/getResultsOverview.js';
export {
  mayOpenResults,
  mayReadAllResults,
  clusterResultsAccess,
  mayReadIndicators,
  mayWriteIndicators,
  type ResultsAccess,
} from './policy.js';
export {
  IndicatorInput,
  IndicatorValueInput,
  IndicatorRef,
  IndicatorValueRef,
  IndicatorKey,
  INDICATOR_UNITS,
  INDICATOR_DIRECTIONS,
  INDICATOR_LIMITS,
  INDICATOR_RULES,
  type Indicator,
  type IndicatorUnit,
  type IndicatorDirection,
} from './schemas.js';
export { IndicatorNotFoundError, IndicatorValueNotFoundError } from './errors.js';
export { defineIndicator, type DefinedIndicator } from './commands/defineIndicator.js';
export { recordIndicatorValue, type RecordedValue } from './commands/recordIndicatorValue.js';
export { removeIndicatorValue } from './commands/removeIndicatorValue.js';
export { removeIndicator } from './commands/removeIndicator.js';
export {
  getIndicatorScreen,
  listIndicatorClusters,
  mayOpenIndicators,
  type IndicatorScreen,
  type IndicatorClusterLine,
} from './queries/getIndicatorScreen.js';
