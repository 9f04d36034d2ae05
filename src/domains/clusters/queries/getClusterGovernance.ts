import { listPartnerships, type Partnership } from '../../partnerships/index.js';
import { organizationsWith, requireThat } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { productionReadiness, today, type ProductionReadiness } from '../governance/productionGate.js';
import { adminOrganizations, mayManageCluster } from '../policy.js';
import { definitionHash, findApprovals, findClusterRow, readDefinition } from '../repository.js';
import type { ClusterStatus } from '../schemas.js';
import type { Actor, ChangeRequestView, ClusterVersionSummary } from '../types.js';
import { listClusterVersions } from './listClusterVersions.js';

export interface ClusterGovernance {
  cluster: {
    id: string;
    key: string;
    status: ClusterStatus;
    pilot_starts_on: string | null;
    pilot_ends_on: string | null;
    published_version: number | null;
    draft_revision: number;
    has_draft: boolean;
    /** From the draft when there is one, else from the published version. */
    title: LocalizedText;
    lead_organization_id: string;
  };
  partnership: Partnership | undefined;
  versions: ClusterVersionSummary[];
  /** Every change request, newest first; the live one (open or approved), if any, is first. */
  requests: ChangeRequestView[];
  readiness: ProductionReadiness;
  /** What this actor may do now; the commands check again. */
  may: { manage: boolean; decideFor: string[]; signOff: boolean };
}

/**
 * Everything the back office shows about one cluster's governance. Readable by the cluster manager of
 * its partnership, the partners (administrators and editors of a party, or of an organisation asked
 * for an approval) and platform administrators.
 */
export async function getClusterGovernance(
  db: Db | Tx,
  actor: Actor,
  key: string,
): Promise<ClusterGovernance> {
  const row = await findClusterRow(db, key);
  if (!row) throw new ClusterNotFoundError(key);
  const partnership = row.partnership_id
    ? (await listPartnerships(db, { ids: [row.partnership_id] }))[0]
    : undefined;
  const requestRows = await db
    .selectFrom('cluster_change_request')
    .select([
      'id',
      'state',
      'base_version',
      'draft_revision',
      'draft_hash',
      'change_approval',
      'requested_by',
      'requested_at',
      'closed_at',
      'published_version',
    ])
    .where('cluster_id', '=', row.id)
    .orderBy('requested_at', 'desc')
    .execute();
  const approvals = await findApprovals(
    db,
    requestRows.map((r) => r.id),
  );
  const versions = await listClusterVersions(db, key);
  const published = row.published_version
    ? await db
        .selectFrom('cluster_version')
        .select('definition')
        .where('cluster_id', '=', row.id)
        .where('version', '=', row.published_version)
        .executeTakeFirstOrThrow()
    : undefined;
  const current = readDefinition(row.draft ?? published!.definition);

  const partnerOrgs = organizationsWith(actor, ['partner_admin', 'partner_editor']);
  const concerned = new Set([
    ...(partnership?.parties.map((p) => p.organization_id) ?? []),
    ...approvals.map((a) => a.organization_id),
    current.lead_organization_id,
  ]);
  const manage = mayManageCluster(actor, row);
  requireThat(
    actor,
    manage || partnerOrgs.some((id) => concerned.has(id)),
    'cluster.governance.view',
    { entity_type: 'cluster', entity_id: row.id },
    'only the cluster’s partners, its cluster manager or a platform administrator',
  );

  const draftHash = row.draft ? definitionHash(readDefinition(row.draft)) : null;
  const requests: ChangeRequestView[] = requestRows
    .map(({ draft_hash, ...request }) => ({
      ...request,
      matches_draft: draft_hash === draftHash,
      approvals: approvals
        .filter((a) => a.request_id === request.id)
        .map(({ request_id: _request, ...approval }) => approval),
    }))
    .sort((a, b) => Number(isLive(b)) - Number(isLive(a)));
  const readiness = await productionReadiness(db, row, { on: today(), signoffRequired: true });
  const mine = adminOrganizations(actor);
  const live = requests.find(isLive);
  return {
    cluster: {
      id: row.id,
      key: row.key,
      status: row.status,
      pilot_starts_on: row.pilot_starts_on,
      pilot_ends_on: row.pilot_ends_on,
      published_version: row.published_version,
      draft_revision: row.draft_revision,
      has_draft: row.draft !== null,
      title: current.title,
      lead_organization_id: current.lead_organization_id,
    },
    partnership,
    versions,
    requests,
    readiness,
    may: {
      manage,
      decideFor:
        live?.state === 'open' && actor.kind === 'user'
          ? live.approvals
              .filter((a) => a.decision === null && mine.includes(a.organization_id))
              .map((a) => a.organization_id)
          : [],
      signOff:
        actor.kind === 'user' &&
        readiness.lead_organization_id !== null &&
        !readiness.signoff &&
        mine.includes(readiness.lead_organization_id),
    },
  };
}

function isLive(request: { state: string }): boolean {
  return request.state === 'open' || request.state === 'approved';
}
