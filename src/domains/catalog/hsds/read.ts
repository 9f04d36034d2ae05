/**
 * The catalog read as HSDS: single records in the nested (`*_full`) form, lists as HSDS pages.
 * Related records (organizations, locations, terms, jurisdictions) are fetched once per page or batch.
 */
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import type { Location, Organization, Service } from '../schemas.js';
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
import { catalogQueries, type CatalogQueries } from './catalogPort.js';

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

/** Loads, into a memory lookup, everything the HSDS form of these records refers to. */
export class DbLookupLoader {
  readonly lookup = new MemoryLookup();
  private readonly locationsLoaded = new Set<string>();
  private readonly termsLoaded = new Set<string>();

  constructor(
    private readonly db: Conn,
    private readonly queries: CatalogQueries = catalogQueries,
  ) {}

  async forServices(
    services: Service[],
    options: { organizationLocations?: boolean } = {},
  ): Promise<MemoryLookup> {
    const organizationIds = new Set(services.map((service) => service.organization_id));
    await this.organizations([...organizationIds], options);
    await this.locations(
      services.flatMap((service) => service.service_at_locations.map((link) => link.location_id)),
    );
    await this.terms(termIdsIn(services, new Set()));
    return this.lookup;
  }

  async organizations(ids: string[], options: { organizationLocations?: boolean } = {}): Promise<void> {
    const missing = ids.filter((id) => !this.lookup.organizations.has(id));
    const organizations = (
      await Promise.all(missing.map((id) => this.queries.getOrganization(this.db, id)))
    ).filter((o): o is Organization => !!o);
    this.lookup.add({ organizations });
    const jurisdictionIds = organizations.map((o) => o.jurisdiction_id).filter((id): id is string => !!id);
    if (jurisdictionIds.length > 0 && this.lookup.jurisdictions.size === 0)
      this.lookup.add({ jurisdictions: await this.queries.listJurisdictions(this.db) });
    if (options.organizationLocations) {
      for (const organization of organizations) {
        await this.locations(await this.queries.locationIdsOfOrganization(this.db, organization.id));
      }
    }
    await this.terms(termIdsIn(organizations, new Set()));
  }

  async locations(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !this.locationsLoaded.has(id));
    const locations = (await Promise.all(missing.map((id) => this.queries.getLocation(this.db, id)))).filter(
      (l): l is Location => !!l,
    );
    for (const id of missing) this.locationsLoaded.add(id);
    this.lookup.add({ locations });
    await this.terms(termIdsIn(locations, new Set()));
  }

  async terms(ids: Set<string>): Promise<void> {
    const missing = [...ids].filter((id) => !this.termsLoaded.has(id));
    if (missing.length === 0) return;
    for (const id of missing) this.termsLoaded.add(id);
    const terms = await this.queries.getTaxonomyTerms(this.db, missing);
    this.lookup.add({ taxonomy_terms: terms });
    const taxonomyIds = terms
      .map((term) => term.taxonomy_id)
      .filter((id): id is string => !!id && !this.lookup.taxonomies.has(id));
    if (taxonomyIds.length > 0)
      this.lookup.add({ taxonomies: await this.queries.getTaxonomies(this.db, [...new Set(taxonomyIds)]) });
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
  const service = await catalogQueries.getService(db, id);
  if (!service) return undefined;
  const lookup = await new DbLookupLoader(db).forServices([service], { organizationLocations: true });
  return { record: toHsdsService(service, lookup, { lang }), service };
}

export async function hsdsServices(db: Conn, query: ServiceListQuery): Promise<HsdsPage> {
  const result = await catalogQueries.listServices(db, query);
  const lookup = await new DbLookupLoader(db).forServices(result.items, {
    organizationLocations: query.full,
  });
  const contents = result.items.map((service) =>
    query.full
      ? toHsdsService(service, lookup, { lang: query.lang })
      : toHsdsServiceBrief(service, lookup, { lang: query.lang }),
  );
  return hsdsPage(contents, result.total, query.page, query.perPage);
}

export async function hsdsOrganization(db: Conn, id: string, lang?: Lang): Promise<HsdsObject | undefined> {
  const organization = await catalogQueries.getOrganization(db, id);
  if (!organization) return undefined;
  const loader = new DbLookupLoader(db);
  await loader.organizations([id], { organizationLocations: true });
  const services = await catalogQueries.servicesOfOrganization(db, id);
  await loader.forServices(services);
  return toHsdsOrganization(organization, loader.lookup, { lang, services });
}

export async function hsdsOrganizations(
  db: Conn,
  query: {
    page: number;
    perPage: number;
    search?: string | undefined;
    lang?: Lang | undefined;
    full?: boolean | undefined;
  },
): Promise<HsdsPage> {
  const result = await catalogQueries.listOrganizations(db, query);
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
  const found = await catalogQueries.getServiceAtLocation(db, id);
  if (!found) return undefined;
  const lookup = await new DbLookupLoader(db).forServices([found.service], { organizationLocations: true });
  return toHsdsServiceAtLocation(found.service, id, lookup, { lang });
}

export async function hsdsServiceAtLocations(
  db: Conn,
  query: {
    page: number;
    perPage: number;
    search?: string | undefined;
    organizationId?: string | undefined;
    taxonomyTermId?: string | undefined;
    lang?: Lang | undefined;
    full?: boolean | undefined;
  },
): Promise<HsdsPage> {
  const result = await catalogQueries.listServiceAtLocations(db, query);
  const lookup = await new DbLookupLoader(db).forServices(
    result.items.map((item) => item.service),
    { organizationLocations: query.full },
  );
  const contents = result.items.map((item) =>
    toHsdsServiceAtLocation(item.service, item.id, lookup, { lang: query.lang, brief: !query.full }),
  );
  return hsdsPage(contents, result.total, query.page, query.perPage);
}

/** Stitch's own taxonomy is listed first, so that the attributes that use it always resolve. */
export async function hsdsTaxonomies(
  db: Conn,
  query: { page: number; perPage: number; lang?: Lang | undefined },
): Promise<HsdsPage> {
  const all = [stitchTaxonomy().taxonomy, ...(await catalogQueries.allTaxonomies(db))];
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
  const taxonomy = id === stitch.id ? stitch : (await catalogQueries.getTaxonomies(db, [id]))[0];
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
  const result = await catalogQueries.listTaxonomyTerms(db, query);
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
    taxonomies: await catalogQueries.getTaxonomies(db, [
      ...new Set(items.map((t) => t.taxonomy_id).filter((id): id is string => !!id)),
    ]),
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
    stitch.terms.find((candidate) => candidate.id === id) ??
    (await catalogQueries.getTaxonomyTerms(db, [id]))[0];
  if (!term) return undefined;
  const lookup = new MemoryLookup({ taxonomies: [stitch.taxonomy] });
  if (term.taxonomy_id)
    lookup.add({ taxonomies: await catalogQueries.getTaxonomies(db, [term.taxonomy_id]) });
  return toHsdsTaxonomyTerm(term, lookup, { lang });
}

export type { Jurisdiction, Taxonomy, TaxonomyTerm };
export { toHsdsLocation };
