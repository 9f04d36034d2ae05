/**
 * The catalog read as HSDS: single records in the nested (`*_full`) form, lists as HSDS pages.
 * Related records (organizations, locations, terms, jurisdictions) are fetched once per page or batch.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import { NotFoundError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import {
  getOrganization,
  getServiceAtLocation,
  getTaxonomy,
  getTaxonomyTerm,
  listJurisdictions,
  listLocationIdsOfOrganizations,
  listOrganizations,
  listServiceAtLocations,
  listServicesAs,
  listServiceSummaries,
  listServices,
  listTaxonomies,
  listTaxonomyTerms,
  loadLocations,
  loadOrganizations,
  loadTaxonomies,
  loadTaxonomyTerms,
  loadServiceBundle,
  type ServiceBundle,
  type Location,
  type Organization,
  type Paged,
  type Service,
} from '../../catalog/index.js';
import { serviceBriefSql } from './briefSql.js';
import { MemoryLookup } from './lookup.js';
import type { HsdsObject } from './spec.js';
import {
  stitchTaxonomy,
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsOrganizationBrief,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsServiceBrief,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
  type Jurisdiction,
  type Taxonomy,
  type TaxonomyTerm,
} from './toHsds.js';

type Conn = Db | Tx;

export interface HsdsPage {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
}

export function hsdsPage(contents: HsdsObject[], total: number, page: number, perPage: number): HsdsPage {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

type Rec = Record<string, unknown>;

/** Term ids used by attributes anywhere inside the records. */
function termIdsIn(value: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(value)) for (const item of value) termIdsIn(item, into);
  else if (value && typeof value === 'object') {
    const record = value as Rec;
    if (Array.isArray(record.attributes)) {
      for (const attribute of record.attributes as Rec[])
        if (typeof attribute.taxonomy_term_id === 'string') into.add(attribute.taxonomy_term_id);
    }
    for (const [key, child] of Object.entries(record))
      if (key !== 'attributes' && child && typeof child === 'object') termIdsIn(child, into);
  }
  return into;
}

interface OrganizationOptions {
  /** Load each organization's own locations (the `*_full` forms nest them). */
  organizationLocations?: boolean | undefined;
  /** Locations to load in the same statement as the organizations' own. */
  alongWith?: string[] | undefined;
}

/** Loads, into a memory lookup, everything the HSDS form of these records refers to, a batch at a time. */
export class DbLookupLoader {
  readonly lookup = new MemoryLookup();
  private readonly locationsLoaded = new Set<string>();
  private readonly termsLoaded = new Set<string>();
  private jurisdictionsLoaded = false;

  constructor(private readonly db: Conn) {}

  async forServices(
    services: Service[],
    options: { organizationLocations?: boolean | undefined } = {},
  ): Promise<MemoryLookup> {
    const serviceLocations = services.flatMap((service) =>
      service.service_at_locations.map((link) => link.location_id),
    );
    await this.organizations(
      services.map((service) => service.organization_id),
      { ...options, alongWith: serviceLocations },
    );
    await this.locations(serviceLocations);
    await this.terms(termIdsIn(services, new Set()));
    return this.lookup;
  }

