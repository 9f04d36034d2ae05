/**
 * Catalog: the partners' services, locations, channels and standards (Open Referral HSDS 3.0 plus
 * Stitch's additions). The only door into the domain; see README.md for its invariants.
 */
export * from './schemas.js';
export * as hsds from './hsds/index.js';
export {
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds/index.js';
