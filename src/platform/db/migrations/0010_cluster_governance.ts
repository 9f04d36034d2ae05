/**
 * Cluster governance (src/domains/clusters): a change to a published cluster is a change request that
 * freezes the draft it asks about (its hash and a copy), one approval row per organisation whose say the
 * partnership agreement requires, and the lead partner's production sign-off of a published version.
 * Decisions and sign-offs are never edited: a new draft needs a new request.
 */
export const statements: string[] = [
  `CREATE TABLE cluster_change_request (
    id uuid PRIMARY KEY,
    cluster_id uuid NOT NULL REFERENCES cluster (id),
    base_version integer,
    draft_revision integer NOT NULL,
    draft_hash text NOT NULL,
    definition jsonb NOT NULL,
    change_approval text NOT NULL CHECK (change_approval IN ('touched_partners', 'lead_only', 'all_parties')),
    agreement_id uuid REFERENCES agreement (id),
    state text NOT NULL DEFAULT 'open'
      CHECK (state IN ('open', 'approved', 'rejected', 'withdrawn', 'published')),
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    closed_at timestamptz,
    published_version integer
  )`,
  `CREATE INDEX cluster_change_request_cluster ON cluster_change_request (cluster_id, requested_at)`,
  /* At most one live request per cluster: the one the approvals are for. */
  `CREATE UNIQUE INDEX cluster_change_request_live ON cluster_change_request (cluster_id)
     WHERE state IN ('open', 'approved')`,
  `CREATE TABLE cluster_change_approval (
    request_id uuid NOT NULL REFERENCES cluster_change_request (id),
    organization_id text NOT NULL REFERENCES organization (id),
    reason text NOT NULL CHECK (reason IN ('touched', 'lead', 'party')),
    decision text CHECK (decision IN ('approved', 'rejected')),
    decided_by text,
    decided_at timestamptz,
    comment text,
    PRIMARY KEY (request_id, organization_id),
    CHECK ((decision IS NULL) = (decided_at IS NULL))
  )`,
  `CREATE INDEX cluster_change_approval_pending ON cluster_change_approval (organization_id)
     WHERE decision IS NULL`,
  `CREATE TABLE cluster_signoff (
    cluster_id uuid NOT NULL REFERENCES cluster (id),
    version integer NOT NULL,
    organization_id text NOT NULL REFERENCES organization (id),
    signed_by text NOT NULL,
    signed_at timestamptz NOT NULL DEFAULT now(),
    comment text,
    PRIMARY KEY (cluster_id, version),
    FOREIGN KEY (cluster_id, version) REFERENCES cluster_version (cluster_id, version)
  )`,
];
