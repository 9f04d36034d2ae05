import type { Db, Tx } from '../../../platform/db/index.js';

export interface ServiceOwner {
  organization_id: string;
  /** Awaiting translation: kept off client-facing channels. */
  translation_pending: boolean;
}

/** The owner of each service that exists, by id (ids that name no service are left out). */
export async function getServiceOwners(
  db: Db | Tx,
  ids: readonly string[],
): Promise<Map<string, ServiceOwner>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('service')
    .select(['id', 'organization_id', 'translation_pending'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { organization_id: row.organization_id, translation_pending: row.translation_pending },
    ]),
  );
}