  async organizations(ids: string[], options: OrganizationOptions = {}): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.lookup.organizations.has(id));
    await this.addOrganizations(await loadOrganizations(this.db, missing), options);
  }

  /** Organizations already read, and what their HSDS form refers to. */
  async addOrganizations(organizations: Organization[], options: OrganizationOptions = {}): Promise<void> {
    this.lookup.add({ organizations });
    const needJurisdictions = !this.jurisdictionsLoaded && organizations.some((o) => o.jurisdiction_id);
    this.jurisdictionsLoaded ||= needJurisdictions;
    const [jurisdictions, held] = await Promise.all([
      needJurisdictions ? listJurisdictions(this.db) : [],
      options.organizationLocations
        ? listLocationIdsOfOrganizations(
            this.db,
            organizations.map((o) => o.id),
            // As HSDS nests them: an organization's locations, those held for translation too.
            { includePending: true },
          )
        : new Map<string, string[]>(),
    ]);
    this.lookup.add({ jurisdictions });
    // The organizations' locations and those the caller needs besides, in one load.
    await this.locations([...[...held.values()].flat(), ...(options.alongWith ?? [])]);
    await this.terms(termIdsIn(organizations, new Set()));
  }

  async locations(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.locationsLoaded.has(id));
    if (missing.length === 0) return;
    await this.addLocations(await loadLocations(this.db, missing), missing);
  }

  /** Locations already read (`asked`: ids looked for, found or not), and what their HSDS form refers to. */
  async addLocations(locations: Location[], asked: string[] = locations.map((l) => l.id)): Promise<void> {
    for (const id of asked) this.locationsLoaded.add(id);
    this.lookup.add({ locations });
    await this.terms(termIdsIn(locations, new Set()));
  }

  async terms(ids: Set<string>): Promise<void> {
    const missing = [...ids].filter((id) => !this.termsLoaded.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.termsLoaded.add(id);
    const terms = await loadTaxonomyTerms(this.db, missing);
    this.lookup.add({ taxonomy_terms: terms });
    const taxonomyIds = terms
      .map((term) => term.taxonomy_id)
      .filter((id): id is string => !!id && !this.lookup.taxonomies.has(id));
    if (taxonomyIds.length > 0) this.lookup.add({ taxonomies: await loadTaxonomies(this.db, taxonomyIds) });
  }
}

/** A memory lookup over a bundle loaded in one statement. */
function lookupOf(bundle: ServiceBundle): MemoryLookup {
  return new MemoryLookup({
    organizations: bundle.organizations,
    locations: bundle.locations,
    taxonomy_terms: bundle.taxonomyTerms,
    taxonomies: bundle.taxonomies,
    jurisdictions: bundle.jurisdictions,
  });
}

/** The record, or undefined when the catalog has no record with that id. */
async function unlessNotFound<T>(work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/** Every item of a paged catalog query, page after page. */
async function allPages<T>(list: (page: number, perPage: number) => Promise<Paged<T>>): Promise<T[]> {
  const perPage = 500;
  const out: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await list(page, perPage);
    out.push(...result.items);
    if (result.items.length < perPage || out.length >= result.total) return out;
  }
}

export interface ServiceListQuery {
  page: number;
  perPage: number;
  search?: string | undefined;
  taxonomyTermId?: string | undefined;
  organizationId?: string | undefined;
  modifiedAfter?: string | undefined;
  full?: boolean | undefined;
  lang?: Lang | undefined;
}

export async function hsdsService(
  db: Conn,
  id: string,
  lang?: Lang,
): Promise<{ record: HsdsObject; service: Service } | undefined> {
  const bundle = await loadServiceBundle(db, [id], { organizationLocations: true });
  const [service] = bundle.services;
  if (!service) return undefined;
  return { record: toHsdsService(service, lookupOf(bundle), { lang }), service };
}

export async function hsdsServices(db: Conn, query: ServiceListQuery): Promise<HsdsPage> {
  const filter = {
    page: query.page,
    perPage: query.perPage,
    search: query.search,
    taxonomyTermId: query.taxonomyTermId,
    organizationId: query.organizationId,
    modifiedAfter: query.modifiedAfter,
  };
  if (!query.full) {
    // The list form shows a service's own fields, its organization's and its program: one statement.
    const summaries = await listServiceSummaries(db, filter);
    const lookup = new MemoryLookup({
      organizations: summaries.items.flatMap((item) => (item.organization ? [item.organization] : [])),
    });
    const contents = summaries.items.map((item) =>
      toHsdsServiceBrief(item.service, lookup, { lang: query.lang }),
    );
    return hsdsPage(contents, summaries.total, query.page, query.perPage);
  }
  const result = await listServices(db, filter);
  const lookup = lookupOf(
    await loadServiceBundle(
      db,
      result.items.map((service) => service.id),
      { organizationLocations: true },
    ),
  );
  const contents = result.items.map((service) => toHsdsService(service, lookup, { lang: query.lang }));
  return hsdsPage(contents, result.total, query.page, query.perPage);
}

