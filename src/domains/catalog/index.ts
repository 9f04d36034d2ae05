/**
 * Catalog: the partners' services, locations, channels and standards (Open Referral HSDS 3.0 plus
 * Stitch's additions). The only door into the domain; see README.md for its invariants.
 */
export * from './schemas.js';
export type {
  ImportOptions,
  ImportReport,
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
export { editableColumns, type EditableColumn, type Edit } from './tables.js';
export { refreshCatalogStatistics } from './commands/refreshCatalogStatistics.js';
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
export { listTaxonomies } from './queries/listTaxonomies.js';
export { listTaxonomyTerms, type TaxonomyTermListQuery } from './queries/listTaxonomyTerms.js';
export { streamServices } from './queries/streamServices.js';
export { isCatalogEmpty } from './queries/isCatalogEmpty.js';
export { countServicesByOrganization } from './queries/countServicesByOrganization.js';
export { getServiceOwners, type ServiceOwner } from './queries/getServiceOwners.js';
export { streamSearchableServices, type SearchableService } from './queries/streamSearchableServices.js';
export { loadServices, loadLocations, loadOrganizations } from './queries/load.js';
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
export * as hsds from './hsds/index.js';
export {
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds/index.js';
export * as serviceInventory from './serviceInventory/index.js';
export * from './taxonomy/index.js';
