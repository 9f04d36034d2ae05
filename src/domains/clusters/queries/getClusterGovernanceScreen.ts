import { loadOrganizations } from '../../catalog/index.js';
import { listAgreementsNeedingAttention, type AgreementWarning } from '../../partnerships/index.js';
import { findAccountNames, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { getClusterGovernance, type ClusterGovernance } from './getClusterGovernance.js';
import { AGREEMENT_WARNING_DAYS } from './listClusterWork.js';

/** A cluster's governance as its page shows it, with the names of those it mentions. */
export interface ClusterGovernanceScreen {
  governance: ClusterGovernance;
  /** The lead and the organisations asked to approve, by id. */
  organizations: { id: string; name: LocalizedText }[];
  /** The people who published, signed off, requested or decided, by account id (system tasks are not accounts). */
  people: { id: string; name: string }[];
  /** The cluster's partnership's agreements that end or are due for review soon. */
  warnings: AgreementWarning[];
}

const present = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];

/**
 * One cluster's governance for someone allowed to see it (`getClusterGovernance` decides), with the names
 * it mentions and the warnings about its partnership's agreements as of `today`.
 */
export async function getClusterGovernanceScreen(
  db: Db | Tx,
  actor: Actor,
  input: { key: string; today: Date },
): Promise<ClusterGovernanceScreen> {
  const governance = await getClusterGovernance(db, actor, input.key);
  const organizationIds = present([
    governance.cluster.lead_organization_id,
    ...governance.requests.flatMap((r) => r.approvals.map((a) => a.organization_id)),
  ]);
  const personIds = present([
    ...governance.versions.map((v) => v.published_by),
    governance.readiness.signoff?.signed_by ?? null,
    ...governance.requests.flatMap((r) => [r.requested_by, ...r.approvals.map((a) => a.decided_by)]),
  ]);
  const partnership = governance.partnership;
  const [organizations, people, warnings] = await Promise.all([
    loadOrganizations(db, organizationIds),
    findAccountNames(db, personIds),
    partnership
      ? listAgreementsNeedingAttention(db, {
          on: input.today.toISOString().slice(0, 10),
          withinDays: AGREEMENT_WARNING_DAYS,
        })
      : Promise.resolve([]),
  ]);
  return {
    governance,
    organizations: organizations.map((o) => ({ id: o.id, name: o.name })),
    people: [...people].map(([id, name]) => ({ id, name })),
    warnings: partnership
      ? warnings.filter((warning) => warning.agreement.partnership_id === partnership.id)
      : [],
  };
}
