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
