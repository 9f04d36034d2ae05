import { sql, type RawBuilder } from 'kysely';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Organization, Service } from '../schemas.js';
import type { Paged } from '../types.js';
import { readColumns } from '../tables.js';
import { bareRecord } from './aggregate.js';
import { offset, serviceMatches } from './filters.js';
import type { ServiceListQuery } from './listServices.js';

type Conn = Db | Tx;

/** A service's own fields with its organization's (and program's), children left out. */
export interface ServiceSummary {
  service: Service;
  organization: Organization | undefined;
}

interface SummaryRow {
  generation: number;
  service: Record<string, unknown>;
  organization: Record<string, unknown> | null;
  program: Record<string, unknown> | null;
  total: number | null;
}

/** A position in the list's order: the English name and id of one service. */
interface ListKey {
  name: string;
  id: string;
}

/**
 * What is derived from the whole public list at one generation of the service table (migration 0014):
 * its length, and the key of every ANCHOR_EVERY-th service, so that a deep page starts from the nearest
 * anchor instead of counting its way past every earlier service.
 */
interface ListShape {
  generation: number;
  total: number;
  anchors: ListKey[];
}

const ANCHOR_EVERY = 1000;

/** Per database handle; every instance keeps its own, checked against the generation at each page. */
const shapes = new WeakMap<Conn, ListShape>();

const isWholeList = (query: ServiceListQuery) =>
  !query.search &&
  !query.taxonomyTermId &&
  !query.organizationId &&
  !query.modifiedAfter &&
  !query.includePending;

/**
 * A page of services as summaries, in the order of listServices (English name, then id), in one
 * statement: the list forms that show no children need no child table. The public list without
 * filters is counted once per change of the service table, and its deep pages start from an anchor,
 * so a page costs about the same whatever the size of the catalogue.
 */
export async function listServiceSummaries(
  db: Conn,
  query: ServiceListQuery,
): Promise<Paged<ServiceSummary>> {
  const { rows, total } = await pageOf(db, query, (position) => pageRows(db, query, position, PLAIN));
  return paged(query, rows.map(summaryRow), total);
}

/**
 * A page of services, in the same order and with the same filters and paging as listServiceSummaries,
 * each as the value of `projection`: an SQL expression over the aliases `service`, `organization` and
 * `program` (those two may be null), so a reader can have the database build each item.
 */
export async function listServicesAs<T>(
  db: Conn,
  query: ServiceListQuery,
  projection: RawBuilder<T>,
): Promise<Paged<T>> {
  const { rows, total } = await pageOf(db, query, (position) =>
    pageRows(db, query, position, [projection.as('item')]),
  );
  return { items: rows.map((row) => row.item as T), total, page: query.page, perPage: query.perPage };
}

type PageRow = { generation: number; total: number | null } & Record<string, unknown>;

/** Pages any projection of the list: counted and anchored per generation when it is the whole list. */
async function pageOf(
  db: Conn,
  query: ServiceListQuery,
  read: (position: Position) => Promise<PageRow[]>,
): Promise<{ rows: PageRow[]; total: number }> {
  const start = offset(query);
  if (!isWholeList(query)) {
    const rows = await read({ skip: start, count: true });
    const total = rows[0]?.total ?? (await countMatching(db, query));
    return { rows, total: Number(total) };
  }
  let shape = shapes.get(db);
  for (let attempt = 0; ; attempt += 1) {
    const position = from(shape, start);
    const rows = await read(position);
    const generation = rows[0] ? Number(rows[0].generation) : await currentGeneration(db);
    // Writers keep moving the generation: after two tries the page is as good as any.
    if (shape && (shape.generation === generation || attempt >= 2)) return { rows, total: shape.total };
    shape = await measureList(db);
    shapes.set(db, shape);
    // A page read without an anchor is right as it is; one read from a stale anchor is read again.
    if (!position.after && shape.generation === generation) return { rows, total: shape.total };
  }
}

interface Position {
  skip: number;
  after?: ListKey | undefined;
  count?: boolean;
}

function from(shape: ListShape | undefined, start: number): Position {
  const index = Math.min(Math.floor(start / ANCHOR_EVERY), (shape?.anchors.length ?? 0) - 1);
  const anchor = index > 0 ? shape?.anchors[index] : undefined;
  return anchor ? { skip: start - index * ANCHOR_EVERY, after: anchor } : { skip: start };
}

