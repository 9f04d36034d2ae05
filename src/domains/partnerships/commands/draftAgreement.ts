import { appendAudit } from '../../../platform/audit/index.js';
import { requireThat } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { type FieldProblem, ValidationError, parseInput } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { PartnershipNotFoundError } from '../errors.js';
import { mayManagePartnership } from '../policy.js';
import { partnershipId } from './createPartnership.js';
import { findPartnership } from '../repository.js';
import { AgreementDraftInput, type Clauses } from '../schemas.js';
import { AGREEMENT_TEMPLATES, isAgreementTemplate } from '../templates.js';
import type { Actor, Partnership } from '../types.js';

/** Every organisation a clause names must be a party of the partnership. */
function partyProblems(clauses: Clauses, partnership: Partnership): FieldProblem[] {
  const parties = new Set(partnership.parties.map((party) => party.organization_id));
  const out: FieldProblem[] = [];
  const check = (path: string, id: string) => {
    if (!parties.has(id))
      out.push({ path, message: `Organisation ${id} is not a party of this partnership` });
  };
  check('clauses.branding.lead_organization_id', clauses.branding.lead_organization_id);
  clauses.branding.co_brand_order.forEach((id, i) => check(`clauses.branding.co_brand_order.${i}`, id));
  clauses.data_sharing.forEach((rule, i) =>
    check(`clauses.data_sharing.${i}.to_organization_id`, rule.to_organization_id),
  );
  Object.keys(clauses.cost_sharing.shares ?? {}).forEach((id) =>
    check(`clauses.cost_sharing.shares.${id}`, id),
  );
  return out;
}

/** A new draft agreement for a partnership, from a known template. Drafts bind no one. */
export async function draftAgreement(
  db: Db | Tx,
  actor: Actor,
  input: AgreementDraftInput,
): Promise<{ id: string }> {
  const key = typeof input?.partnership_key === 'string' ? input.partnership_key : '';
  requireThat(
    actor,
    mayManagePartnership(actor, partnershipId(key)),
    'agreement.draft',
    { entity_type: 'partnership', entity_id: key ? partnershipId(key) : null },
    'only a platform administrator or the partnership’s cluster manager',
  );
  const value = parseInput(AgreementDraftInput, input, 'The agreement is not valid.');
  if (!isAgreementTemplate(value.template)) {
    throw new ValidationError('Unknown agreement template.', [
      { path: 'template', message: `Known templates: ${AGREEMENT_TEMPLATES.join(', ')}` },
    ]);
  }
  return withTransaction(db, async (tx) => {
    const partnership = await findPartnership(tx, value.partnership_key);
    if (!partnership) throw new PartnershipNotFoundError(value.partnership_key);
    const problems = partyProblems(value.clauses, partnership);
    if (problems.length)
      throw new ValidationError('The agreement names organisations outside the partnership.', problems);
    const count = await tx
      .selectFrom('agreement')
      .select('id')
      .where('partnership_id', '=', partnership.id)
      .execute();
    const id = stableId(`agreement:${partnership.key}:${count.length + 1}`);
    await tx
      .insertInto('agreement')
      .values({
        id,
        partnership_id: partnership.id,
        template: value.template,
        clauses: JSON.stringify(value.clauses),
        starts_on: value.starts_on,
        ends_on: value.ends_on,
        review_on: value.review_on,
      })
      .execute();
    await appendAudit(tx, {
      actor: actor.id,
      action: 'agreement.draft',
      entity_type: 'agreement',
      entity_id: id,
      detail: { partnership: partnership.key, template: value.template },
    });
    return { id };
  });
}
