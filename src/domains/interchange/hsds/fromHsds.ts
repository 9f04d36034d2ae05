/**
 * HSDS 3.0 nested JSON → the catalog's input bundle. Pure: no database, no files.
 * French comes back from the Stitch translation attributes, Stitch's own data from the extension
 * attributes (ADR 0004); every other attribute stays an attribute.
 */
import type { CatalogBundleInput } from '../../catalog/index.js';
import {
  EXTENSION_TERM,
  FRENCH_TERM,
  SPECS,
  STITCH_TAXONOMY,
  STITCH_TERM_IDS,
  type HsdsObject,
  type HsdsTable,
} from './spec.js';

export type HsdsKind =
  | 'service'
  | 'organization'
  | 'location'
  | 'service_at_location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'attribute';

export interface HsdsDocument {
  /** Where it came from, for messages: `service_full.json`, `services.json [3]`. */
  where: string;
  kind: HsdsKind;
  data: HsdsObject;
}

export interface HsdsRejection {
  where: string;
  field?: string;
  reason: string;
}

export interface HsdsImportOptions {
  /** What to do with a record that has no French: refuse it (default), or hold it as translation pending. */
  untranslated?: 'refuse' | 'hold';
}

export interface HsdsReadResult {
  bundle: Required<
    Pick<
      CatalogBundleInput,
      'jurisdictions' | 'taxonomies' | 'taxonomy_terms' | 'organizations' | 'locations' | 'services'
    >
  >;
  /** Top-level records read (services, organizations, locations, service at locations, taxonomies, terms). */
  read: number;
  rejected: HsdsRejection[];
  notes: string[];
}

type Rec = Record<string, unknown>;

const isObject = (value: unknown): value is HsdsObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): HsdsObject[] => (Array.isArray(value) ? value.filter(isObject) : []);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
const idOf = (value: unknown): string => (isObject(value) && typeof value.id === 'string' ? value.id : '?');

/** Guesses what one HSDS object is from its fields; `hint` (from a file name) settles the ambiguous ones. */
export function detectKind(value: HsdsObject, hint?: HsdsKind): HsdsKind | undefined {
  if (hint) return hint;
  if ('status' in value || 'service_at_locations' in value || 'service_areas' in value) return 'service';
  if ('location_type' in value || 'addresses' in value || 'accessibility' in value) return 'location';
  if (
    ('service' in value || 'location' in value || 'location_id' in value || 'service_id' in value) &&
    !('name' in value)
  ) {
    return 'service_at_location';
  }
  if ('link_entity' in value || 'link_id' in value) return 'attribute';
  if (
    ['taxonomy_detail', 'parent_id', 'code', 'taxonomy', 'term_uri', 'taxonomy_id', 'language'].some(
      (key) => key in value,
    )
  ) {
    return 'taxonomy_term';
  }
  const organizationOnly = [
    'email',
    'website',
    'tax_status',
    'tax_id',
    'year_incorporated',
    'legal_status',
    'logo',
    'parent_organization_id',
    'services',
    'locations',
    'programs',
    'organization_identifiers',
    'funding',
    'contacts',
    'phones',
    'attributes',
  ];
  if (organizationOnly.some((key) => key in value)) return 'organization';
  if ('version' in value) return 'taxonomy';
  if ('name' in value && 'description' in value) return 'organization';
  return undefined;
}

const FILE_HINTS: Record<string, HsdsKind> = {
  service: 'service',
  services: 'service',
  service_full: 'service',
  service_list: 'service',
  organization: 'organization',
  organizations: 'organization',
  organization_full: 'organization',
  organization_list: 'organization',
  location: 'location',
  locations: 'location',
  service_at_location: 'service_at_location',
  service_at_locations: 'service_at_location',
  service_at_location_full: 'service_at_location',
  service_at_location_list: 'service_at_location',
  taxonomy: 'taxonomy',
  taxonomies: 'taxonomy',
  taxonomy_list: 'taxonomy',
  taxonomy_term: 'taxonomy_term',
  taxonomy_terms: 'taxonomy_term',
  taxonomy_term_list: 'taxonomy_term',
  attribute: 'attribute',
  attributes: 'attribute',
};

