/**
 * Clusters (src/domains/clusters): one row per cluster with its lifecycle and working draft, and its
 * published versions, which are frozen: a trigger refuses any UPDATE or DELETE of a version, so what a
 * client was shown on a given day can always be read back.
 */
export const statements: string[] = [
  `CREATE TABLE cluster (
    id uuid PRIMARY KEY,
    key text NOT NULL UNIQUE,
    kind text NOT NULL CHECK (kind IN ('life-event', 'business-event', 'client-group')),
    status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'pilot', 'production', 'retired')),
    pilot_starts_on date,
    pilot_ends_on date,
    draft jsonb,
    draft_revision integer NOT NULL DEFAULT 0,
    published_version integer,
    slug_en text,
    slug_fr text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,
  `CREATE UNIQUE INDEX cluster_slug_en ON cluster (slug_en)`,
  `CREATE UNIQUE INDEX cluster_slug_fr ON cluster (slug_fr)`,
  `CREATE TABLE cluster_version (
    cluster_id uuid NOT NULL REFERENCES cluster (id),
    version integer NOT NULL,
    definition jsonb NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now(),
    published_by text NOT NULL,
    note text,
    PRIMARY KEY (cluster_id, version)
  )`,
  `CREATE FUNCTION cluster_version_is_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION 'a published cluster version is never changed (cluster %, version %)', OLD.cluster_id, OLD.version
       USING ERRCODE = 'integrity_constraint_violation';
   END
   $$`,
  `CREATE TRIGGER cluster_version_frozen BEFORE UPDATE OR DELETE ON cluster_version
     FOR EACH ROW EXECUTE FUNCTION cluster_version_is_frozen()`,
  /* Which services the published version of each cluster uses, for "part of" links and search. */
  `CREATE TABLE cluster_service (
    cluster_id uuid NOT NULL REFERENCES cluster (id),
    service_id uuid NOT NULL,
    step_key text NOT NULL,
    PRIMARY KEY (cluster_id, service_id, step_key)
  )`,
  `CREATE INDEX cluster_service_service ON cluster_service (service_id)`,
  /* Secrets the instances share (e.g. the key that seals checklist links); made once, on first use. */
  `CREATE TABLE app_secret (
    name text PRIMARY KEY,
    value text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];
