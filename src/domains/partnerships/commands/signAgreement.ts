import { appendAudit } from '../../../platform/audit/index.js';
import { requireThat } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import { AgreementNotFoundError, AgreementStateError } from '../errors.js';
import { partiesActorSignsFor } from '../policy.js';
import type { Actor, Partnership } from '../types.js';

export interface SignatureOutcome {
  /** The agreement's status after this signature: signed once every party has signed. */
  status: 'draft' | 'signed';
  /** Parties that signed in this call. */
  signed: string[];
  /** Parties whose signature is still awaited. */
  waiting: string[];
}

/**
 * One party signs a draft agreement for itself; the agreement becomes signed (binding, frozen) when the
 * last party signs. Only a partner administrator of a party signs for it: a platform administrator
 * cannot commit a partner. A system actor (the demo seed, a migration of paper agreements) records every
 * missing signature in one call, unless it names one party.
 */
export async function signAgreement(
  db: Db | Tx,
  actor: Actor,
  id: string,
  options: { forOrganization?: string | undefined; at?: Date | undefined } = {},
): Promise<SignatureOutcome> {
  const at = options.at ?? new Date();
  return withTransaction(db, async (tx) => {
    // The row lock serialises parties signing at the same moment, so exactly one of them completes it.
    const row = await tx
      .selectFrom('agreement')
      .innerJoin('partnership', 'partnership.id', 'agreement.partnership_id')
      .select([
        'agreement.id',
        'agreement.status',
        'agreement.ends_on',
        'partnership.id as partnership_id',
        'partnership.key as partnership_key',
      ])
      .where('agreement.id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw new AgreementNotFoundError(id);
    const parties = await tx
      .selectFrom('partnership_party')
      .select(['organization_id', 'role'])
      .where('partnership_id', '=', row.partnership_id)
      .orderBy('organization_id')
      .execute();
    const partnership: Partnership = {
      id: row.partnership_id,
      key: row.partnership_key,
      name: { en: '', fr: '' },
      parties,
    };
    const system = actor.kind === 'system';
    let signers: string[];
    if (options.forOrganization) {
      signers = [options.forOrganization];
    } else if (system) {
      signers = parties.map((party) => party.organization_id);
    } else {
      const own = partiesActorSignsFor(actor, partnership);
      signers = own.length === 1 ? own : [];
    }
    const target = {
      entity_type: 'agreement',
      entity_id: id,
      organization_id: options.forOrganization ?? null,
    };
    requireThat(
      actor,
      system || (signers.length === 1 && partiesActorSignsFor(actor, partnership).includes(signers[0]!)),
      'agreement.sign',
      target,
      'only a partner administrator of a party signs for it',
    );
    const unknown = signers.filter((org) => !parties.some((party) => party.organization_id === org));
    if (unknown.length) {
      throw new ValidationError('Only a party of the partnership signs its agreement.', [
        { path: 'organization_id', message: `Organisation ${unknown[0]} is not a party of this partnership` },
      ]);
    }
    if (row.status !== 'draft') {
      throw new AgreementStateError(`Agreement ${id} is ${row.status}, not a draft.`, {
        status: row.status,
        reason: 'not_draft',
      });
    }
    if (row.ends_on < at.toISOString().slice(0, 10)) {
      throw new AgreementStateError(`Agreement ${id} ends before it would be signed.`, {
        ends_on: row.ends_on,
        reason: 'ended',
      });
    }
    const already = new Set(
      (
        await tx
          .selectFrom('agreement_signature')
          .select('organization_id')
          .where('agreement_id', '=', id)
          .execute()
      ).map((signature) => signature.organization_id),
    );
    const fresh = signers.filter((org) => !already.has(org));
    if (fresh.length === 0) {
      throw new AgreementStateError(`Agreement ${id} is already signed for ${signers.join(', ')}.`, {
        organization_id: signers[0],
        reason: 'already_signed',
      });
    }
    await tx
      .insertInto('agreement_signature')
      .values(
        fresh.map((organization_id) => ({
          agreement_id: id,
          organization_id,
          signed_by: actor.id,
          signer_name: actor.name,
          signed_at: at,
        })),
      )
      .execute();
    for (const organization_id of fresh) {
      await appendAudit(tx, {
        actor: actor.id,
        action: 'agreement.sign_party',
        entity_type: 'agreement',
        entity_id: id,
        organization_id,
        detail: {
          partnership: row.partnership_key,
          role: parties.find((party) => party.organization_id === organization_id)!.role,
        },
      });
    }
    const waiting = parties
      .map((party) => party.organization_id)
      .filter((org) => !already.has(org) && !fresh.includes(org));
    if (waiting.length > 0) return { status: 'draft', signed: fresh, waiting };
    await tx
      .updateTable('agreement')
      .set({ status: 'signed', signed_at: at, signed_by: actor.id })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'agreement.sign',
      entity_type: 'agreement',
      entity_id: id,
      detail: { partnership: row.partnership_key, parties: parties.length },
    });
    return { status: 'signed', signed: fresh, waiting: [] };
  });
}