/** The kind a file name promises (`services.json`, `taxonomy_term_list.json`), if any. */
export function kindFromFileName(fileName: string): HsdsKind | undefined {
  // `services-00001.json`: numbered pages of one kind.
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.json$/i, '')
    .replace(/[-_]\d+$/, '');
  return FILE_HINTS[base];
}

/**
 * One parsed JSON file → its HSDS documents: a single object, an HSDS list page (`contents`), or an array.
 * Objects of unknown kind are reported, not guessed.
 */
export function unpackHsdsJson(
  value: unknown,
  where: string,
  hint?: HsdsKind,
): { documents: HsdsDocument[]; rejected: HsdsRejection[] } {
  const documents: HsdsDocument[] = [];
  const rejected: HsdsRejection[] = [];
  const one = (item: unknown, at: string) => {
    if (!isObject(item)) {
      rejected.push({ where: at, reason: 'Expected an HSDS object (a JSON object with an id).' });
      return;
    }
    const kind = detectKind(item, hint);
    if (!kind) {
      rejected.push({
        where: at,
        reason: 'Cannot tell which HSDS object this is (service, organization, location…).',
      });
      return;
    }
    documents.push({ where: at, kind, data: item });
  };
  if (Array.isArray(value))
    value.forEach((item, index) => one(item, `${where} [${index}] (id ${idOf(item)})`));
  else if (isObject(value) && Array.isArray(value.contents)) {
    value.contents.forEach((item, index) => one(item, `${where} contents[${index}] (id ${idOf(item)})`));
  } else one(value, `${where} (id ${idOf(value)})`);
  return { documents, rejected };
}

/** Per top-level record: the fields found without French (or without English). */
interface RecordContext {
  missing: string[];
}

interface SplitAttributes {
  french: Map<string, string>;
  extensions: Map<string, unknown[]>;
  attributes: Rec[];
}

function isFrenchTerm(attribute: HsdsObject): boolean {
  if (attribute.taxonomy_term_id === FRENCH_TERM.id) return true;
  const term = attribute.taxonomy_term;
  if (!isObject(term)) return false;
  if (term.id === FRENCH_TERM.id) return true;
  return term.code === FRENCH_TERM.code && term.taxonomy === FRENCH_TERM.taxonomy;
}

function isExtensionTerm(attribute: HsdsObject): boolean {
  if (attribute.taxonomy_term_id === EXTENSION_TERM.id) return true;
  const term = attribute.taxonomy_term;
  return (
    isObject(term) &&
    (term.id === EXTENSION_TERM.id ||
      (term.code === EXTENSION_TERM.code && term.taxonomy === EXTENSION_TERM.taxonomy))
  );
}

/** Reads HSDS documents into one bundle. Records are merged by id: the same phone may appear in many places. */
export class HsdsReader {
  private readonly organizations = new Map<string, Rec>();
  private readonly locations = new Map<string, Rec>();
  private readonly services = new Map<string, Rec>();
  private readonly taxonomies = new Map<string, Rec>();
  private readonly terms = new Map<string, Rec>();
  private readonly jurisdictions = new Map<string, Rec>();
  /** Top-level attributes (the French of taxonomies and terms), by the id they link to. */
  private readonly loose = new Map<string, HsdsObject[]>();
  /** Service at locations met on their own, waiting for their service. */
  private readonly pendingLinks: { where: string; serviceId: string; link: Rec }[] = [];
  /** Programs met inside services, added to their organization at the end. */
  private readonly programs: { where: string; organizationId: string; program: Rec }[] = [];
  private readonly refused = new Set<string>();
  readonly rejected: HsdsRejection[] = [];
  readonly notes: string[] = [];
  read = 0;

