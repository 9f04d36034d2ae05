import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Organization, Service } from '../schemas.js';
import type { Paged } from '../types.js';
import { bareRecord } from './aggregate.js';
import { offset, serviceMatches } from './filters.js';
import type { ServiceListQuery } from './listServices.js';

/** A service's own fields with its organization's (and program's), children left out. */
export interface ServiceSummary {
  service: Service;
  organization: Organization | undefined;
}

interface SummaryRow {
  service: Record<string, unknown>;
  organization: Record<string, unknown> | null;
  program: Record<string, unknown> | null;
  total: number;
}

/**
 * A page of services as summaries, in the order of listServices (English name, then id), in one
 * statement: the list forms that show no children need no child table.
 */
export async function listServiceSummaries(
  db: Db | Tx,
  query: ServiceListQuery,
): Promise<Paged<ServiceSummary>> {
  const rows = (await db
    .selectFrom('service')
    .leftJoin('organization', 'organization.id', 'service.organization_id')
    .leftJoin('program', 'program.id', 'service.program_id')
    .where(serviceMatches(query))
    .select([
      sql`to_jsonb(service)`.as('service'),
      sql`to_jsonb(organization)`.as('organization'),
      sql`to_jsonb(program)`.as('program'),
      sql<number>`count(*) over ()`.as('total'),
    ])
    .orderBy(sql`service.name->>'en'`)
    .orderBy('service.id')
    .limit(query.perPage)
    .offset(offset(query))
    .execute()) as SummaryRow[];
  const total =
    rows.length > 0
      ? Number(rows[0]!.total)
      : Number(
          (
            await db
              .selectFrom('service')
              .where(serviceMatches(query))
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirst()
          )?.n ?? 0,
        );
  const items = rows.map((row) => {
    const organization = row.organization
      ? bareRecord<Organization>('organization', row.organization)
      : undefined;
    if (organization && row.program) organization.programs = [bareRecord('program', row.program)];
    return { service: bareRecord<Service>('service', row.service), organization };
  });
  return { items, total, page: query.page, perPage: query.perPage };
}
