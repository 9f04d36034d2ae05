import { loadOrganizations } from '../../catalog/index.js';
import {
  getClusterAgreement,
  mayOpenCostSharing,
  mayReadCostSharing,
  reportCostSharing,
  type Agreement,
  type CostSharingReport,
  type Partnership,
} from '../../partnerships/index.js';
import { requireThat } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { isStitchError } from '../../../platform/errors/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { Actor, ClusterSummary } from '../types.js';
import { getPublishedCluster } from './getPublishedCluster.js';
import { listPublicClusters } from './listPublicClusters.js';

/** Why a report cannot be made for a well-formed request; channels turn it into words. */
export type CostSharingProblem = 'unknown_cluster' | 'no_agreement';

/** One party's line of the report, with its share as a fraction of the whole. */
export interface CostLine {
  organization_id: string;
  role: string;
  volume: number;
  fraction: number;
  cents: number;
}

export interface CostSharingResult {
  report: CostSharingReport;
  partnership: Partnership;
  agreement: Agreement;
  cluster_title: LocalizedText;
  lines: CostLine[];
  /** The parties' names, by organisation id. */
  organizations: { id: string; name: LocalizedText }[];
}

/** The cost-sharing page: the clusters to choose from and, when asked for, the report or why there is none. */
export interface CostSharingScreen {
  clusters: ClusterSummary[];
  result?: CostSharingResult | undefined;
  problem?: CostSharingProblem | undefined;
}

/** A report asked for: a cluster's key, the period's first and last days (ISO dates) and the total. */
export interface CostSharingRequest {
  cluster: string;
  from: string;
  to: string;
  totalCents: number;
}

const nextDay = (isoDate: string) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Each party's fraction from the basis the formula used (equal parts when all are zero; none when unsplit). */
function costLines(report: CostSharingReport, partnership: Partnership): CostLine[] {
  const sum = report.shares.reduce((total, share) => total + share.basis, 0);
  return report.shares.map((share) => ({
    organization_id: share.organization_id,
    role: partnership.parties.find((p) => p.organization_id === share.organization_id)?.role ?? 'member',
    volume: report.volumes[share.organization_id] ?? 0,
    fraction: report.split === 'not_split' ? 0 : sum > 0 ? share.basis / sum : 1 / report.shares.length,
    cents: share.cents,
  }));
}

/**
 * The cost-sharing report of a published cluster for a period: its total split by the formula of the
 * agreement in force on the first day, with the volumes measured on the cluster's services. Platform
 * administrators, analysts and cluster managers open the page; a report is for platform administrators,
 * analysts and the managers of the partnership whose agreement covers the cluster. This domain knows the
 * cluster's services, so the report is made here rather than in partnerships, which never reads clusters.
 */
export async function getCostSharingScreen(
  db: Db | Tx,
  actor: Actor,
  input: { report?: CostSharingRequest | undefined },
): Promise<CostSharingScreen> {
  requireThat(
    actor,
    mayOpenCostSharing(actor),
    'cost_sharing.open',
    { entity_type: 'partnership' },
    'only platform administrators, analysts and cluster managers',
  );
  const [clusters, report] = await Promise.all([
    listPublicClusters(db),
    input.report ? makeReport(db, actor, input.report) : undefined,
  ]);
  return { clusters, ...report };
}

async function makeReport(
  db: Db | Tx,
  actor: Actor,
  request: CostSharingRequest,
): Promise<Pick<CostSharingScreen, 'result' | 'problem'>> {
  let cluster;
  try {
    cluster = await getPublishedCluster(db, request.cluster);
  } catch (error) {
    if (isStitchError(error) && error.code === 'NOT_FOUND') return { problem: 'unknown_cluster' };
    throw error;
  }
  const found = await getClusterAgreement(db, cluster.key, request.from);
  if (!found) return { problem: 'no_agreement' };
  requireThat(
    actor,
    mayReadCostSharing(actor, found.partnership.id),
    'cost_sharing.read',
    { entity_type: 'partnership', entity_id: found.partnership.id },
    'only platform administrators, analysts and the partnership’s cluster managers',
  );
  let report;
  try {
    report = await reportCostSharing(db, {
      partnershipKey: found.partnership.key,
      clusterKey: cluster.key,
      serviceIds: cluster.definition.stages.flatMap((stage) =>
        stage.steps.flatMap((step) => step.service_ids),
      ),
      from: request.from,
      to: nextDay(request.to),
      totalCents: request.totalCents,
    });
  } catch (error) {
    if (isStitchError(error) && error.code === 'CONFLICT') return { problem: 'no_agreement' };
    throw error;
  }
  const lines = costLines(report, found.partnership);
  const organizations = await loadOrganizations(
    db,
    lines.map((line) => line.organization_id),
  );
  return {
    result: {
      report,
      partnership: found.partnership,
      agreement: found.agreement,
      cluster_title: cluster.definition.title,
      lines,
      organizations: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
    },
  };
}