  constructor(private readonly options: HsdsImportOptions = {}) {}

  /** Adds documents; attribute documents first, so that the records they translate find them. */
  add(documents: HsdsDocument[]): this {
    for (const document of documents) {
      if (document.kind !== 'attribute') continue;
      const linkId = document.data.link_id;
      if (typeof linkId !== 'string') {
        this.rejected.push({
          where: document.where,
          field: 'link_id',
          reason: 'A top-level attribute needs the link_id of the record it describes.',
        });
        continue;
      }
      const list = this.loose.get(linkId) ?? [];
      list.push(document.data);
      this.loose.set(linkId, list);
    }
    for (const document of documents) {
      if (document.kind === 'attribute') continue;
      this.read += 1;
      this.top(document);
    }
    return this;
  }

  result(): HsdsReadResult {
    for (const { where, serviceId, link } of this.pendingLinks) {
      const service = this.services.get(serviceId);
      if (!service) {
        this.rejected.push({
          where,
          field: 'service_id',
          reason: `Service ${serviceId} is not in this import.`,
        });
        continue;
      }
      service.service_at_locations = mergeArrays(asArray(service.service_at_locations), [link]);
    }
    for (const { where, organizationId, program } of this.programs) {
      const organization = this.organizations.get(organizationId);
      if (organization) organization.programs = mergeArrays(asArray(organization.programs), [program]);
      else if (!this.refused.has(`organization:${organizationId}`)) {
        this.notes.push(
          `${where}: program ${String(program.id)} belongs to organization ${organizationId}, which is not in this import; the program was left out.`,
        );
      }
    }
    // A service cannot stand without its organization or the locations it is offered at.
    for (const [id, service] of this.services) {
      const organizationId = String(service.organization_id);
      const lost = this.refused.has(`organization:${organizationId}`)
        ? `organization ${organizationId}`
        : asArray(service.service_at_locations)
            .map((link) => String(link.location_id))
            .find((locationId) => this.refused.has(`location:${locationId}`));
      if (!lost) continue;
      const label = lost.startsWith('organization') ? lost : `location ${lost}`;
      this.rejected.push({ where: `service ${id}`, reason: `Left out because its ${label} was refused.` });
      this.refused.add(`service:${id}`);
    }
    // The records were built field by field from HSDS; the catalog's schemas check them on import.
    const values = <T>(map: Map<string, Rec>) => [...map.values()] as unknown as T[];
    return {
      bundle: {
        jurisdictions: values(this.jurisdictions),
        taxonomies: values(this.taxonomies),
        taxonomy_terms: values(this.terms),
        organizations: values(this.organizations),
        locations: values(this.locations),
        services: values<NonNullable<CatalogBundleInput['services']>[number]>(this.services).filter(
          (service) => !this.refused.has(`service:${service.id}`),
        ),
      },
      read: this.read,
      rejected: this.rejected,
      notes: this.notes,
    };
  }

  private top(document: HsdsDocument): void {
    const { data, where } = document;
    if (typeof data.id !== 'string') {
      this.rejected.push({ where, field: 'id', reason: 'Every HSDS object needs an id.' });
      return;
    }
    switch (document.kind) {
      case 'service':
        this.service(data, where);
        break;
      case 'organization':
        this.organization(data, where);
        break;
      case 'location':
        this.location(data, where);
        break;
      case 'service_at_location':
        this.serviceAtLocation(data, where);
        break;
      case 'taxonomy':
        this.taxonomy(data, where);
        break;
      case 'taxonomy_term':
        this.term(data, where);
        break;
      default:
        break;
    }
  }

  /**
   * Settles a record's missing French: refused with the fields named, or held as translation pending.
   * Returns false when refused.
   */
  private settle(kind: string, id: string, where: string, context: RecordContext): boolean {
    if (context.missing.length === 0) return true;
    if (this.options.untranslated === 'hold') return true;
    const fields =
      context.missing.slice(0, 8).join(', ') +
      (context.missing.length > 8 ? `, … (${context.missing.length} in all)` : '');
    this.rejected.push({
      where: `${where} ${kind} ${id}`,
      field: context.missing[0],
      reason: `French text is missing for ${fields}. Add French as Stitch translation attributes, or import with --untranslated hold to keep the record as translation pending.`,
    });
    this.refused.add(`${kind}:${id}`);
    return false;
  }

