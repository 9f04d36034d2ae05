import type { LocalizedText } from '../../platform/i18n/index.js';
import type { ClusterDefinition, ClusterKind, ClusterStatus } from './schemas.js';

/** A cluster as channels show it: its lifecycle and one published version. */
export interface PublishedCluster {
  id: string;
  key: string;
  kind: ClusterKind;
  status: ClusterStatus;
  pilot_starts_on: string | null;
  pilot_ends_on: string | null;
  version: number;
  published_at: Date;
  definition: ClusterDefinition;
}

/** A line in a list of clusters. */
export interface ClusterSummary {
  key: string;
  kind: ClusterKind;
  status: ClusterStatus;
  pilot_ends_on: string | null;
  title: LocalizedText;
  summary: LocalizedText;
  slug: { en: string; fr: string };
}

export interface ClusterVersionSummary {
  version: number;
  published_at: Date;
  published_by: string;
  note: string | null;
}

/** Who is acting; issue-level roles arrive with sign-in. Written to the audit log. */
export type { Actor } from '../../platform/auth/index.js';

export type ChangeRequestState = 'open' | 'approved' | 'rejected' | 'withdrawn' | 'published';

export interface ChangeApprovalView {
  organization_id: string;
  /** Why the organisation is asked: its services are touched, it leads, or it is a party. */
  reason: 'touched' | 'lead' | 'party';
  decision: 'approved' | 'rejected' | null;
  decided_by: string | null;
  decided_at: Date | null;
  comment: string | null;
}

export interface ChangeRequestView {
  id: string;
  state: ChangeRequestState;
  base_version: number | null;
  draft_revision: number;
  change_approval: 'touched_partners' | 'lead_only' | 'all_parties';
  requested_by: string;
  requested_at: Date;
  closed_at: Date | null;
  published_version: number | null;
  /** True when the cluster's working draft is still the one this request froze. */
  matches_draft: boolean;
  approvals: ChangeApprovalView[];
}
