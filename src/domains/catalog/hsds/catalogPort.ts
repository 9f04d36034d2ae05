/**
 * What HSDS needs from the catalog's queries, in one place. The nested records come from the catalog core's
 * queries (getService, listServices, …); the small reference tables (jurisdictions, taxonomies, terms) are
 * read here directly, as plain rows that already have the catalog's shape.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import { StitchError } from '../../../platform/errors/index.js';
import type { Location, Organization, Service } from '../schemas.js';
import type { Jurisdiction, Taxonomy, TaxonomyTerm } from './toHsds.js';

type Conn = Db | Tx;

export interface Paged<T> {
  items: T[];
  total: number;
}

export interface CatalogQueries {
  getService(db: Conn, id: string): Promise<Service | undefined>;
  getOrganization(db: Conn, id: string): Promise<Organization | undefined>;
  getLocation(db: Conn, id: string): Promise<Location | undefined>;
  getServiceAtLocation(db: Conn, id: string): Promise<{ id: string; service: Service } | undefined>;
  listServices(
    db: Conn,
    query: {
      page: number;
      perPage: number;
      search?: string | undefined;
      taxonomyTermId?: string | undefined;
      organizationId?: string | undefined;
      modifiedAfter?: string | undefined;
    },
  ): Promise<Paged<Service>>;
  listOrganizations(
    db: Conn,
    query: { page: number; perPage: number; search?: string | undefined },
  ): Promise<Paged<Organization>>;
  listServiceAtLocations(
    db: Conn,
    query: {
      page: number;
      perPage: number;
      search?: string | undefined;
      organizationId?: string | undefined;
      taxonomyTermId?: string | undefined;
    },
  ): Promise<Paged<{ id: string; service: Service }>>;
  listTaxonomyTerms(
    db: Conn,
    query: {
      page: number;
      perPage: number;
      taxonomyId?: string | undefined;
      parentId?: string | undefined;
      topOnly?: boolean | undefined;
      search?: string | undefined;
    },
  ): Promise<Paged<TaxonomyTerm>>;
  streamServices(db: Conn, options: { batchSize: number }): AsyncGenerator<Service[]>;
  servicesOfOrganization(db: Conn, organizationId: string): Promise<Service[]>;
  locationIdsOfOrganization(db: Conn, organizationId: string): Promise<string[]>;
  listJurisdictions(db: Conn): Promise<Jurisdiction[]>;
  allTaxonomies(db: Conn): Promise<Taxonomy[]>;
  getTaxonomies(db: Conn, ids: string[]): Promise<Taxonomy[]>;
  getTaxonomyTerms(db: Conn, ids: string[]): Promise<TaxonomyTerm[]>;
  countServices(db: Conn): Promise<number>;
  allLocationIds(db: Conn): AsyncGenerator<string[]>;
  allOrganizationIds(db: Conn): Promise<string[]>;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Core = Record<string, ((...args: any[]) => any) | undefined>;

let core: Promise<Core> | undefined;

/** The catalog core's query functions, loaded on first use (its index re-exports this module's users). */
async function coreFn(name: string): Promise<(...args: any[]) => any> {
  core ??= import('../index.js') as unknown as Promise<Core>;
  const fn = (await core)[name];
  if (typeof fn !== 'function') throw new StitchError('INTERNAL', `The catalog does not offer ${name} yet.`);
  return fn;
}