  private service(data: HsdsObject, where: string, parentOrganizationId?: string): Rec | undefined {
    const id = String(data.id);
    const context: RecordContext = { missing: [] };
    const { record, extensions } = this.generic('service', data, context, '');
    let organizationId =
      typeof data.organization_id === 'string' ? data.organization_id : parentOrganizationId;
    if (isObject(data.organization)) {
      organizationId ??= String(data.organization.id);
      this.organization(data.organization, `${where} organization`);
    }
    if (!organizationId) {
      this.rejected.push({
        where: `${where} service ${id}`,
        field: 'organization_id',
        reason: 'A service needs its organization (organization_id or a nested organization).',
      });
      return undefined;
    }
    record.organization_id = organizationId;
    let programId = typeof data.program_id === 'string' ? data.program_id : undefined;
    if (isObject(data.program)) {
      programId ??= String(data.program.id);
      const programContext: RecordContext = { missing: [] };
      const program = this.generic('program', data.program, programContext, 'program.').record;
      context.missing.push(...programContext.missing);
      this.programs.push({ where: `${where} program`, organizationId, program });
    }
    if (programId) record.program_id = programId;
    record.service_at_locations = asArray(data.service_at_locations).map((link, index) =>
      this.link(link, context, `service_at_locations[${index}].`, where),
    );
    this.serviceExtensions(record, extensions);
    const pending = context.missing.length > 0;
    if (!this.settle('service', id, where, context)) return undefined;
    if (pending) record.translation_pending = true;
    const existing = this.services.get(id);
    this.services.set(id, existing ? mergeRecords(existing, record) : record);
    return record;
  }

  private serviceExtensions(record: Rec, extensions: Map<string, unknown[]>): void {
    const channels = extensions.get('stitch:channel');
    if (channels) record.channels = channels;
    const standards = extensions.get('stitch:standard');
    if (standards) record.standards = standards;
    const own = extensions.get('stitch:service')?.[0];
    if (!isObject(own)) return;
    if (typeof own.external_id === 'string') record.external_id = own.external_id;
    if (own.translation_pending === true) record.translation_pending = true;
    const derived = isObject(own.derived) ? own.derived : {};
    // Fields Stitch filled from a channel for HSDS readers: the channel already holds them.
    if (derived.url === true) delete record.url;
    if (derived.email === true) delete record.email;
    if (Array.isArray(derived.phones)) {
      const drop = new Set(derived.phones);
      record.phones = asArray(record.phones).filter((phone) => !drop.has(phone.id));
    }
  }

  private link(data: HsdsObject, context: RecordContext, path: string, where: string): Rec {
    const { record } = this.generic('service_at_location', data, context, path);
    let locationId = typeof data.location_id === 'string' ? data.location_id : undefined;
    if (isObject(data.location)) {
      locationId ??= String(data.location.id);
      this.location(data.location, `${where} ${path}location`);
    }
    record.location_id = locationId;
    return record;
  }

  private serviceAtLocation(data: HsdsObject, where: string): void {
    const context: RecordContext = { missing: [] };
    const link = this.link(data, context, '', where);
    let serviceId = typeof data.service_id === 'string' ? data.service_id : undefined;
    if (isObject(data.service)) {
      serviceId ??= String(data.service.id);
      this.service(data.service, `${where} service`);
    }
    if (!this.settle('service_at_location', String(data.id), where, context)) return;
    if (!serviceId) {
      this.rejected.push({
        where: `${where} service_at_location ${String(data.id)}`,
        field: 'service_id',
        reason: 'A service at location needs its service.',
      });
      return;
    }
    this.pendingLinks.push({ where: `${where} service_at_location ${String(data.id)}`, serviceId, link });
  }

