/**
 * Loads whole records (services, locations, organizations) with every child, for many ids at once:
 * one statement per call, whatever the number of records or child tables (see aggregate.ts).
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Location, Organization, Service } from '../schemas.js';
import { loadWhole } from './aggregate.js';

type Conn = Db | Tx;

/** Whole services, in the order of `serviceIds` (unknown ids are left out). */
export function loadServices(db: Conn, serviceIds: string[]): Promise<Service[]> {
  return loadWhole<Service>(db, 'service', serviceIds);
}

/** Whole locations, in the order of `locationIds`. */
export function loadLocations(db: Conn, locationIds: string[]): Promise<Location[]> {
  return loadWhole<Location>(db, 'location', locationIds);
}

/** Whole organizations (identifiers, programs, contacts, phones, funding), in the order of `organizationIds`. */
export function loadOrganizations(db: Conn, organizationIds: string[]): Promise<Organization[]> {
  return loadWhole<Organization>(db, 'organization', organizationIds);
}
