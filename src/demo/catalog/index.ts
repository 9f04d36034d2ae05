/**
 * The demo catalog: a bilingual, multi-jurisdiction set of partners, locations and services for
 * Ottawa and Halifax, used on first start and by `stitch seed demo`.
 *
 * Facts (names, addresses, phone numbers, web addresses, service standards) are real to the best of
 * our checking and are marked as demonstration data in the UI. Unit costs per channel are
 * illustrative figures for the results framework, not published costs. Opening hours are typical
 * hours for demonstration.
 */
import type { CatalogBundleInput } from '../../domains/catalog/index.js';
import { jurisdictions } from './jurisdictions.js';
import { halifaxLocations } from './locations/halifax.js';
import { ottawaLocations } from './locations/ottawa.js';
import { organizations } from './organizations.js';
import { communityServices } from './services/community.js';
import { federalServices } from './services/federal.js';
import { municipalServices } from './services/municipal.js';
import { novaScotiaServices } from './services/nova-scotia.js';
import { ontarioServices } from './services/ontario.js';

export function demoCatalog(): CatalogBundleInput {
  return {
    jurisdictions,
    organizations,
    locations: [...ottawaLocations, ...halifaxLocations],
    services: [
      ...federalServices,
      ...ontarioServices,
      ...novaScotiaServices,
      ...municipalServices,
      ...communityServices,
    ],
  };
}
