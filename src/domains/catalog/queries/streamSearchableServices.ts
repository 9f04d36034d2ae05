import { sql } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';

/** The words of a service that search indexes: what clients may read, nothing else. */
export interface SearchableService {
  id: string;
  name: LocalizedText;
  alternate_name: LocalizedText | null;
  description: LocalizedText | null;
  organization_name: LocalizedText;
  /**
   * The places the service is for, by name: its government's jurisdiction, the one above it and the
   * municipalities within it ("Government of Ontario", "City of Ottawa"), never the federal level,
   * which is everywhere. Lets "lost my health card in Ottawa" find Ontario's health card.
   */
  places: LocalizedText[];
}

/**
 * Public services (active or temporarily closed, not awaiting translation) with their searchable text,
 * in batches ordered by id, or only the given ids. One query per batch.
 */
export async function* streamSearchableServices(
  db: Db | Tx,
  options: { batchSize?: number; ids?: readonly string[] } = {},
): AsyncGenerator<SearchableService[]> {
  const batchSize = Math.max(1, options.batchSize ?? 2000);
  if (options.ids && options.ids.length === 0) return;
  let after: string | undefined;
  for (;;) {
    let query = db
      .selectFrom('service')
      .innerJoin('organization', 'organization.id', 'service.organization_id')
      .select([
        'service.id',
        'service.name',
        'service.alternate_name',
        'service.description',
        'organization.name as organization_name',
        sql<LocalizedText[]>`(
          SELECT coalesce(jsonb_agg(place.name ORDER BY place.code), '[]'::jsonb)
          FROM jurisdiction own
          JOIN jurisdiction place
            ON place.level <> 'federal'
           AND (place.id = own.id OR place.id = own.parent_id OR place.parent_id = own.id)
          WHERE own.id = organization.jurisdiction_id
        )`.as('places'),
      ])
      .where('service.translation_pending', '=', false)
      .where('service.status', 'in', ['active', 'temporarily closed'])
      .orderBy('service.id')
      .limit(batchSize);
    if (options.ids) query = query.where('service.id', 'in', [...options.ids]);
    if (after !== undefined) query = query.where('service.id', '>', after);
    const rows = await query.execute();
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}
