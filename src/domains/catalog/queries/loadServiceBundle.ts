import { CompiledQuery } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Location, Organization, Service } from '../schemas.js';
import type { Jurisdiction, Taxonomy, TaxonomyTerm } from '../types.js';
import { assembleWhole, wholeRecordFunction, type WholeRow } from './aggregate.js';
import {
  asJurisdiction,
  asTaxonomy,
  asTerm,
  JURISDICTION_COLUMNS,
  TAXONOMY_COLUMNS,
  TERM_COLUMNS,
} from './plain.js';

/** Services with everything their published forms refer to. */
export interface ServiceBundle {
  /** In the order asked; unknown ids left out. */
  services: Service[];
  /** The services' organizations. */
  organizations: Organization[];
  /** The services' locations and, when asked, every location of their organizations (pending ones too). */
  locations: Location[];
  /** The taxonomy terms the attributes of all these records name, and their taxonomies. */
  taxonomyTerms: TaxonomyTerm[];
  taxonomies: Taxonomy[];
  /** Every jurisdiction when an organization names one (a jurisdiction is shown with its parents). */
  jurisdictions: Jurisdiction[];
}

const SOURCES = ['service', 'organization', 'location', 'term', 'taxonomy', 'jurisdiction'] as const;

/**
 * The statement, in one round trip: each whole-record function once, on ids the earlier parts found.
 * Its rows travel as one JSON array of `[source, part, row]`: one value to read rather than a hundred
 * rows of jsonb, each parsed on its own.
 */
function bundleSql(organizationLocations: boolean): string {
  const ownLocations = organizationLocations
    ? `select "id" from "location" where "organization_id" = any((select ids from org_ids)::text[]) union `
    : '';
  const plain = (source: number, table: string, columns: readonly string[], where: string) =>
    `select ${source}, 0, 0, x."id", jsonb_build_object(${columns.map((c) => `'${c}', x."${c}"`).join(', ')}) ` +
    `from "${table}" x where ${where}`;
  return `with
s as (select * from ${wholeRecordFunction('service')}($1::text[])),
org_ids as (select array(select distinct "organization_id" from "service" where "id" = any($1::text[])) as ids),
o as (select * from ${wholeRecordFunction('organization')}((select ids from org_ids))),
loc_ids as (select array(${ownLocations}select "location_id" from "service_at_location"
  where "service_id" = any($1::text[])) as ids),
l as (select * from ${wholeRecordFunction('location')}((select ids from loc_ids))),
term_ids as (select array(select distinct r_row->>'taxonomy_term_id' from
  (select r_part, r_row from s union all select r_part, r_row from o union all select r_part, r_row from l) a
  where r_part = -1 and r_row->>'taxonomy_term_id' is not null) as ids),
t as (select * from "taxonomy_term" where "id" = any((select ids from term_ids)::text[]))
select coalesce(json_agg(json_build_array(r_source, r_part, r_row)
  order by r_source, r_part, r_position, r_id), '[]')::text as "rows" from (
  select 0 as r_source, r_part, r_position, r_id, r_row from s
  union all select 1, r_part, r_position, r_id, r_row from o
  union all select 2, r_part, r_position, r_id, r_row from l
  union all ${plain(3, 'taxonomy_term', TERM_COLUMNS, `x."id" = any((select ids from term_ids)::text[])`)}
  union all ${plain(4, 'taxonomy', TAXONOMY_COLUMNS, `x."id" = any(array(select "taxonomy_id" from t))`)}
  union all ${plain(
    5,
    'jurisdiction',
    JURISDICTION_COLUMNS,
    `exists (select 1 from o where r_part = 0 and r_row->>'jurisdiction_id' is not null)`,
  )}
) rows`;
}

const statements = new Map<boolean, string>();

/**
 * Services and everything their HSDS forms nest or name (organizations, locations, terms, taxonomies,
 * jurisdictions) in one statement, where loading them in turn took one round trip per kind.
 */
export async function loadServiceBundle(
  db: Db | Tx,
  serviceIds: readonly string[],
  options: { organizationLocations?: boolean | undefined } = {},
): Promise<ServiceBundle> {
  const empty: ServiceBundle = {
    services: [],
    organizations: [],
    locations: [],
    taxonomyTerms: [],
    taxonomies: [],
    jurisdictions: [],
  };
  if (serviceIds.length === 0) return empty;
  const withOwn = options.organizationLocations === true;
  let sql = statements.get(withOwn);
  if (!sql) statements.set(withOwn, (sql = bundleSql(withOwn)));
  const { rows } = await db.executeQuery<{ rows: string }>(
    CompiledQuery.raw(sql, [[...new Set(serviceIds)]]),
  );
  const bySource: WholeRow[][] = SOURCES.map(() => []);
  for (const [source, part, row] of JSON.parse(rows[0]!.rows) as [number, number, WholeRow['row']][])
    bySource[source]!.push({ part, row });
  const idsOf = (source: number) => [
    ...new Set(bySource[source]!.filter((row) => row.part === 0).map((row) => String(row.row.id))),
  ];
  return {
    services: assembleWhole<Service>('service', bySource[0]!, serviceIds),
    organizations: assembleWhole<Organization>('organization', bySource[1]!, idsOf(1)),
    locations: assembleWhole<Location>('location', bySource[2]!, idsOf(2)),
    taxonomyTerms: bySource[3]!.map((row) => asTerm(row.row)),
    taxonomies: bySource[4]!.map((row) => asTaxonomy(row.row)),
    jurisdictions: bySource[5]!.map((row) => asJurisdiction(row.row)),
  };
}