const orUndefined = async <T>(work: Promise<T | null | undefined>): Promise<T | undefined> => {
  try {
    return (await work) ?? undefined;
  } catch (error) {
    if (error instanceof StitchError && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
};

function paged<T>(result: any): Paged<T> {
  return { items: (result?.items ?? []) as T[], total: Number(result?.total ?? 0) };
}

/** A link from the catalog, with its service attached (fetched when the catalog gives only service_id). */
async function withService(db: Conn, link: any): Promise<{ id: string; service: Service } | undefined> {
  if (!link) return undefined;
  if (link.service && typeof link.service === 'object')
    return { id: String(link.id), service: link.service as Service };
  const service = await catalogQueries.getService(db, String(link.service_id));
  return service ? { id: String(link.id), service } : undefined;
}

const row = <T>(value: unknown) => value as T;

export interface ImportReport {
  read: number;
  created: number;
  updated: number;
  rejected: { where: string; field?: string | undefined; reason: string }[];
}

/** The catalog core's importCatalog: one transaction; throws IMPORT_FAILED with the report when anything is rejected. */
export async function importBundle(
  db: Conn,
  bundle: unknown,
  options: {
    source: string;
    actor: string;
    skipInvalid?: boolean;
    onProgress?: (done: number, total: number) => void;
  },
): Promise<ImportReport> {
  return (await coreFn('importCatalog'))(db, bundle, options) as Promise<ImportReport>;
}

export const catalogQueries: CatalogQueries = {
  getService: async (db, id) => orUndefined((await coreFn('getService'))(db, id)),
  getOrganization: async (db, id) => orUndefined((await coreFn('getOrganization'))(db, id)),
  getLocation: async (db, id) => orUndefined((await coreFn('getLocation'))(db, id)),
  getServiceAtLocation: async (db, id) =>
    withService(db, await orUndefined((await coreFn('getServiceAtLocation'))(db, id))),
  listServices: async (db, query) => paged<Service>(await (await coreFn('listServices'))(db, query)),
  listOrganizations: async (db, query) =>
    paged<Organization>(await (await coreFn('listOrganizations'))(db, query)),
  listServiceAtLocations: async (db, query) => {
    const result = paged<any>(await (await coreFn('listServiceAtLocations'))(db, query));
    const items = (await Promise.all(result.items.map((link) => withService(db, link)))).filter(
      (x): x is { id: string; service: Service } => !!x,
    );
    return { items, total: result.total };
  },
  listTaxonomyTerms: async (db, query) =>
    paged<TaxonomyTerm>(await (await coreFn('listTaxonomyTerms'))(db, query)),
  async *streamServices(db, options) {
    const stream = (await coreFn('streamServices'))(db, options) as AsyncIterable<Service[]>;
    for await (const batch of stream) yield batch;
  },
  async servicesOfOrganization(db, organizationId) {
    const out: Service[] = [];
    for (let page = 1; ; page += 1) {
      const result = await catalogQueries.listServices(db, { page, perPage: 100, organizationId });
      out.push(...result.items);
      if (result.items.length < 100 || out.length >= result.total) return out;
    }
  },
  async locationIdsOfOrganization(db, organizationId) {
    const rows = await db
      .selectFrom('location')
      .select('id')
      .where('organization_id', '=', organizationId)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  },
  async listJurisdictions(db) {
    const rows = await db
      .selectFrom('jurisdiction')
      .select(['id', 'level', 'code', 'name', 'parent_id'])
      .orderBy('code')
      .execute();
    return rows.map((r) => row<Jurisdiction>(r));
  },
  async allTaxonomies(db) {
    const rows = await db
      .selectFrom('taxonomy')
      .select(['id', 'name', 'description', 'uri', 'version'])
      .orderBy('id')
      .execute();
    return rows.map((r) => row<Taxonomy>(r));
  },
  async getTaxonomies(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('taxonomy')
      .select(['id', 'name', 'description', 'uri', 'version'])
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => row<Taxonomy>(r));
  },
  async getTaxonomyTerms(db, ids) {
    if (ids.length === 0) return [];
    const rows = await db
      .selectFrom('taxonomy_term')
      .select([
        'id',
        'code',
        'name',
        'description',
        'parent_id',
        'taxonomy',
        'language',
        'taxonomy_id',
        'term_uri',
      ])
      .where('id', 'in', ids)
      .execute();
    return rows.map((r) => row<TaxonomyTerm>(r));
  },
  async countServices(db) {
    const result = await db
      .selectFrom('service')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirst();
    return Number(result?.n ?? 0);
  },
  async *allLocationIds(db) {
    let after = '';
    for (;;) {
      const rows = await db
        .selectFrom('location')
        .select('id')
        .where('id', '>', after)
        .orderBy('id')
        .limit(500)
        .execute();
      if (rows.length === 0) return;
      yield rows.map((r) => r.id);
      after = rows.at(-1)!.id;
    }
  },
  async allOrganizationIds(db) {
    const rows = await db.selectFrom('organization').select('id').orderBy('id').execute();
    return rows.map((r) => r.id);
  },
};
