import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogBundle } from '../../catalog/index.js';
import { bundleToHsds, documentsOf } from './documents.js';
import { hsdsToBundle, unpackHsdsJson } from './fromHsds.js';
import { bundleLookup, withDefaults } from './lookup.js';
import { stableId } from '../../../platform/ids/index.js';
import { EXTENSION_TERM, FRENCH_TERM, extensionAttributeId, frenchAttributeId } from './spec.js';
import { RICH_IDS, richBundle } from './testFixtures.js';
import {
  toHsdsLocation,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsServiceBrief,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './toHsds.js';
import { normaliseHsds } from './normalise.js';

const EXAMPLES = join(import.meta.dirname, '../../../../../shared/data/hsds/3.0/examples');
const example = (name: string) =>
  JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')) as Record<string, unknown>;

function readExample(name: string) {
  const { documents, rejected } = unpackHsdsJson(example(name), `${name}.json`);
  expect(rejected).toEqual([]);
  const result = hsdsToBundle(documents, { untranslated: 'hold' });
  expect(result.rejected).toEqual([]);
  const bundle = withDefaults(result.bundle);
  return { bundle, lookup: bundleLookup(bundle) };
}

describe('official HSDS 3.0 examples round-trip (read → write)', () => {
  it('service_full.json', () => {
    const { bundle, lookup } = readExample('service_full');
    expect(bundle.services).toHaveLength(1);
    expect(bundle.services[0]!.translation_pending).toBe(true);
    expect(normaliseHsds(toHsdsService(bundle.services[0]!, lookup))).toEqual(
      normaliseHsds(example('service_full')),
    );
  });

  it('organization_full.json', () => {
    const { bundle, lookup } = readExample('organization_full');
    const out = toHsdsOrganization(bundle.organizations[0]!, lookup, { services: bundle.services });
    expect(normaliseHsds(out)).toEqual(normaliseHsds(example('organization_full')));
  });

  it('service_at_location_full.json', () => {
    const { bundle, lookup } = readExample('service_at_location_full');
    const source = example('service_at_location_full');
    const out = toHsdsServiceAtLocation(bundle.services[0]!, String(source.id), lookup);
    expect(normaliseHsds(out)).toEqual(normaliseHsds(source));
  });

  it('location.json, taxonomy.json, taxonomy_term.json', () => {
    const location = readExample('location');
    expect(toHsdsLocation(location.bundle.locations[0]!, location.lookup)).toEqual(example('location'));
    const taxonomy = readExample('taxonomy');
    expect(toHsdsTaxonomy(taxonomy.bundle.taxonomies[0]!, taxonomy.lookup)).toEqual(example('taxonomy'));
    const term = readExample('taxonomy_term');
    expect(term.bundle.taxonomies).toHaveLength(1);
    expect(toHsdsTaxonomyTerm(term.bundle.taxonomy_terms[0]!, term.lookup)).toEqual(example('taxonomy_term'));
  });

  it('the paged list forms', () => {
    const list = example('service_list');
    const { documents } = unpackHsdsJson(list, 'service_list.json');
    expect(documents.map((d) => d.kind)).toEqual(['service']);
    const bundle = withDefaults(hsdsToBundle(documents, { untranslated: 'hold' }).bundle);
    const contents = list.contents as Record<string, unknown>[];
    expect(toHsdsServiceBrief(bundle.services[0]!, bundleLookup(bundle))).toEqual(contents[0]);
  });

  it('refuses monolingual records by default, naming the record and the field', () => {
    const { documents } = unpackHsdsJson(example('service_full'), 'service_full.json');
    const result = hsdsToBundle(documents);
    expect(result.bundle.services).toEqual([]);
    const service = result.rejected.find((r) =>
      r.where.includes('service ac148810-d857-441c-9679-408f346de14b'),
    );
    expect(service?.field).toBe('name');
    expect(service?.reason).toMatch(/French text is missing for name, alternate_name, description/);
    expect(service?.reason).toMatch(/--untranslated hold/);
  });
});

describe('identifiers derived from records', () => {
  it('are the name-based ids of their names, the same when asked again', () => {
    for (let call = 0; call < 2; call += 1) {
      expect(frenchAttributeId('service', RICH_IDS.service, 'name')).toBe(
        stableId(`hsds-fr:service:${RICH_IDS.service}:name`),
      );
      expect(extensionAttributeId('service', RICH_IDS.service, 'stitch:channel', 'web')).toBe(
        stableId(`hsds-stitch:service:${RICH_IDS.service}:stitch:channel:web`),
      );
    }
  });
});

describe('a rich bilingual Stitch catalog through HSDS', () => {
  const original = CatalogBundle.parse(richBundle());
  const exported = bundleToHsds(original);

  it('writes English in the HSDS fields and French as attributes with the Stitch term', () => {
    const service = exported.services[0]!;
    expect(service.name).toBe('Employment Insurance regular benefits');
    const attributes = service.attributes as Record<string, unknown>[];
    expect(attributes).toContainEqual({
      id: frenchAttributeId('service', RICH_IDS.service, 'name'),
      link_id: RICH_IDS.service,
      link_entity: 'service',
      link_type: 'name',
      taxonomy_term_id: FRENCH_TERM.id,
      value: 'Prestations régulières d’assurance-emploi',
    });
    const channels = attributes.filter((a) => a.link_type === 'stitch:channel');
    expect(channels).toHaveLength(5);
    expect(channels.every((a) => a.taxonomy_term_id === EXTENSION_TERM.id)).toBe(true);
    expect(JSON.parse(String(channels[1]!.value))).toMatchObject({ kind: 'phone', unit_cost: 9.5 });
    // HSDS readers see the web, email and phone channels through the natural fields.
    expect(service.url).toBe('https://www.canada.ca/en/services/benefits/ei.html');
    expect(service.email).toBe('ei@esdc.example.ca');
    expect((service.phones as Record<string, unknown>[]).map((p) => p.number)).toContain('1-800-206-7218');
    expect(exported.taxonomy_terms.map((term) => term.id)).toEqual(
      expect.arrayContaining([FRENCH_TERM.id, EXTENSION_TERM.id]),
    );
    expect(exported.attributes.some((a) => a.link_id === RICH_IDS.term && a.value === 'Perte d’emploi')).toBe(
      true,
    );
  });

  it('reads back into the same catalog: French and every Stitch extension restored', () => {
    const read = hsdsToBundle(documentsOf(JSON.parse(JSON.stringify(exported))));
    expect(read.rejected).toEqual([]);
    const again = CatalogBundle.parse(read.bundle);
    expect(sortDeep(again)).toEqual(sortDeep(original));
  });

  it('export → import → export is identical', () => {
    const again = CatalogBundle.parse(hsdsToBundle(documentsOf(JSON.parse(JSON.stringify(exported)))).bundle);
    expect(bundleToHsds(again)).toEqual(exported);
  });

  it('with lang=fr puts French in the HSDS fields and no French attributes', () => {
    const lookup = bundleLookup(original);
    const service = toHsdsService(original.services[0]!, lookup, { lang: 'fr' });
    expect(service.name).toBe('Prestations régulières d’assurance-emploi');
    expect(
      (service.attributes as Record<string, unknown>[]).some((a) => a.taxonomy_term_id === FRENCH_TERM.id),
    ).toBe(false);
  });

  it('keeps a held record pending and exports it again as it came', () => {
    const input = richBundle();
    const service = input.services![0]!;
    const monolingual = {
      ...original,
      services: [
        { ...original.services[0]!, translation_pending: true, alert: { en: 'Closed Monday', fr: '' } },
      ],
    };
    void service;
    const documents = bundleToHsds(monolingual as CatalogBundle);
    const svc = documents.services[0]!;
    expect((svc.attributes as Record<string, unknown>[]).some((a) => a.link_type === 'alert')).toBe(false);
    const refused = hsdsToBundle(documentsOf(documents));
    expect(refused.rejected[0]).toMatchObject({ field: 'alert' });
    const held = hsdsToBundle(documentsOf(documents), { untranslated: 'hold' });
    expect(held.rejected).toEqual([]);
    expect(held.bundle.services[0]).toMatchObject({
      translation_pending: true,
      alert: { en: 'Closed Monday', fr: '' },
    });
    expect(bundleToHsds(withDefaults(held.bundle)).services).toEqual(documents.services);
  });
});

/** Arrays sorted by id: HSDS gives arrays no order. */
function sortDeep(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sortDeep);
    return items.every((item) => item && typeof item === 'object' && 'id' in (item as object))
      ? [...items].sort((a, b) =>
          String((a as { id: unknown }).id).localeCompare(String((b as { id: unknown }).id)),
        )
      : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sortDeep(v)]));
  return value;
}
