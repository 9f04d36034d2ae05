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