  private organization(data: HsdsObject, where: string): void {
    const id = String(data.id);
    const context: RecordContext = { missing: [] };
    const { record, extensions } = this.generic('organization', data, context, '');
    const own = extensions.get('stitch:organization')?.[0];
    if (isObject(own)) {
      for (const key of [
        'brand_colour',
        'brand_accent_colour',
        'is_partner',
        'assured_date',
        'external_id',
        'translation_pending',
      ]) {
        if (own[key] !== undefined) record[key] = own[key];
      }
    }
    const chain = extensions.get('stitch:jurisdiction')?.[0];
    if (Array.isArray(chain)) {
      for (const jurisdiction of chain.filter(isObject))
        this.jurisdictions.set(String(jurisdiction.id), jurisdiction);
      const last = chain.filter(isObject).at(-1);
      if (last) record.jurisdiction_id = last.id;
    }
    const pending = context.missing.length > 0;
    if (!this.settle('organization', id, where, context)) return;
    if (pending) record.translation_pending = true;
    const existing = this.organizations.get(id);
    this.organizations.set(id, existing ? mergeRecords(existing, record) : record);
    asArray(data.locations).forEach((location, index) =>
      this.location(location, `${where} locations[${index}]`, id),
    );
    asArray(data.services).forEach((service, index) =>
      this.service(service, `${where} services[${index}]`, id),
    );
  }

  private location(data: HsdsObject, where: string, organizationId?: string): void {
    const id = String(data.id);
    const context: RecordContext = { missing: [] };
    const { record, extensions } = this.generic('location', data, context, '');
    if (typeof data.organization_id === 'string') record.organization_id = data.organization_id;
    else if (organizationId) record.organization_id = organizationId;
    const own = extensions.get('stitch:location')?.[0];
    if (isObject(own)) {
      for (const key of ['time_zone', 'assured_date', 'translation_pending'])
        if (own[key] !== undefined) record[key] = own[key];
    }
    const pending = context.missing.length > 0;
    if (!this.settle('location', id, where, context)) return;
    if (pending) record.translation_pending = true;
    const existing = this.locations.get(id);
    this.locations.set(id, existing ? mergeRecords(existing, record) : record);
  }

  private taxonomy(data: HsdsObject, where: string): void {
    const id = String(data.id);
    if (id === STITCH_TAXONOMY.id) return;
    const context: RecordContext = { missing: [] };
    const { record } = this.generic('taxonomy', data, context, '');
    if (!this.settle('taxonomy', id, where, context)) return;
    if (context.missing.length > 0) record.translation_pending = true;
    const existing = this.taxonomies.get(id);
    this.taxonomies.set(id, existing ? mergeRecords(existing, record) : record);
  }

  private term(data: HsdsObject, where: string): void {
    const id = String(data.id);
    if (STITCH_TERM_IDS.has(id)) return;
    const context: RecordContext = { missing: [] };
    const { record } = this.generic('taxonomy_term', data, context, '');
    if (isObject(data.taxonomy_detail)) {
      record.taxonomy_id ??= data.taxonomy_detail.id;
      this.taxonomy(data.taxonomy_detail, `${where} taxonomy_detail`);
    }
    if (!this.settle('taxonomy_term', id, where, context)) return;
    if (context.missing.length > 0) record.translation_pending = true;
    const existing = this.terms.get(id);
    this.terms.set(id, existing ? mergeRecords(existing, record) : record);
  }

