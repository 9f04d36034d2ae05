/** Lookups over records held in memory: a bundle (tests, pure round trips) or a batch prefetched from the database. */
import type { CatalogBundle, CatalogBundleInput, Location, Organization } from '../../catalog/index.js';
import { DEFAULT_TIME_ZONE, SPECS, type HsdsTable } from './spec.js';
import type { HsdsLookup, Jurisdiction, Taxonomy, TaxonomyTerm } from './toHsds.js';

export interface LookupSource {
  organizations?: Iterable<Organization>;
  locations?: Iterable<Location>;
  taxonomies?: Iterable<Taxonomy>;
  taxonomy_terms?: Iterable<TaxonomyTerm>;
  jurisdictions?: Iterable<Jurisdiction>;
}

export class MemoryLookup implements HsdsLookup {
  readonly organizations = new Map<string, Organization>();
  readonly locations = new Map<string, Location>();
  readonly taxonomies = new Map<string, Taxonomy>();
  readonly terms = new Map<string, TaxonomyTerm>();
  readonly jurisdictions = new Map<string, Jurisdiction>();
  private byOrganization: Map<string, Location[]> | undefined;

  constructor(source: LookupSource = {}) {
    this.add(source);
  }

  add(source: LookupSource): this {
    for (const o of source.organizations ?? []) this.organizations.set(o.id, o);
    for (const l of source.locations ?? []) this.locations.set(l.id, l);
    for (const t of source.taxonomies ?? []) this.taxonomies.set(t.id, t);
    for (const t of source.taxonomy_terms ?? []) this.terms.set(t.id, t);
    for (const j of source.jurisdictions ?? []) this.jurisdictions.set(j.id, j);
    this.byOrganization = undefined;
    return this;
  }

  organization(id: string) {
    return this.organizations.get(id);
  }
  location(id: string) {
    return this.locations.get(id);
  }
  taxonomyTerm(id: string) {
    return this.terms.get(id);
  }
  taxonomy(id: string) {
    return this.taxonomies.get(id);
  }
  jurisdiction(id: string) {
    return this.jurisdictions.get(id);
  }
  locationsOf(organizationId: string): Location[] {
    if (!this.byOrganization) {
      this.byOrganization = new Map();
      for (const location of this.locations.values()) {
        if (!location.organization_id) continue;
        const list = this.byOrganization.get(location.organization_id) ?? [];
        list.push(location);
        this.byOrganization.set(location.organization_id, list);
      }
    }
    return this.byOrganization.get(organizationId) ?? [];
  }
}

type Rec = Record<string, unknown>;

function fill(table: Exclude<HsdsTable, 'attribute' | 'metadata'>, record: Rec): Rec {
  const spec = SPECS[table];
  const out: Rec = { ...record };
  for (const [key, child] of Object.entries(spec.children)) {
    const name = child.key ?? key;
    out[name] = ((out[name] as Rec[] | undefined) ?? []).map((item) =>
      fill(child.table as Exclude<HsdsTable, 'attribute' | 'metadata'>, item),
    );
  }
  if (spec.attributes) {
    out.attributes ??= [];
    out.metadata ??= [];
  }
  if (table === 'schedule') out.closed ??= false;
  return out;
}

/**
 * The bundle with the catalog schema's defaults applied but none of its checks: for pure round trips of
 * records the catalog would hold as translation pending (one language only).
 */
export function withDefaults(input: CatalogBundleInput): CatalogBundle {
  const services = (input.services ?? []).map((service) => {
    const out = fill('service', service as unknown as Rec);
    out.service_at_locations = ((service.service_at_locations ?? []) as Rec[]).map((link) =>
      fill('service_at_location', link),
    );
    out.channels = (service.channels ?? []).map((channel) => ({
      languages: [],
      currency: 'CAD',
      ...channel,
      hours: (channel.hours ?? []).map((hour) => fill('schedule', hour as unknown as Rec)),
    }));
    out.standards = service.standards ?? [];
    out.translation_pending ??= false;
    return out;
  });
  const organizations = (input.organizations ?? []).map((organization) => {
    const out = fill('organization', organization as unknown as Rec);
    out.is_partner ??= false;
    out.translation_pending ??= false;
    return out;
  });
  const locations = (input.locations ?? []).map((location) => {
    const out = fill('location', location as unknown as Rec);
    out.time_zone ??= DEFAULT_TIME_ZONE;
    out.translation_pending ??= false;
    return out;
  });
  return {
    jurisdictions: input.jurisdictions ?? [],
    taxonomies: input.taxonomies ?? [],
    taxonomy_terms: input.taxonomy_terms ?? [],
    organizations,
    locations,
    services,
  } as unknown as CatalogBundle;
}

export function bundleLookup(bundle: CatalogBundle): MemoryLookup {
  return new MemoryLookup(bundle);
}
