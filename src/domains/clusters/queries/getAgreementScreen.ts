import { loadOrganizations } from '../../catalog/index.js';
import {
  AGREEMENT_ATTENTION_DAYS,
  AgreementNotFoundError,
  getAgreement,
  getPartnership,
  listAgreementsNeedingAttention,
  partiesActorSignsFor,
  requirePartnershipViewer,
  type Agreement,
  type AgreementSignature,
  type AgreementWarning,
  type Partnership,
} from '../../partnerships/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { Actor } from '../types.js';
import { listPublicClusters } from './listPublicClusters.js';

/** An agreement as its page shows it, with the names it mentions and what the viewer may do with it. */
export interface AgreementScreen {
  partnership: Partnership;
  agreement: Agreement;
  /** One per party that has signed, in the order they signed. */
  signatures: AgreementSignature[];
  /** This agreement's end or review date, when it falls within AGREEMENT_ATTENTION_DAYS of `today`. */
  warnings: AgreementWarning[];
  /** The parties, the organisations data is shared with and the one just signed for, by id. */
  organizations: { id: string; name: LocalizedText }[];
  /** The public clusters the agreement's scope names, by key (a draft or retired one goes unnamed). */
  clusters: { key: string; title: LocalizedText }[];
  /** Parties the viewer may sign for that have not signed yet: none once the agreement is not a draft. */
  may_sign_for: string[];
}

/**
 * One agreement of a partnership for someone allowed to see the partnership (its managers and the
 * administrators of its parties). An agreement of another partnership is not found under this one.
 * `today` is the day warnings count from; `signedFor` names an organisation the caller has just signed
 * for, so its name comes with the screen. The agreement scope's cluster titles are the reason this
 * screen lives here: the partnerships domain never reads clusters.
 */
export async function getAgreementScreen(
  db: Db | Tx,
  actor: Actor,
  input: { key: string; id: string; today: string; signedFor?: string | undefined },
): Promise<AgreementScreen> {
  const partnership = await getPartnership(db, input.key);
  requirePartnershipViewer(actor, partnership);
  const { agreement, signatures } = await getAgreement(db, input.id);
  if (agreement.partnership_id !== partnership.id) throw new AgreementNotFoundError(input.id);
  const organizationIds = new Set([
    ...partnership.parties.map((party) => party.organization_id),
    ...agreement.clauses.data_sharing.map((rule) => rule.to_organization_id),
    ...(input.signedFor ? [input.signedFor] : []),
  ]);
  const scoped = new Set(agreement.clauses.scope.clusters);
  const [organizations, clusters, warnings] = await Promise.all([
    loadOrganizations(db, [...organizationIds]),
    listPublicClusters(db),
    listAgreementsNeedingAttention(db, { on: input.today, withinDays: AGREEMENT_ATTENTION_DAYS }),
  ]);
  const signed = new Set(signatures.map((signature) => signature.organization_id));
  return {
    partnership,
    agreement,
    signatures,
    warnings: warnings.filter((warning) => warning.agreement.id === agreement.id),
    organizations: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
    clusters: clusters
      .filter((cluster) => scoped.has(cluster.key))
      .map((cluster) => ({ key: cluster.key, title: cluster.title })),
    may_sign_for:
      agreement.status === 'draft'
        ? partiesActorSignsFor(actor, partnership).filter((organization) => !signed.has(organization))
        : [],
  };
}