  private splitAttributes(data: HsdsObject, where: string): SplitAttributes {
    const french = new Map<string, string>();
    const extensions = new Map<string, unknown[]>();
    const attributes: Rec[] = [];
    const all = [
      ...asArray(data.attributes),
      ...(typeof data.id === 'string' ? (this.loose.get(data.id) ?? []) : []),
    ];
    for (const attribute of all) {
      const linkType = typeof attribute.link_type === 'string' ? attribute.link_type : '';
      if (isFrenchTerm(attribute)) {
        if (typeof attribute.value === 'string') french.set(linkType, attribute.value);
        continue;
      }
      if (isExtensionTerm(attribute)) {
        try {
          const list = extensions.get(linkType) ?? [];
          list.push(JSON.parse(String(attribute.value)));
          extensions.set(linkType, list);
        } catch {
          this.rejected.push({
            where: `${where} attribute ${idOf(attribute)}`,
            field: 'value',
            reason: `The ${linkType} value is not valid JSON.`,
          });
        }
        continue;
      }
      const term = attribute.taxonomy_term;
      if (isObject(term)) this.term(term, `${where} attribute ${idOf(attribute)} taxonomy_term`);
      const out: Rec = { id: attribute.id };
      const termId = attribute.taxonomy_term_id ?? (isObject(term) ? term.id : undefined);
      if (termId !== undefined) out.taxonomy_term_id = termId;
      if (attribute.link_type !== undefined) out.link_type = attribute.link_type;
      if (attribute.value !== undefined) out.value = attribute.value;
      attributes.push(out);
    }
    return { french, extensions, attributes };
  }

  /** Maps one object and its nested arrays by the table spec. */
  private generic(
    table: Exclude<HsdsTable, 'attribute' | 'metadata'>,
    data: HsdsObject,
    context: RecordContext,
    path: string,
  ): { record: Rec; extensions: Map<string, unknown[]> } {
    const spec = SPECS[table];
    const record: Rec = { id: data.id };
    for (const field of spec.scalars)
      if (data[field] !== undefined && data[field] !== null) record[field] = data[field];
    const { french, extensions, attributes } = this.splitAttributes(data, `${path || table}`);
    for (const field of spec.texts) {
      const en = text(data[field]);
      const fr = french.get(field);
      if (en === undefined && fr === undefined) continue;
      if (en === undefined || !text(fr)) context.missing.push(`${path}${field}`);
      record[field] = { en: en ?? '', fr: fr ?? '' };
    }
    for (const [key, child] of Object.entries(spec.children)) {
      if (!Array.isArray(data[key])) continue;
      record[child.key ?? key] = asArray(data[key]).map(
        (item, index) =>
          this.generic(
            child.table as Exclude<HsdsTable, 'attribute' | 'metadata'>,
            item,
            context,
            `${path}${key}[${index}].`,
          ).record,
      );
    }
    if (table === 'schedule') {
      const own = extensions.get('stitch:schedule')?.[0];
      if (isObject(own) && own.closed === true) record.closed = true;
    }
    if (spec.attributes) {
      record.attributes = attributes;
      record.metadata = asArray(data.metadata).map((entry) => {
        const { resource_id: _id, resource_type: _type, ...rest } = entry;
        return rest;
      });
    }
    return { record, extensions };
  }
}

/** Merges two versions of the same record: values already known win, nested arrays are united by id. */
export function mergeRecords(a: Rec, b: Rec): Rec {
  const out: Rec = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    if (current === undefined || current === null) out[key] = value;
    else if (Array.isArray(current) && Array.isArray(value))
      out[key] = mergeArrays(current as Rec[], value as Rec[]);
  }
  return out;
}

function mergeArrays(a: Rec[], b: Rec[]): Rec[] {
  if (a.length === 0) return b;
  if (!a.every(isObject) || !b.every(isObject)) return a;
  const out = [...a];
  for (const item of b) {
    const index = out.findIndex((existing) => existing.id !== undefined && existing.id === item.id);
    if (index === -1) out.push(item);
    else out[index] = mergeRecords(out[index]!, item);
  }
  return out;
}

/** HSDS documents → catalog bundle, in one call. */
export function hsdsToBundle(documents: HsdsDocument[], options: HsdsImportOptions = {}): HsdsReadResult {
  return new HsdsReader(options).add(documents).result();
}
