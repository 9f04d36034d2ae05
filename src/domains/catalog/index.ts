/**
 * Catalog: the partners' services, locations, channels and standards (Open Referral HSDS 3.0 plus
 * Stitch's additions). The only door into the domain; see README.md for its invariants.
 */
export * from './schemas.js';
