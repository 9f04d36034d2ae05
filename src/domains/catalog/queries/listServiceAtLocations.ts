import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Paged, PageQuery, ServiceAtLocationDetail } from '../types.js';
import { loadLocations, loadServices } from './load.js';
import { offset, serviceMatches } from './filters.js';

export interface ServiceAtLocationQuery extends PageQuery {
  serviceId?: string | undefined;
  locationId?: string | undefined;
  organizationId?: string | undefined;
  /** Words matched against the service, as in listServices. */
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  includePending?: boolean | undefined;
}

/** Links (with both ends loaded) for the given ids, in that order. */
export async function loadServiceAtLocations(db: Db | Tx, ids: string[]): Promise<ServiceAtLocationDetail[]> {
  if (ids.length === 0) return [];
  const links = await db
    .selectFrom('service_at_location')
    .select(['id', 'service_id', 'location_id'])
    .where('id', 'in', ids)
    .execute();
  const [services, locations] = await Promise.all([
    loadServices(db, [...new Set(links.map((l) => l.service_id))]),
    loadLocations(db, [...new Set(links.map((l) => l.location_id))]),
  ]);
  const serviceById = new Map(services.map((s) => [s.id, s]));
  const locationById = new Map(locations.map((l) => [l.id, l]));
  const byId = new Map(links.map((l) => [l.id, l]));
  return ids.flatMap((id) => {
    const link = byId.get(id);
    const service = link && serviceById.get(link.service_id);
    const location = link && locationById.get(link.location_id);
    const own = service?.service_at_locations.find((s) => s.id === id);
    if (!link || !service || !location || !own) return [];
    return [
      {
        id,
        service_id: link.service_id,
        location_id: link.location_id,
        service_at_location: own,
        service,
        location,
      },
    ];
  });
}

/** Where a service is offered, paged; filters combine. Ordered by service name, location, id. */
export async function listServiceAtLocations(
  db: Db | Tx,
  query: ServiceAtLocationQuery,
): Promise<Paged<ServiceAtLocationDetail>> {
  let base = db
    .selectFrom('service_at_location as sal')
    .innerJoin('service', 'service.id', 'sal.service_id')
    .where(serviceMatches(query));
  if (query.serviceId) base = base.where('sal.service_id', '=', query.serviceId);
  if (query.locationId) base = base.where('sal.location_id', '=', query.locationId);
  const [count, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst(),
    base
      .select('sal.id')
      .orderBy(sql`service.name->>'en'`)
      .orderBy('sal.location_id')
      .orderBy('sal.id')
      .limit(query.perPage)
      .offset(offset(query))
      .execute(),
  ]);
  const items = await loadServiceAtLocations(
    db,
    rows.map((r) => r.id),
  );
  return { items, total: Number(count?.n ?? 0), page: query.page, perPage: query.perPage };
}
