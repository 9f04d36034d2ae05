/**
 * Catalog records → HSDS 3.0 nested JSON. Pure: the caller supplies the related records through a lookup.
 *
 * By default English fills the HSDS fields and each French text travels as an attribute with the Stitch
 * French term; Stitch data with no HSDS field travels as attributes with the Stitch extension term (ADR 0004).
 * With `lang: 'fr'` the HSDS fields carry French (English where no French exists) and no French attributes.
 */
import type { z } from 'zod';
import type { Lang, LocalizedText } from '../../../platform/i18n/index.js';
import type {
  JurisdictionInput,
  Location,
  Organization,
  Service,
  TaxonomyInput,
  TaxonomyTermInput,
} from '../../catalog/index.js';
import { hsdsColumns } from '../../catalog/index.js';
import { MemoryLookup } from './lookup.js';
import {
  DEFAULT_TIME_ZONE,
  EXTENSION_TERM,
  FRENCH_TERM,
  SPECS,
  STITCH_TAXONOMY,
  derivedId,
  extensionAttributeId,
  frenchAttributeId,
  type HsdsObject,
  type HsdsTable,
} from './spec.js';

export type Taxonomy = z.output<typeof TaxonomyInput>;
export type TaxonomyTerm = z.output<typeof TaxonomyTermInput>;
export type Jurisdiction = z.output<typeof JurisdictionInput>;

/** Related records the mapping needs; synchronous so that callers can prefetch in batches. */
export interface HsdsLookup {
  organization(id: string): Organization | undefined;
  location(id: string): Location | undefined;
  taxonomyTerm(id: string): TaxonomyTerm | undefined;
  taxonomy(id: string): Taxonomy | undefined;
  jurisdiction(id: string): Jurisdiction | undefined;
  /** The organization's own locations (organization.locations). */
  locationsOf(organizationId: string): Location[];
}

export interface ToHsdsOptions {
  /** `fr`: French in the HSDS fields. Default: English in the fields, French as attributes. */
  lang?: Lang;
}

type Rec = Record<string, unknown>;
type Table = Exclude<HsdsTable, 'attribute' | 'metadata'>;

const NUMERIC = new Set([
  'minimum_age',
  'maximum_age',
  'latitude',
  'longitude',
  'extension',
  'timezone',
  'count',
  'interval',
  'amount',
  'year_incorporated',
]);

function scalar(field: string, value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (NUMERIC.has(field) && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value)))
    return Number(value);
  return value;
}

interface Emit {
  lang: Lang | undefined;
  /** The list forms carry no attributes or metadata: none are built (each id is a hash to compute). */
  bare: boolean;
  /** Set when a text has English and no French: a re-import infers translation pending from it. */
  missingFrench: boolean;
}

function frenchAttribute(table: string, id: string, field: string, value: string): Rec {
  return {
    id: frenchAttributeId(table, id, field),
    link_id: id,
    link_type: field,
    link_entity: table,
    taxonomy_term_id: FRENCH_TERM.id,
    value,
  };
}

function extensionAttribute(table: string, id: string, kind: string, value: unknown, sub?: string): Rec {
  return {
    id: extensionAttributeId(table, id, kind, sub),
    link_id: id,
    link_type: kind,
    link_entity: table,
    taxonomy_term_id: EXTENSION_TERM.id,
    value: JSON.stringify(sortKeys(value)),
  };
}

/** Keys in a fixed order, so that the same data always gives the same JSON text. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Rec)[key])]),
    );
  }
  return value;
}

/** The non-empty values of an object, so that extension JSON carries only what was set. */
function compact(value: Rec): Rec {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
    ),
  );
}

class Writer {
  constructor(
    private readonly lookup: HsdsLookup,
    private readonly emit: Emit,
  ) {}

  /** One object by its table spec; `extra` attributes (extensions) are appended. */
  record(table: Table, rec: Rec, extra: Rec[] = []): HsdsObject {
    const spec = SPECS[table];
    const id = String(rec.id);
    const out: HsdsObject = { id };
    const attributes: Rec[] = [];
    for (const field of spec.scalars) {
      const value = scalar(field, rec[field]);
      if (value !== undefined) out[field] = value;
    }
    for (const field of spec.texts) {
      const value = rec[field] as Partial<LocalizedText> | null | undefined;
      if (!value) continue;
      const en = value.en?.trim() ? value.en : undefined;
      const fr = value.fr?.trim() ? value.fr : undefined;
      if (this.emit.lang === 'fr') {
        if (fr ?? en) out[field] = fr ?? en;
        continue;
      }
      if (en) out[field] = en;
      else if (fr) out[field] = fr;
      if (en && fr && !this.emit.bare) attributes.push(frenchAttribute(table, id, field, fr));
      else if (en && !fr) this.emit.missingFrench = true;
    }
    for (const [key, child] of Object.entries(spec.children)) {
      const items = rec[child.key ?? key];
      if (Array.isArray(items) && items.length > 0)
        out[key] = items.map((item) => this.child(child.table as Table, item as Rec));
    }
    if (spec.attributes && !this.emit.bare) {
      const own = Array.isArray(rec.attributes) ? (rec.attributes as Rec[]) : [];
      const all = [...own.map((attribute) => this.attribute(table, id, attribute)), ...attributes, ...extra];
      if (all.length > 0) out.attributes = all;
      const metadata = Array.isArray(rec.metadata) ? (rec.metadata as Rec[]) : [];
      if (metadata.length > 0)
        out.metadata = metadata.map((entry) => ({
          ...compact(entry),
          resource_id: id,
          resource_type: table,
        }));
    }
    return out;
  }

