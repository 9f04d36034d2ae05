/**
 * A partnership with a signed agreement in force today, for tests that need a cluster to reach
 * production or to be governed by an agreement. Imported by tests only.
 */
import {
  createPartnership,
  draftAgreement,
  signAgreement,
  type ChangeApproval,
} from '../domains/partnerships/index.js';
import { systemActor } from '../platform/auth/index.js';
import type { Db, Tx } from '../platform/db/index.js';

export interface PartnershipSpec {
  key: string;
  lead: string;
  members?: string[];
  /** Cluster keys the agreement's scope names. */
  clusters: string[];
  changeApproval?: ChangeApproval;
  /** Leave the agreement as a draft (not in force). */
  unsigned?: boolean;
  /** Term, by default from a year ago to ten years ahead, so it is in force today. */
  startsOn?: string;
  endsOn?: string;
}

const shift = (years: number) => {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
};

export async function aSignedPartnership(
  db: Db | Tx,
  spec: PartnershipSpec,
): Promise<{ partnershipId: string; agreementId: string }> {
  const actor = systemActor('test');
  const members = spec.members ?? [];
  const { id: partnershipId } = await createPartnership(db, actor, {
    key: spec.key,
    name: { en: `${spec.key} partnership`, fr: `Partenariat ${spec.key}` },
    parties: [
      { organization_id: spec.lead, role: 'lead' },
      ...members.map((organization_id) => ({ organization_id, role: 'member' as const })),
    ],
  });
  const endsOn = spec.endsOn ?? shift(10);
  const { id: agreementId } = await draftAgreement(db, actor, {
    partnership_key: spec.key,
    template: 'service-cluster',
    starts_on: spec.startsOn ?? shift(-1),
    ends_on: endsOn,
    review_on: endsOn,
    clauses: {
      scope: { clusters: spec.clusters, forms: [] },
      branding: { lead_organization_id: spec.lead, co_brand_order: members },
      cost_sharing: { formula: 'equal' },
      governance: { change_approval: spec.changeApproval ?? 'touched_partners' },
    },
  });
  if (!spec.unsigned) await signAgreement(db, actor, agreementId);
  return { partnershipId, agreementId };
}
