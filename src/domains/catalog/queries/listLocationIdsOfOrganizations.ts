import type { Db, Tx } from '../../../platform/db/index.js';

/**
 * The ids of the locations each of these organizations holds, ordered by id (records awaiting
 * translation are left out unless `includePending`). An organization without locations has no entry.
 */
export async function listLocationIdsOfOrganizations(
  db: Db | Tx,
  organizationIds: readonly string[],
  options: { includePending?: boolean | undefined } = {},
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (organizationIds.length === 0) return out;
  let query = db
    .selectFrom('location')
    .select(['id', 'organization_id'])
    .where('organization_id', 'in', [...new Set(organizationIds)])
    .orderBy('id');
  if (!options.includePending) query = query.where('translation_pending', '=', false);
  for (const row of await query.execute()) {
    if (!row.organization_id) continue;
    const ids = out.get(row.organization_id) ?? [];
    ids.push(row.id);
    out.set(row.organization_id, ids);
  }
  return out;
}