  private child(table: Table, rec: Rec): HsdsObject {
    if (table === 'schedule' && rec.closed === true) {
      return this.record(table, rec, [
        extensionAttribute('schedule', String(rec.id), 'stitch:schedule', { closed: true }),
      ]);
    }
    return this.record(table, rec);
  }

  /** An ordinary attribute: its term nested in full, as in the HSDS examples. */
  private attribute(table: string, linkId: string, attribute: Rec): Rec {
    const out: Rec = { id: attribute.id, link_id: linkId, link_entity: table };
    if (attribute.link_type != null) out.link_type = attribute.link_type;
    if (attribute.value != null) out.value = attribute.value;
    const termId = attribute.taxonomy_term_id as string | null | undefined;
    if (termId) {
      const term = this.lookup.taxonomyTerm(termId);
      if (term) out.taxonomy_term = this.term(term);
      else out.taxonomy_term_id = termId;
    }
    return out;
  }

  term(term: TaxonomyTerm): HsdsObject {
    const out = this.record('taxonomy_term', term as unknown as Rec);
    if (term.taxonomy_id) {
      const taxonomy = this.lookup.taxonomy(term.taxonomy_id);
      if (taxonomy) {
        delete out.taxonomy_id;
        out.taxonomy_detail = this.record('taxonomy', taxonomy as unknown as Rec);
      }
    }
    return out;
  }

  location(location: Location, enclosingOrganizationId?: string): HsdsObject {
    const extension = compact({
      time_zone:
        location.time_zone && location.time_zone !== DEFAULT_TIME_ZONE ? location.time_zone : undefined,
      assured_date: location.assured_date,
    });
    const before = this.emit.missingFrench;
    this.emit.missingFrench = false;
    const out = this.record('location', location as unknown as Rec);
    if (location.translation_pending && !this.emit.missingFrench && this.emit.lang !== 'fr')
      extension.translation_pending = true;
    this.emit.missingFrench = before;
    if (location.organization_id && location.organization_id !== enclosingOrganizationId)
      out.organization_id = location.organization_id;
    if (Object.keys(extension).length > 0)
      pushAttribute(out, extensionAttribute('location', location.id, 'stitch:location', extension));
    return out;
  }

  organization(
    organization: Organization,
    options: { services?: Service[]; brief?: boolean } = {},
  ): HsdsObject {
    const before = this.emit.missingFrench;
    this.emit.missingFrench = false;
    const out = this.record('organization', organization as unknown as Rec);
    if (options.brief) return briefOrganization(out);
    const extension = compact({
      brand_colour: organization.brand_colour,
      brand_accent_colour: organization.brand_accent_colour,
      is_partner: organization.is_partner ? true : undefined,
      assured_date: organization.assured_date,
      external_id: organization.external_id,
      translation_pending:
        organization.translation_pending && !this.emit.missingFrench && this.emit.lang !== 'fr'
          ? true
          : undefined,
    });
    this.emit.missingFrench = before;
    if (Object.keys(extension).length > 0)
      pushAttribute(
        out,
        extensionAttribute('organization', organization.id, 'stitch:organization', extension),
      );
    if (organization.jurisdiction_id) {
      const chain: Jurisdiction[] = [];
      const seen = new Set<string>();
      let next: string | null | undefined = organization.jurisdiction_id;
      while (next && !seen.has(next)) {
        seen.add(next);
        const jurisdiction = this.lookup.jurisdiction(next);
        if (!jurisdiction) break;
        chain.unshift(jurisdiction);
        next = jurisdiction.parent_id;
      }
      if (chain.length > 0)
        pushAttribute(
          out,
          extensionAttribute(
            'organization',
            organization.id,
            'stitch:jurisdiction',
            chain.map((j) => compact(j as unknown as Rec)),
          ),
        );
    }
    const locations = this.lookup.locationsOf(organization.id);
    if (locations.length > 0)
      out.locations = locations.map((location) => this.location(location, organization.id));
    if (options.services && options.services.length > 0) {
      out.services = options.services.map((service) =>
        this.service(service, { inOrganization: organization }),
      );
    }
    return out;
  }

