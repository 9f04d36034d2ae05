import type { Db, Tx } from '../../../platform/db/index.js';
import type { Partnership } from '../types.js';

/**
 * Partnerships with their parties: those with the given ids, and those in which one of the given
 * organisations is a party. With neither filter, every partnership. By key.
 */
export async function listPartnerships(
  db: Db | Tx,
  filter: { ids?: readonly string[]; organizationIds?: readonly string[] } = {},
): Promise<Partnership[]> {
  const { ids, organizationIds } = filter;
  const filtered = ids !== undefined || organizationIds !== undefined;
  if (filtered && !ids?.length && !organizationIds?.length) return [];
  let query = db.selectFrom('partnership').select(['id', 'key', 'name']);
  if (filtered) {
    query = query.where((eb) =>
      eb.or([
        ...(ids?.length ? [eb('partnership.id', 'in', [...ids])] : []),
        ...(organizationIds?.length
          ? [
              eb(
                'partnership.id',
                'in',
                eb
                  .selectFrom('partnership_party')
                  .select('partnership_party.partnership_id')
                  .where('partnership_party.organization_id', 'in', [...organizationIds]),
              ),
            ]
          : []),
      ]),
    );
  }
  const rows = await query.orderBy('key').execute();
  if (!rows.length) return [];
  const parties = await db
    .selectFrom('partnership_party')
    .select(['partnership_id', 'organization_id', 'role'])
    .where(
      'partnership_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('role')
    .orderBy('organization_id')
    .execute();
  return rows.map((row) => ({
    ...row,
    parties: parties
      .filter((party) => party.partnership_id === row.id)
      .map(({ organization_id, role }) => ({ organization_id, role })),
  }));
}
