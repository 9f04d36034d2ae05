/**
 * Interchange: the catalog in and out of the standards others publish in — Open Referral HSDS 3.0 (files
 * and the HSDS API's reads) and the GC Service Inventory. The only door into the domain; see README.md.
 */
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
export { importHsdsFiles, type HsdsFilesImport, type HsdsFilesImported } from './commands/importHsdsFiles.js';
export {
  exportHsdsFiles,
  type HsdsExportFormat,
  type HsdsExportOptions,
  type HsdsExportResult,
} from './commands/exportHsdsFiles.js';
export { SILENT_PROGRESS, type FileRejection, type ProgressReporter, type Reader } from './types.js';
export { getHsdsService, type HsdsServiceQuery } from './queries/getHsdsService.js';
export { listHsdsServices, listHsdsServicesAsJson } from './queries/listHsdsServices.js';
export { listHsdsOrganizations } from './queries/listHsdsOrganizations.js';
export { listHsdsServiceAtLocations } from './queries/listHsdsServiceAtLocations.js';
export {
  listServiceInventoryFacts,
  listServiceInventoryYears,
  APPLICATION_CHANNELS,
  type ApplicationChannel,
  type ServiceInventoryFacts,
  type StandardResult,
} from './queries/listServiceInventoryFacts.js';