  service(
    service: Service,
    options: { inOrganization?: Organization; brief?: boolean; organizationById?: boolean } = {},
  ): HsdsObject {
    const before = this.emit.missingFrench;
    this.emit.missingFrench = false;
    const derivedPhones: Rec[] = [];
    const derived: Rec = {};
    const web = service.channels.find((channel) => channel.kind === 'web' && channel.url);
    const email = service.channels.find((channel) => channel.kind === 'email' && channel.email);
    const source: Rec = { ...(service as unknown as Rec) };
    // HSDS readers see a channel through the natural HSDS field when the service has none of its own.
    if (!options.brief) {
      if (!service.url && web?.url) {
        source.url = web.url;
        derived.url = true;
      }
      if (!service.email && email?.email) {
        source.email = email.email;
        derived.email = true;
      }
      for (const channel of service.channels) {
        if (channel.kind !== 'phone' || !channel.phone_number) continue;
        const id = derivedId(`hsds-channel-phone:${channel.id}`);
        derivedPhones.push(
          compact({
            id,
            number: channel.phone_number,
            extension:
              channel.phone_extension && /^\d+$/.test(channel.phone_extension)
                ? Number(channel.phone_extension)
                : undefined,
            type: 'voice',
            description: channel.description,
          }),
        );
      }
      if (derivedPhones.length > 0) {
        source.phones = [...service.phones, ...derivedPhones];
        derived.phones = derivedPhones.map((phone) => phone.id);
      }
    }
    const out = this.record('service', options.brief ? briefSource(source) : source);
    if (options.brief) {
      delete out.attributes;
      delete out.metadata;
    }
    const organization = options.organizationById
      ? undefined
      : (options.inOrganization ?? this.lookup.organization(service.organization_id));
    if (!options.inOrganization) {
      if (organization) out.organization = this.organization(organization, { brief: options.brief });
      else out.organization_id = service.organization_id;
    }
    if (service.program_id) {
      const program = organization?.programs.find((candidate) => candidate.id === service.program_id);
      if (program) {
        const programOut = this.record('program', program as unknown as Rec);
        if (options.brief) {
          delete programOut.attributes;
          delete programOut.metadata;
        }
        out.program = programOut;
      } else out.program_id = service.program_id;
    }
    if (options.brief) {
      this.emit.missingFrench = before;
      return out;
    }
    if (service.service_at_locations.length > 0) {
      out.service_at_locations = service.service_at_locations.map((link) => {
        const linkOut = this.record('service_at_location', link as unknown as Rec);
        const location = this.lookup.location(link.location_id);
        if (location) linkOut.location = this.location(location, service.organization_id);
        else linkOut.location_id = link.location_id;
        return linkOut;
      });
    }
    const extensions: Rec[] = [];
    for (const channel of service.channels) {
      extensions.push(
        extensionAttribute('service', service.id, 'stitch:channel', compactDeep(channel), channel.id),
      );
    }
    for (const standard of service.standards) {
      extensions.push(
        extensionAttribute('service', service.id, 'stitch:standard', compactDeep(standard), standard.id),
      );
    }
    const own = compact({
      external_id: service.external_id,
      translation_pending:
        service.translation_pending && !this.emit.missingFrench && this.emit.lang !== 'fr' ? true : undefined,
      derived: Object.keys(derived).length > 0 ? derived : undefined,
    });
    if (Object.keys(own).length > 0)
      extensions.push(extensionAttribute('service', service.id, 'stitch:service', own));
    for (const attribute of extensions) pushAttribute(out, attribute);
    this.emit.missingFrench = before;
    return out;
  }
}

function pushAttribute(out: HsdsObject, attribute: Rec): void {
  const list = Array.isArray(out.attributes) ? (out.attributes as Rec[]) : [];
  list.push(attribute);
  out.attributes = list;
}

/** Drops nulls and empty arrays at every depth, so extension JSON stays small and stable. */
function compactDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactDeep);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Rec)
        .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
        .map(([k, v]) => [k, compactDeep(v)]),
    );
  }
  return value;
}

/** The fields of an organization in the list forms. */
export const ORGANIZATION_BRIEF: ReadonlySet<string> = new Set([
  'id',
  'name',
  'alternate_name',
  'description',
  'email',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'uri',
  'parent_organization_id',
]);

function briefOrganization(out: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(out).filter(([key]) => ORGANIZATION_BRIEF.has(key)));
}

function briefSource(source: Rec): Rec {
  const {
    phones: _p,
    schedules: _s,
    service_areas: _a,
    languages: _l,
    funding: _f,
    cost_options: _c,
    required_documents: _r,
    contacts: _t,
    ...rest
  } = source;
  return rest;
}

