/**
 * The HSDS list form of a service built by the database, field for field as toHsdsServiceBrief writes
 * it (a test holds the two equal on real data): a page of the list then travels as JSON text from the
 * database to the client, with no rows to parse and no objects to build in between. The fields come
 * from the same specs, so a new descriptor field reaches both.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Lang } from '../../../platform/i18n/index.js';
import { TABLES, type CatalogTableName } from '../../catalog/index.js';
import { ORGANIZATION_BRIEF } from './toHsds.js';
import { SPECS } from './spec.js';

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A `{ en, fr }` column in the asked language, the other when it is blank, as the writer chooses. */
function textSql(ref: string, lang: Lang | undefined): string {
  const given = (code: Lang) => `case when btrim(${ref}->>'${code}') <> '' then ${ref}->>'${code}' end`;
  return lang === 'fr'
    ? `coalesce(${given('fr')}, ${given('en')})`
    : `coalesce(${given('en')}, ${given('fr')})`;
}

function scalarSql(table: CatalogTableName, alias: string, field: string): string {
  const ref = `${alias}."${field}"`;
  // Instants as JavaScript writes them: UTC, milliseconds, Z.
  return TABLES[table].columns[field as never]?.['role'] === 'instant'
    ? `to_char(${ref} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`
    : ref;
}

/** `'field', value` pairs of one record's own HSDS fields, in the writer's order (id, scalars, texts). */
function ownFields(
  table: 'service' | 'organization' | 'program',
  alias: string,
  lang: Lang | undefined,
  keep: (field: string) => boolean = () => true,
): string[] {
  const spec = SPECS[table];
  const pairs = [`'id', ${alias}."id"`];
  for (const field of spec.scalars)
    if (field !== 'id' && keep(field)) pairs.push(`${literal(field)}, ${scalarSql(table, alias, field)}`);
  for (const field of spec.texts)
    if (keep(field)) pairs.push(`${literal(field)}, ${textSql(`${alias}."${field}"`, lang)}`);
  return pairs;
}

const object = (pairs: string[]) => `json_strip_nulls(json_build_object(${pairs.join(', ')}))`;

const built = new Map<string, RawBuilder<string>>();

/**
 * The list form of the service in the row (`service`, and `organization`, `program` joined, possibly
 * null), as JSON text: its own fields, its organization brief (or only its id when the organization is
 * unknown) and its program (or only its id when the program is not one of its organization's).
 */
export function serviceBriefSql(lang: Lang | undefined): RawBuilder<string> {
  const key = lang ?? '';
  let projection = built.get(key);
  if (projection) return projection;
  const organization = object(
    ownFields('organization', 'organization', lang, (f) => ORGANIZATION_BRIEF.has(f)),
  );
  const program = object(ownFields('program', 'program', lang));
  const knownProgram = `program.id is not null and organization.id is not null`;
  const pairs = [
    ...ownFields('service', 'service', lang),
    `'organization', case when organization.id is not null then ${organization} end`,
    `'organization_id', case when organization.id is null then service.organization_id end`,
    `'program', case when ${knownProgram} then ${program} end`,
    `'program_id', case when service.program_id is not null and not (${knownProgram}) then service.program_id end`,
  ];
  projection = sql<string>`${sql.raw(`json_strip_nulls(json_build_object(${pairs.join(', ')}))::text`)}`;
  built.set(key, projection);
  return projection;
}