/**
 * The list form of services as the JSON text of an HSDS page, each item built by the database
 * (briefSql.ts): the same page as hsdsServices without `full`, for answers sent as they are.
 */
export async function hsdsServicesText(
  db: Conn,
  query: Omit<ServiceListQuery, 'full'>,
): Promise<{ body: string; total: number }> {
  const result = await listServicesAs(
    db,
    {
      page: query.page,
      perPage: query.perPage,
      search: query.search,
      taxonomyTermId: query.taxonomyTermId,
      organizationId: query.organizationId,
      modifiedAfter: query.modifiedAfter,
    },
    serviceBriefSql(query.lang),
  );
  const { contents: _none, ...envelope } = hsdsPage([], result.total, query.page, query.perPage);
  const head = JSON.stringify({
    ...envelope,
    size: result.items.length,
    empty: result.items.length === 0,
  });
  return { body: `${head.slice(0, -1)},"contents":[${result.items.join(',')}]}`, total: result.total };
}

export async function hsdsOrganization(db: Conn, id: string, lang?: Lang): Promise<HsdsObject | undefined> {
  const organization = await unlessNotFound(getOrganization(db, id));
  if (!organization) return undefined;
  const loader = new DbLookupLoader(db);
  await loader.organizations([id], { organizationLocations: true });
  const services = await allPages((page, perPage) => listServices(db, { page, perPage, organizationId: id }));
  await loader.forServices(services);
  return toHsdsOrganization(organization, loader.lookup, { lang, services });
}

export interface OrganizationListQuery {
  page: number;
  perPage: number;
  search?: string | undefined;
  lang?: Lang | undefined;
  full?: boolean | undefined;
}

export async function hsdsOrganizations(db: Conn, query: OrganizationListQuery): Promise<HsdsPage> {
  const result = await listOrganizations(db, {
    page: query.page,
    perPage: query.perPage,
    search: query.search,
  });
  const loader = new DbLookupLoader(db);
  await loader.organizations(
    result.items.map((o) => o.id),
    { organizationLocations: query.full },
  );
  const contents = result.items.map((organization) =>
    query.full
      ? toHsdsOrganization(organization, loader.lookup, { lang: query.lang })
      : toHsdsOrganizationBrief(organization, loader.lookup, { lang: query.lang }),
  );
  return hsdsPage(contents, result.total, query.page, query.perPage);
}

export async function hsdsServiceAtLocation(
  db: Conn,
  id: string,
  lang?: Lang,
): Promise<HsdsObject | undefined> {
  const found = await unlessNotFound(getServiceAtLocation(db, id));
  if (!found) return undefined;
  const lookup = await new DbLookupLoader(db).forServices([found.service], { organizationLocations: true });
  return toHsdsServiceAtLocation(found.service, id, lookup, { lang });
}

export interface ServiceAtLocationListQuery {
  page: number;
  perPage: number;
  search?: string | undefined;
  organizationId?: string | undefined;
  taxonomyTermId?: string | undefined;
  lang?: Lang | undefined;
  full?: boolean | undefined;
}

export async function hsdsServiceAtLocations(db: Conn, query: ServiceAtLocationListQuery): Promise<HsdsPage> {
  const result = await listServiceAtLocations(db, {
    page: query.page,
    perPage: query.perPage,
    search: query.search,
    organizationId: query.organizationId,
    taxonomyTermId: query.taxonomyTermId,
  });
  const lookup = await new DbLookupLoader(db).forServices(
    result.items.map((item) => item.service),
    { organizationLocations: query.full },
  );
  const contents = result.items.map((item) =>
    toHsdsServiceAtLocation(item.service, item.id, lookup, { lang: query.lang, brief: !query.full }),
  );
  return hsdsPage(contents, result.total, query.page, query.perPage);
}

