/**
 * Partners' drafts of their catalog records (src/domains/catalog, README "Drafts and versions").
 * `service.version` and `location.version` exist since 0001 and go up on every publication (and every
 * import): a draft remembers the version it was based on, so publishing over someone else's change is
 * refused. `revision` counts the saves of one draft, so two editors never silently overwrite each other.
 * Who last verified or published a record is kept by name as well as id: the line reads the same after
 * the account is gone, and system actors have no account.
 */
export const statements: string[] = [
  `ALTER TABLE service ADD COLUMN last_verified_at timestamptz`,
  `ALTER TABLE service ADD COLUMN last_verified_by text`,
  `ALTER TABLE service ADD COLUMN last_verified_by_name text`,
  `ALTER TABLE service ADD COLUMN last_published_at timestamptz`,
  `ALTER TABLE service ADD COLUMN last_published_by_name text`,
  `ALTER TABLE location ADD COLUMN last_verified_at timestamptz`,
  `ALTER TABLE location ADD COLUMN last_verified_by text`,
  `ALTER TABLE location ADD COLUMN last_verified_by_name text`,
  `ALTER TABLE location ADD COLUMN last_published_at timestamptz`,
  `ALTER TABLE location ADD COLUMN last_published_by_name text`,
  `CREATE TABLE catalog_draft (
    entity_type text NOT NULL CHECK (entity_type IN ('service', 'location')),
    entity_id text NOT NULL,
    organization_id text,
    content jsonb NOT NULL,
    base_version integer NOT NULL,
    revision integer NOT NULL DEFAULT 1 CHECK (revision > 0),
    created_by text NOT NULL,
    created_by_name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_by text NOT NULL,
    updated_by_name text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (entity_type, entity_id)
  )`,
  `CREATE INDEX catalog_draft_organization ON catalog_draft (organization_id)`,
];
