import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Organization } from '../schemas.js';
import { loadOrganizations } from './load.js';

/** One organization with its identifiers, programs, contacts, phones, funding, attributes and metadata. */
export async function getOrganization(db: Db | Tx, id: string): Promise<Organization> {
  const [organization] = await loadOrganizations(db, [id]);
  if (!organization) throw new NotFoundError('organization', id);
  return organization;
}
