import {
  listAgreementsNeedingAttention,
  listPartnerships,
  type AgreementWarning,
} from '../../partnerships/index.js';
import { isPlatformAdmin, managedPartnerships, organizationsWith } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { today } from '../governance/productionGate.js';
import { adminOrganizations } from '../policy.js';
import { readDefinition } from '../repository.js';
import type { ClusterStatus } from '../schemas.js';
import type { Actor, ChangeRequestState } from '../types.js';

/** How far ahead the back office warns of an agreement's end or review. */
export const AGREEMENT_WARNING_DAYS = 60;

export interface ClusterWorkItem {
  key: string;
  title: LocalizedText;
  status: ClusterStatus;
  published_version: number | null;
  has_draft: boolean;
  partnership_key: string | null;
  live_request: { id: string; state: ChangeRequestState; decided: number; required: number } | undefined;
  /** The actor's organisations whose approval the live request still waits for. */
  waiting_for_me: string[];
  /** The actor administers the lead partner and the published version has no sign-off yet. */
  signoff_waiting: boolean;
}

export interface ClusterWork {
  clusters: ClusterWorkItem[];
  warnings: AgreementWarning[];
}

/**
 * The back office's list: the clusters of the actor's partnerships (those they manage, or in which
 * their organisation is a party, or whose change request waits for their organisation; every cluster
 * for a platform administrator), each with its live change request, and the agreements of those
 * partnerships that end or are due for review within 60 days.
 */
export async function listClusterWork(
  db: Db | Tx,
  actor: Actor,
  options: { on?: string } = {},
): Promise<ClusterWork> {
  const on = options.on ?? today();
  const everything = isPlatformAdmin(actor);
  const partnerOrgs = organizationsWith(actor, ['partner_admin', 'partner_editor']);
  const mine = adminOrganizations(actor);
  const partnershipIds = new Set(managedPartnerships(actor));
  if (partnerOrgs.length)
    for (const p of await listPartnerships(db, { organizationIds: partnerOrgs })) partnershipIds.add(p.id);

  let query = db
    .selectFrom('cluster')
    .leftJoin('cluster_version', (join) =>
      join
        .onRef('cluster_version.cluster_id', '=', 'cluster.id')
        .onRef('cluster_version.version', '=', 'cluster.published_version'),
    )
    .leftJoin('cluster_signoff', (join) =>
      join
        .onRef('cluster_signoff.cluster_id', '=', 'cluster.id')
        .onRef('cluster_signoff.version', '=', 'cluster.published_version'),
    )
    .select([
      'cluster.id',
      'cluster.key',
      'cluster.status',
      'cluster.published_version',
      'cluster.partnership_id',
      'cluster.draft',
      'cluster_version.definition',
      'cluster_signoff.signed_at',
    ]);
  if (!everything) {
    query = query.where((eb) =>
      eb.or([
        ...(partnershipIds.size ? [eb('cluster.partnership_id', 'in', [...partnershipIds])] : []),
        ...(mine.length
          ? [
              eb(
                'cluster.id',
                'in',
                eb
                  .selectFrom('cluster_change_request')
                  .innerJoin(
                    'cluster_change_approval',
                    'cluster_change_approval.request_id',
                    'cluster_change_request.id',
                  )
                  .select('cluster_change_request.cluster_id')
                  .where('cluster_change_request.state', '=', 'open')
                  .where('cluster_change_approval.organization_id', 'in', mine),
              ),
            ]
          : []),
        eb.val(false),
      ]),
    );
  }
  const rows = await query.orderBy('cluster.key').execute();
  const ids = rows.map((row) => row.id);
  const live = ids.length
    ? await db
        .selectFrom('cluster_change_request')
        .innerJoin(
          'cluster_change_approval',
          'cluster_change_approval.request_id',
          'cluster_change_request.id',
        )
        .select([
          'cluster_change_request.id',
          'cluster_change_request.cluster_id',
          'cluster_change_request.state',
          'cluster_change_approval.organization_id',
          'cluster_change_approval.decision',
        ])
        .where('cluster_change_request.cluster_id', 'in', ids)
        .where('cluster_change_request.state', 'in', ['open', 'approved'])
        .execute()
    : [];
  const partnerships = new Map(
    (
      await listPartnerships(db, {
        ids: [...new Set(rows.map((row) => row.partnership_id).filter((id): id is string => !!id))],
      })
    ).map((p) => [p.id, p]),
  );

  const clusters = rows.map((row): ClusterWorkItem => {
    const definition = readDefinition(row.draft ?? row.definition);
    const published = row.definition ? readDefinition(row.definition) : undefined;
    const approvals = live.filter((a) => a.cluster_id === row.id);
    const first = approvals[0];
    return {
      key: row.key,
      title: definition.title,
      status: row.status,
      published_version: row.published_version,
      has_draft: row.draft !== null,
      partnership_key: row.partnership_id ? (partnerships.get(row.partnership_id)?.key ?? null) : null,
      live_request: first
        ? {
            id: first.id,
            state: first.state,
            decided: approvals.filter((a) => a.decision !== null).length,
            required: approvals.length,
          }
        : undefined,
      waiting_for_me:
        first?.state === 'open'
          ? approvals
              .filter((a) => a.decision === null && mine.includes(a.organization_id))
              .map((a) => a.organization_id)
          : [],
      signoff_waiting:
        actor.kind === 'user' &&
        !!published &&
        !row.signed_at &&
        row.status !== 'production' &&
        mine.includes(published.lead_organization_id),
    };
  });

  const concerned = new Set(rows.map((row) => row.partnership_id).filter((id) => !!id));
  const warnings = (
    await listAgreementsNeedingAttention(db, { on, withinDays: AGREEMENT_WARNING_DAYS })
  ).filter(
    (warning) =>
      everything ||
      concerned.has(warning.agreement.partnership_id) ||
      partnershipIds.has(warning.agreement.partnership_id),
  );
  return { clusters, warnings };
}
