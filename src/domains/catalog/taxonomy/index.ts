/** Open Eligibility taxonomy in both languages: see README.md for the source, licence and quirks. */
export {
  OPEN_ELIGIBILITY_TAXONOMY_ID,
  OPEN_ELIGIBILITY_TAXONOMY_NAME,
  OpenEligibilityFormatError,
  openEligibilityTermId,
  parseOpenEligibility,
  type OpenEligibilityTaxonomy,
  type OpenEligibilityTree,
  type ParseOpenEligibilityOptions,
} from './openEligibility.js';
export {
  TaxonomySourceMissingError,
  defaultOpenEligibilityPath,
  loadOpenEligibility,
  type LoadOpenEligibilityOptions,
  type OpenEligibilityLoadReport,
} from './loadOpenEligibility.js';
