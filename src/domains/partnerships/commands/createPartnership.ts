import { loadOrganizations } from '../../catalog/index.js';
import { appendAudit } from '../../../platform/audit/index.js';
import { requireThat } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ValidationError, parseInput } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { PartnershipInput } from '../schemas.js';
import type { Actor } from '../types.js';
import { AgreementStateError } from '../errors.js';
import { mayManagePartnership } from '../policy.js';

export const partnershipId = (key: string) => stableId(`partnership:${key}`);

/**
 * A partnership of existing organisations with exactly one lead. Parties keep ownership of their records.
 * Platform administrators create partnerships (a cluster manager's grant names an existing partnership).
 */
export async function createPartnership(
  db: Db | Tx,
  actor: Actor,
  input: PartnershipInput,
): Promise<{ id: string }> {
  // Rights first, so a refused caller learns nothing from validation messages.
  const key = typeof input?.key === 'string' ? input.key : '';
  requireThat(
    actor,
    mayManagePartnership(actor, partnershipId(key)),
    'partnership.create',
    { entity_type: 'partnership', entity_id: key ? partnershipId(key) : null },
    'only a platform administrator or the partnership’s cluster manager',
  );
  const value = parseInput(PartnershipInput, input, 'The partnership is not valid.');
  return withTransaction(db, async (tx) => {
    const found = new Set(
      (
        await loadOrganizations(
          tx,
          value.parties.map((p) => p.organization_id),
        )
      ).map((o) => o.id),
    );
    const missing = value.parties.filter((party) => !found.has(party.organization_id));
    if (missing.length) {
      throw new ValidationError(
        'A party is not a known organisation.',
        missing.map((party) => ({
          path: 'parties',
          message: `No organisation with id ${party.organization_id}`,
        })),
      );
    }
    const id = partnershipId(value.key);
    const existing = await tx
      .selectFrom('partnership')
      .select('id')
      .where('key', '=', value.key)
      .executeTakeFirst();
    if (existing)
      throw new AgreementStateError(`Partnership ${value.key} already exists.`, {
        key: value.key,
        reason: 'partnership_exists',
      });
    await tx
      .insertInto('partnership')
      .values({ id, key: value.key, name: JSON.stringify(value.name) })
      .execute();
    await tx
      .insertInto('partnership_party')
      .values(value.parties.map((party) => ({ partnership_id: id, ...party })))
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'partnership.create',
      entity_type: 'partnership',
      entity_id: id,
      detail: { key: value.key, parties: value.parties },
    });
    return { id };
  });
}