const writer = (lookup: HsdsLookup, options: ToHsdsOptions, bare = false) =>
  new Writer(lookup, { lang: options.lang, missingFrench: false, bare });

/**
 * A service in the `service_full` form: organization (without its services), program, locations nested.
 * `organizationById` gives `organization_id` and `program_id` instead, for exports that hold the
 * organizations in a file of their own.
 */
export function toHsdsService(
  service: Service,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions & { organizationById?: boolean } = {},
): HsdsObject {
  return writer(lookup, options).service(service, { organizationById: options.organizationById });
}

/** A service in the paged-list form (no nested arrays; organization and program brief). */
export function toHsdsServiceBrief(
  service: Service,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions = {},
): HsdsObject {
  return writer(lookup, options, true).service(service, { brief: true });
}

/** An organization in the `organization_full` form, with the services given (none by default). */
export function toHsdsOrganization(
  organization: Organization,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions & { services?: Service[] } = {},
): HsdsObject {
  return writer(lookup, options).organization(organization, { services: options.services });
}

/** An organization in the paged-list form. */
export function toHsdsOrganizationBrief(
  organization: Organization,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions = {},
): HsdsObject {
  return writer(lookup, options, true).organization(organization, { brief: true });
}

export function toHsdsLocation(
  location: Location,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions = {},
): HsdsObject {
  return writer(lookup, options).location(location);
}

/**
 * A service at location in the `service_at_location_full` form: its location and its service nested
 * (the service without its other service at locations).
 */
export function toHsdsServiceAtLocation(
  service: Service,
  linkId: string,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions & { brief?: boolean } = {},
): HsdsObject {
  const link = service.service_at_locations.find((candidate) => candidate.id === linkId);
  if (!link) throw new Error(`Service ${service.id} has no service at location ${linkId}`);
  const w = writer(lookup, options);
  const out = w.record('service_at_location', link as unknown as Rec);
  const location = lookup.location(link.location_id);
  if (options.brief) {
    delete out.attributes;
    delete out.metadata;
    delete out.contacts;
    delete out.phones;
    delete out.schedules;
  }
  if (location) {
    const locationOut = w.location(location, service.organization_id);
    out.location = options.brief ? briefLocation(locationOut) : locationOut;
  } else out.location_id = link.location_id;
  const serviceOut = options.brief
    ? w.service(service, { brief: true })
    : w.service({ ...service, service_at_locations: [] }, {});
  out.service = serviceOut;
  return out;
}

/** A location in the list forms: the columns of HSDS's location table, nothing nested. */
const LOCATION_BRIEF: ReadonlySet<string> = new Set(hsdsColumns('location'));

function briefLocation(out: HsdsObject): HsdsObject {
  return Object.fromEntries(Object.entries(out).filter(([key]) => LOCATION_BRIEF.has(key)));
}

/** A taxonomy. HSDS 3.0 gives taxonomies no attributes: see `taxonomyFrenchAttributes`. */
export function toHsdsTaxonomy(
  taxonomy: Taxonomy,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions = {},
): HsdsObject {
  return writer(lookup, options).record('taxonomy', taxonomy as unknown as Rec);
}

/** A taxonomy term with its taxonomy nested as `taxonomy_detail`. */
export function toHsdsTaxonomyTerm(
  term: TaxonomyTerm,
  lookup: HsdsLookup = new MemoryLookup(),
  options: ToHsdsOptions = {},
): HsdsObject {
  return writer(lookup, options).term(term);
}

/**
 * The French of a taxonomy or term, as top-level HSDS attributes (`attributes.json`, attributes.csv):
 * HSDS 3.0 has no attributes array on these two objects.
 */
export function taxonomyFrenchAttributes(
  table: 'taxonomy' | 'taxonomy_term',
  record: Taxonomy | TaxonomyTerm,
): HsdsObject[] {
  const out: HsdsObject[] = [];
  for (const field of SPECS[table].texts) {
    const value = (record as unknown as Rec)[field] as Partial<LocalizedText> | null | undefined;
    if (value?.en?.trim() && value.fr?.trim()) out.push(frenchAttribute(table, record.id, field, value.fr));
  }
  return out;
}

/** Stitch's taxonomy and terms, included in every export so that its attributes resolve. */
export function stitchTaxonomy(): { taxonomy: Taxonomy; terms: TaxonomyTerm[] } {
  const taxonomy: Taxonomy = {
    ...STITCH_TAXONOMY,
    name: { ...STITCH_TAXONOMY.name },
    description: { ...STITCH_TAXONOMY.description },
  };
  const terms = [FRENCH_TERM, EXTENSION_TERM].map((term) => ({
    ...term,
    name: { ...term.name },
    description: { ...term.description },
  })) as TaxonomyTerm[];
  return { taxonomy, terms };
}
