/**
 * Catalog: the partners' services, locations, channels and standards (Open Referral HSDS 3.0 plus
 * Stitch's additions). The only door into the domain; see README.md for its invariants.
 */
export * from './schemas.js';
export type {
  ImportOptions,
  ImportReport,
  WrittenRecords,
  Jurisdiction,
  Paged,
  PageQuery,
  Rejection,
  ServiceAtLocation,
  ServiceAtLocationDetail,
  Taxonomy,
  TaxonomyTerm,
} from './types.js';
export { ImportFailedError } from './errors.js';
export {
  importCatalog,
  createCatalogWriter,
  countRecords,
  type CatalogWriter,
} from './commands/importCatalog.js';
export { languageName } from './commands/rows.js';
export type { ServiceTable } from './dbTypes.js';
export {
  TABLES,
  columnsOf,
  editableColumns,
  hsdsColumns,
  hsdsFields,
  type CatalogTableName,
  type Column,
  type ColumnRole,
  type EditableColumn,
  type Edit,
  type TableDescriptor,
} from './tables.js';
export { refreshCatalogStatistics } from './commands/refreshCatalogStatistics.js';
export { listImportTotals, type ImportTotals } from './queries/listImportTotals.js';
export { getService } from './queries/getService.js';
export { getOrganization } from './queries/getOrganization.js';
export { getLocation } from './queries/getLocation.js';
export { getServiceAtLocation } from './queries/getServiceAtLocation.js';
export { getJurisdiction } from './queries/getJurisdiction.js';
export { listJurisdictions } from './queries/listJurisdictions.js';
export { getTaxonomy } from './queries/getTaxonomy.js';
export { getTaxonomyTerm } from './queries/getTaxonomyTerm.js';
export { listServices, type ServiceListQuery } from './queries/listServices.js';
export { listOrganizations, type OrganizationListQuery } from './queries/listOrganizations.js';
export { listLocations, type LocationListQuery } from './queries/listLocations.js';
export {
  findNearestLocations,
  type DayHours,
  type NearbyLocation,
  type NearbyService,
  type NearestLocationsQuery,
  type OfferedLanguage,
  type OpeningSpan,
} from './queries/findNearestLocations.js';
export * as geo from './geo/index.js';
export { listServiceAtLocations, type ServiceAtLocationQuery } from './queries/listServiceAtLocations.js';
export {
  getServicePage,
  ServicePageQuery,
  type ServicePageView,
  type ServiceChannel,
  type ServiceOffice,
  type CostOption,
  type RequiredDocument,
  type ServiceStandard,
} from './queries/getServicePage.js';
export {
  getServiceList,
  ServiceListScreenQuery,
  SERVICE_LIST_MAX_PAGE,
  SERVICE_LIST_PAGE_SIZE,
  SERVICE_SEARCH_MAX_LENGTH,
  type ServiceListScreenInput,
  type ServiceListItem,
  type ServiceListView,
} from './queries/getServiceList.js';
export {
  getPartnerList,
  PARTNER_LIST_LIMIT,
  type PartnerListItem,
  type PartnerListView,
} from './queries/getPartnerList.js';
export {
  getOrganizationPage,
  OrganizationPageQuery,
  type OrganizationPageView,
} from './queries/getOrganizationPage.js';
export {
  getJurisdictionList,
  type JurisdictionLevelGroup,
  type JurisdictionListView,
  type JurisdictionPartner,
} from './queries/getJurisdictionList.js';
export {
  getOfficeFinder,
  OfficeFinderQuery,
  OFFICE_FINDER_RESULTS,
  OFFICE_SEARCH_MAX_LENGTH,
  type OfficeFinderView,
  type OfficeSearchError,
} from './queries/getOfficeFinder.js';
export { listTaxonomies } from './queries/listTaxonomies.js';
export { listTaxonomyTerms, type TaxonomyTermListQuery } from './queries/listTaxonomyTerms.js';
export { streamServices } from './queries/streamServices.js';
export { isCatalogEmpty } from './queries/isCatalogEmpty.js';
export { countServicesByOrganization } from './queries/countServicesByOrganization.js';
export { countServicesOutside } from './queries/countServicesOutside.js';
export { getServiceOwners, type ServiceOwner } from './queries/getServiceOwners.js';
export { listServiceChannelKinds, type ServiceChannelKinds } from './queries/listServiceChannelKinds.js';
export { streamSearchableServices, type SearchableService } from './queries/streamSearchableServices.js';
export { loadServices, loadLocations, loadOrganizations } from './queries/load.js';
export { loadServiceBundle, type ServiceBundle } from './queries/loadServiceBundle.js';
export { loadTaxonomies } from './queries/loadTaxonomies.js';
export { loadTaxonomyTerms } from './queries/loadTaxonomyTerms.js';
export { countServices } from './queries/countServices.js';
export { streamOrganizations } from './queries/streamOrganizations.js';
export { streamLocations } from './queries/streamLocations.js';
export { listLocationIdsOfOrganizations } from './queries/listLocationIdsOfOrganizations.js';
export { listServicesAs, listServiceSummaries, type ServiceSummary } from './queries/listServiceSummaries.js';
export { findJurisdictionByCode } from './queries/findJurisdictionByCode.js';
export { listProgramsOfOrganizations } from './queries/listProgramsOfOrganizations.js';
export { listServiceStandardsOfServices } from './queries/listServiceStandardsOfServices.js';
export { listServiceDeliveryFacts, type ServiceDeliveryFacts } from './queries/listServiceDeliveryFacts.js';
export { listExistingServiceIds } from './queries/listExistingServiceIds.js';
export { listServiceExternalIds } from './queries/listServiceExternalIds.js';
export {
  RECORD_KINDS,
  WEEKDAYS,
  PROBLEM_CODES,
  DRAFT_LIMITS,
  ServiceDraftSchema,
  SERVICE_TEXT_FIELDS,
  LocationDraftSchema,
  isWebAddress,
  type RecordKind,
  type Weekday,
  type ProblemCode,
  type ServiceDraft,
  type ServiceDraftInput,
  type LocationDraft,
  type LocationDraftInput,
  type DayHoursDraft,
  type DraftContent,
} from './drafts/schemas.js';
export {
  RecordProblemsError,
  RecordConflictError,
  isRecordConflict,
  type RecordProblem,
  type ConflictInfo,
  type ConflictReason,
} from './drafts/errors.js';
export type { DraftState } from './drafts/repository.js';
export type {
  ServiceTermStore,
  ServiceTerms,
  ServiceSearchTerms,
  TermLists,
  KeptSearchTerm,
} from './drafts/terms.js';
export { mayEditRecords, type RecordAction } from './drafts/policy.js';
export {
  listEditableRecords,
  type EditableRecord,
  type EditableRecords,
} from './drafts/queries/listEditableRecords.js';
export {
  getRecordForEditing,
  type RecordForEditing,
  type ChannelSummary,
} from './drafts/queries/getRecordForEditing.js';
export { getRecordEditor, type RecordEditor, type EditorText } from './drafts/queries/getRecordEditor.js';
export { type SaveDraftInput, type SavedRecordDraft } from './drafts/commands/storeDraft.js';
export { saveRecordDraft, type RecordDraftInput } from './drafts/commands/saveRecordDraft.js';
export { saveServiceDraft } from './drafts/commands/saveServiceDraft.js';
export { saveLocationDraft } from './drafts/commands/saveLocationDraft.js';
export { publishDraft, type PublishInput, type PublishedRecord } from './drafts/commands/publishDraft.js';
export { discardDraft, type DiscardInput } from './drafts/commands/discardDraft.js';
export { markVerified, type VerifyInput, type Verified } from './drafts/commands/markVerified.js';
export * from './taxonomy/index.js';
