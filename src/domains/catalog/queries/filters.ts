/** Filters shared by the list queries. */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { ValidationError } from '../../../platform/errors/index.js';
import type { PageQuery } from '../types.js';

export function offset(query: PageQuery): number {
  if (
    !Number.isInteger(query.page) ||
    query.page < 1 ||
    !Number.isInteger(query.perPage) ||
    query.perPage < 1
  ) {
    throw new ValidationError('Invalid page', [
      { path: 'page', message: 'page and perPage must be whole numbers from 1' },
    ]);
  }
  return (query.page - 1) * query.perPage;
}

/** The words of a search, each escaped for LIKE; every word must match (accents and case ignored). */
export function searchWords(search: string | undefined): string[] {
  if (!search) return [];
  return search
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 10)
    .map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/** `unaccent(a || ' ' || b …) ILIKE unaccent(pattern)` for each word, over both languages of the given text columns. */
export function textMatches(
  table: string,
  columns: string[],
  search: string | undefined,
): Expression<SqlBool>[] {
  const words = searchWords(search);
  const haystack = sql.join(
    columns.flatMap((c) => [
      sql`coalesce(${sql.ref(`${table}.${c}`)}->>'en', '')`,
      sql`coalesce(${sql.ref(`${table}.${c}`)}->>'fr', '')`,
    ]),
    sql` || ' ' || `,
  );
  return words.map((word) => sql<SqlBool>`unaccent(${haystack}) ilike unaccent(${word})`);
}

export interface ServiceFilter {
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: string | Date | undefined;
  includePending?: boolean | undefined;
}

function instant(value: string | Date): Date {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new ValidationError('Invalid date', [
      { path: 'modifiedAfter', message: 'Must be a date or a date and time (ISO 8601)' },
    ]);
  }
  return date;
}

/** The service filters of listServices, on a query that has the `service` table in scope. */
export function serviceMatches(filter: ServiceFilter) {
  return (
    eb: ExpressionBuilder<Database & { service: Database['service'] }, 'service'>,
  ): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = textMatches(
      'service',
      ['name', 'alternate_name', 'description'],
      filter.search,
    );
    if (!filter.includePending) conditions.push(eb('service.translation_pending', '=', false));
    if (filter.organizationId) conditions.push(eb('service.organization_id', '=', filter.organizationId));
    if (filter.modifiedAfter)
      conditions.push(eb('service.last_modified', '>', instant(filter.modifiedAfter)));
    if (filter.taxonomyTermId) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('attribute')
            .select(sql`1`.as('one'))
            .where('attribute.link_entity', '=', 'service')
            .whereRef('attribute.link_id', '=', 'service.id')
            .where('attribute.taxonomy_term_id', '=', filter.taxonomyTermId),
        ),
      );
    }
    return eb.and(conditions);
  };
}
