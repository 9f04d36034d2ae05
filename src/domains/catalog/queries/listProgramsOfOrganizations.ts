import type { Db, Tx } from '../../../platform/db/index.js';
import type { OrganizationInput } from '../schemas.js';
import { chunks } from './chunks.js';

type ProgramInput = NonNullable<OrganizationInput['programs']>[number];

/** The programs each of these organizations holds, as input (an organization without any has no entry). */
export async function listProgramsOfOrganizations(
  db: Db | Tx,
  organizationIds: readonly string[],
): Promise<Map<string, ProgramInput[]>> {
  const out = new Map<string, ProgramInput[]>();
  for (const ids of chunks([...new Set(organizationIds)])) {
    const rows = await db
      .selectFrom('program')
      .select(['id', 'organization_id', 'name', 'alternate_name', 'description'])
      .where('organization_id', 'in', ids)
      .orderBy('organization_id')
      .orderBy('position')
      .execute();
    for (const { organization_id, ...program } of rows) {
      const list = out.get(organization_id) ?? [];
      list.push(program);
      out.set(organization_id, list);
    }
  }
  return out;
}