async function pageRows(
  db: Conn,
  query: ServiceListQuery,
  position: Position,
  projection: readonly AliasedProjection[],
): Promise<PageRow[]> {
  const after = position.after;
  const rows = await db
    .with('page', (qb) =>
      qb
        .selectFrom('service')
        .where(serviceMatches(query))
        .$if(after !== undefined, (q) =>
          q.where(sql<boolean>`(service.name->>'en', service.id) >= (${after!.name}, ${after!.id})`),
        )
        .select([
          'service.id',
          position.count ? sql<number>`count(*) over ()`.as('total') : sql<null>`null::bigint`.as('total'),
        ])
        .orderBy(sql`service.name->>'en'`)
        .orderBy('service.id')
        .limit(query.perPage)
        .offset(position.skip),
    )
    .selectFrom('page')
    .innerJoin('service', 'service.id', 'page.id')
    .leftJoin('organization', 'organization.id', 'service.organization_id')
    .leftJoin('program', 'program.id', 'service.program_id')
    .select([
      sql<number>`(select generation from catalog_generation where id = 1)`.as('generation'),
      'page.total',
      ...projection,
    ])
    .orderBy(sql`service.name->>'en'`)
    .orderBy('service.id')
    .execute();
  return rows as PageRow[];
}

type AliasedProjection = ReturnType<RawBuilder<unknown>['as']>;

function summaryRow(row: PageRow): SummaryRow {
  return {
    generation: Number(row.generation),
    total: row.total,
    service: unprefixed(row, 's_'),
    organization: row.o_id == null ? null : unprefixed(row, 'o_'),
    program: row.p_id == null ? null : unprefixed(row, 'p_'),
  };
}

const PREFIXED: readonly (readonly [
  prefix: string,
  table: 'service' | 'organization' | 'program',
  column: string,
])[] = [
  ...readColumns('service').map((column) => ['s_', 'service', column] as const),
  ...readColumns('organization').map((column) => ['o_', 'organization', column] as const),
  ...readColumns('program').map((column) => ['p_', 'program', column] as const),
];

// The columns a record is read with, each under its table's prefix: plain columns cost the database
// less than building each row as jsonb.
const PLAIN: readonly AliasedProjection[] = PREFIXED.map(([prefix, table, column]) =>
  sql.ref(`${table}.${column}`).as(`${prefix}${column}`),
);

const COLUMNS_UNDER = new Map(
  ['s_', 'o_', 'p_'].map((prefix) => [
    prefix,
    PREFIXED.filter(([p]) => p === prefix).map(([, , column]) => [column, `${prefix}${column}`] as const),
  ]),
);

function unprefixed(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, key] of COLUMNS_UNDER.get(prefix) ?? []) out[column] = row[key];
  return out;
}

async function currentGeneration(db: Conn): Promise<number> {
  const row = await db
    .selectFrom('catalog_generation')
    .select('generation')
    .where('id', '=', 1)
    .executeTakeFirst();
  return Number(row?.generation ?? 0);
}

async function countMatching(db: Conn, query: ServiceListQuery): Promise<number> {
  const row = await db
    .selectFrom('service')
    .where(serviceMatches(query))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The public list's length and anchors, with the generation they hold for (one snapshot). */
async function measureList(db: Conn): Promise<ListShape> {
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('service')
        .where(serviceMatches({}))
        .select([
          sql<string>`service.name->>'en'`.as('name'),
          'service.id',
          sql<number>`row_number() over (order by service.name->>'en', service.id)`.as('position'),
          sql<number>`count(*) over ()`.as('total'),
        ])
        .as('ordered'),
    )
    .where(sql<boolean>`(ordered.position - 1) % ${ANCHOR_EVERY} = 0`)
    .select([
      'ordered.name',
      'ordered.id',
      'ordered.total',
      sql<number>`(select generation from catalog_generation where id = 1)`.as('generation'),
    ])
    .orderBy('ordered.position')
    .execute();
  return {
    generation: rows.length > 0 ? Number(rows[0]!.generation) : await currentGeneration(db),
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
    anchors: rows.map((row) => ({ name: row.name, id: row.id })),
  };
}

function paged(query: ServiceListQuery, rows: SummaryRow[], total: number): Paged<ServiceSummary> {
  const items = rows.map((row) => {
    const organization = row.organization
      ? bareRecord<Organization>('organization', row.organization)
      : undefined;
    if (organization && row.program) organization.programs = [bareRecord('program', row.program)];
    return { service: bareRecord<Service>('service', row.service), organization };
  });
  return { items, total, page: query.page, perPage: query.perPage };
}
