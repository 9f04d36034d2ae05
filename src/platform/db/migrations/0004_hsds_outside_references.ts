/**
 * HSDS datasets point at records held elsewhere: an organization's parent, the organization running a
 * location, a term's parent and its taxonomy. Those references become plain ids. The hard references —
 * service → organization, service_at_location → service and location, attribute → term, service → program —
 * stay enforced. Taxonomies and terms gain `translation_pending`, like every other top-level record, and
 * schedule times become text, kept as written.
 * See docs/adr/0006-hsds-datasets-in-the-catalog.md.
 */
export const statements: string[] = [
  `ALTER TABLE organization DROP CONSTRAINT IF EXISTS organization_parent_organization_id_fkey`,
  `ALTER TABLE location DROP CONSTRAINT IF EXISTS location_organization_id_fkey`,
  `ALTER TABLE taxonomy_term DROP CONSTRAINT IF EXISTS taxonomy_term_parent_id_fkey`,
  `ALTER TABLE taxonomy_term DROP CONSTRAINT IF EXISTS taxonomy_term_taxonomy_id_fkey`,
  `CREATE INDEX organization_parent ON organization (parent_organization_id)`,
  // Opening times are kept as written (`10:00` or `10:00:00`), so they export as they came.
  `ALTER TABLE schedule ALTER COLUMN opens_at TYPE text USING opens_at::text`,
  `ALTER TABLE schedule ALTER COLUMN closes_at TYPE text USING closes_at::text`,
  `ALTER TABLE taxonomy ADD COLUMN translation_pending boolean NOT NULL DEFAULT false`,
  `ALTER TABLE taxonomy_term ADD COLUMN translation_pending boolean NOT NULL DEFAULT false`,
];
