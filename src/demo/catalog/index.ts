/**
 * The demo catalog: a bilingual, multi-jurisdiction set of partners, locations and services for
 * Ottawa and Halifax, used on first start and by `stitch seed demo`. It is the Open Referral HSDS 3.0
 * data package in data/demo/catalog, read by the same HSDS reader as `stitch import hsds` (checked
 * against the official schemas when they are on this machine); Stitch's own data (channels, service
 * standards, brand colours, jurisdictions, holiday closures) travels in its extension attributes (ADR 0004).
 *
 * Facts (names, addresses, phone numbers, web addresses, service standards) are real to the best of
 * our checking and are marked as demonstration data in the UI. Unit costs per channel are
 * illustrative figures for the results framework, not published costs. Opening hours are typical
 * hours for demonstration. Brand colours: the Government of Canada pair is the Canada.ca design system's;
 * the others approximate each partner's public colours, for co-branding demonstrations only.
 */
import { join } from 'node:path';
import type { CatalogBundleInput } from '../../domains/catalog/index.js';
import { hsds } from '../../domains/interchange/index.js';
import { DEMO_DATA_DIR, DemoDataError } from '../data.js';

export { demoId, jurisdictionId, locationId, orgId, serviceId } from './ids.js';

export const DEMO_CATALOG_DIR = join(DEMO_DATA_DIR, 'catalog');

/** The demo catalog as a bundle, with the reader's notes; a package that does not read cleanly throws. */
export function readDemoCatalog(): { bundle: CatalogBundleInput; notes: string[] } {
  const read = hsds.readHsdsBundle(DEMO_CATALOG_DIR);
  if (read.rejected.length > 0) {
    throw new DemoDataError(
      DEMO_CATALOG_DIR,
      read.rejected.map((rejection) => ({
        path: rejection.field ? `${rejection.where} ${rejection.field}` : rejection.where,
        message: rejection.reason,
      })),
    );
  }
  return { bundle: read.bundle, notes: read.notes };
}

/** The demo catalog as a bundle for importCatalog; each call reads the package afresh. */
export function demoCatalog(): CatalogBundleInput {
  return readDemoCatalog().bundle;
}
