/** Open Referral HSDS 3.0 in and out of the catalog (ADR 0004). Reached through the interchange index. */
export {
  bundleToHsds,
  documentsOf,
  taxonomyDocuments,
  DOCUMENT_FILES,
  type HsdsDocumentSet,
} from './documents.js';
export {
  HsdsReader,
  detectKind,
  hsdsToBundle,
  kindFromFileName,
  unpackHsdsJson,
  type HsdsDocument,
  type HsdsImportOptions,
  type HsdsKind,
  type HsdsReadResult,
  type HsdsRejection,
} from './fromHsds.js';
export {
  HsdsPathMissingError,
  checkHsdsDocuments,
  readHsdsBundle,
  readHsdsPath,
  type HsdsFiles,
} from './files.js';
export { countExportedServices, hsdsExportBatches, type HsdsExportBatch } from './exportRecords.js';
export { MemoryLookup, bundleLookup, withDefaults } from './lookup.js';
export { normaliseHsds } from './normalise.js';
export {
  DbLookupLoader,
  allTaxonomies,
  allTaxonomyTerms,
  hsdsOrganization,
  hsdsOrganizations,
  hsdsPage,
  hsdsService,
  hsdsServiceAtLocation,
  hsdsServiceAtLocations,
  hsdsServices,
  hsdsServicesText,
  hsdsTaxonomies,
  hsdsTaxonomy,
  hsdsTaxonomyTerm,
  hsdsTaxonomyTerms,
  type HsdsPage,
  type OrganizationListQuery,
  type ServiceAtLocationListQuery,
  type ServiceListQuery,
} from './read.js';
export {
  CSV_TABLES,
  CsvFlattener,
  columnsOf,
  csvToDocuments,
  parseCsv,
  type CsvRows,
  type CsvTable,
} from './csv.js';
export { EXTENSION_TERM, FRENCH_TERM, STITCH_TAXONOMY, type HsdsObject } from './spec.js';
export {
  stitchTaxonomy,
  taxonomyFrenchAttributes,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsOrganizationBrief,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsServiceBrief,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
  type HsdsLookup,
  type ToHsdsOptions,
} from './toHsds.js';
export {
  HsdsValidator,
  hsdsSchemaDir,
  hsdsValidator,
  type HsdsSchemaKind,
  type SchemaProblem,
} from './validate.js';