/** Every taxonomy of the catalog (there are few), ordered by English name. */
export async function allTaxonomies(db: Conn): Promise<Taxonomy[]> {
  return allPages((page, perPage) => listTaxonomies(db, { page, perPage }));
}

/** Every taxonomy term of the catalog, ordered by code, English name and id. */
export async function allTaxonomyTerms(db: Conn): Promise<TaxonomyTerm[]> {
  return allPages((page, perPage) => listTaxonomyTerms(db, { page, perPage }));
}

/** Stitch's own taxonomy is listed first, so that the attributes that use it always resolve. */
export async function hsdsTaxonomies(
  db: Conn,
  query: { page: number; perPage: number; lang?: Lang | undefined },
): Promise<HsdsPage> {
  const all = [stitchTaxonomy().taxonomy, ...(await allTaxonomies(db))];
  const items = all.slice((query.page - 1) * query.perPage, query.page * query.perPage);
  const lookup = new MemoryLookup();
  return hsdsPage(
    items.map((taxonomy) => toHsdsTaxonomy(taxonomy, lookup, { lang: query.lang })),
    all.length,
    query.page,
    query.perPage,
  );
}

export async function hsdsTaxonomy(db: Conn, id: string, lang?: Lang): Promise<HsdsObject | undefined> {
  const stitch = stitchTaxonomy().taxonomy;
  const taxonomy = id === stitch.id ? stitch : await unlessNotFound(getTaxonomy(db, id));
  return taxonomy ? toHsdsTaxonomy(taxonomy, new MemoryLookup(), { lang }) : undefined;
}

export async function hsdsTaxonomyTerms(
  db: Conn,
  query: {
    page: number;
    perPage: number;
    taxonomyId?: string | undefined;
    parentId?: string | undefined;
    topOnly?: boolean | undefined;
    search?: string | undefined;
    lang?: Lang | undefined;
  },
): Promise<HsdsPage> {
  const stitch = stitchTaxonomy();
  const result = await listTaxonomyTerms(db, {
    page: query.page,
    perPage: query.perPage,
    taxonomyId: query.taxonomyId,
    parentId: query.parentId,
    topOnly: query.topOnly,
    search: query.search,
  });
  const stitchTerms = stitch.terms.filter(
    (term) =>
      (!query.taxonomyId || query.taxonomyId === stitch.taxonomy.id) &&
      !query.parentId &&
      (!query.search || matches(term, query.search)),
  );
  // Stitch's terms come first on page 1; the catalog's terms follow.
  const items: TaxonomyTerm[] =
    query.page === 1 ? [...stitchTerms, ...result.items].slice(0, query.perPage) : result.items;
  const lookup = new MemoryLookup({ taxonomies: [stitch.taxonomy] });
  lookup.add({
    taxonomies: await loadTaxonomies(
      db,
      items.map((t) => t.taxonomy_id).filter((id): id is string => !!id),
    ),
  });
  return hsdsPage(
    items.map((term) => toHsdsTaxonomyTerm(term, lookup, { lang: query.lang })),
    result.total + stitchTerms.length,
    query.page,
    query.perPage,
  );
}

function matches(term: TaxonomyTerm, search: string): boolean {
  const needle = search.toLowerCase();
  return [term.name.en, term.name.fr, term.code ?? ''].some((value) => value.toLowerCase().includes(needle));
}

export async function hsdsTaxonomyTerm(db: Conn, id: string, lang?: Lang): Promise<HsdsObject | undefined> {
  const stitch = stitchTaxonomy();
  const term =
    stitch.terms.find((candidate) => candidate.id === id) ?? (await unlessNotFound(getTaxonomyTerm(db, id)));
  if (!term) return undefined;
  const lookup = new MemoryLookup({ taxonomies: [stitch.taxonomy] });
  if (term.taxonomy_id) lookup.add({ taxonomies: await loadTaxonomies(db, [term.taxonomy_id]) });
  return toHsdsTaxonomyTerm(term, lookup, { lang });
}

export type { Jurisdiction, Taxonomy, TaxonomyTerm };
export { toHsdsLocation };
