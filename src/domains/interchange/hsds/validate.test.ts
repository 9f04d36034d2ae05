import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogBundle } from '../../catalog/index.js';
import { bundleToHsds } from './documents.js';
import { bundleLookup } from './lookup.js';
import { RICH_IDS, richBundle } from './testFixtures.js';
import {
  toHsdsOrganizationBrief,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsServiceBrief,
} from './toHsds.js';
import { hsdsSchemaDir, hsdsValidator } from './validate.js';

const validator = hsdsValidator();
const EXAMPLES = join(hsdsSchemaDir(), '../examples');
const example = (name: string) =>
  JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8')) as Record<string, unknown>;

describe.skipIf(!validator)('HSDS 3.0 schema validation', () => {
  const v = validator!;

  it('accepts the official examples, even with unknown fields refused', () => {
    for (const [kind, name] of [
      ['service', 'service_full'],
      ['organization', 'organization_full'],
      ['service_at_location', 'service_at_location_full'],
      ['location', 'location'],
      ['taxonomy', 'taxonomy'],
      ['taxonomy_term', 'taxonomy_term'],
    ] as const) {
      expect(v.check(kind, example(name), { strict: true }), name).toEqual([]);
    }
  });

  it('names unknown fields and broken values with their path', () => {
    const broken = {
      ...example('service_full'),
      colour: 'red',
      phones: [{ id: 'not-a-uuid', number: '1', shoe_size: 9 }],
    };
    expect(v.check('service', broken)).toEqual([
      { field: 'phones[0].id', reason: 'must match format "uuid"' },
    ]);
    expect(v.check('service', broken, { strict: true })).toEqual(
      expect.arrayContaining([
        { field: 'colour', reason: 'is not an HSDS 3.0 field' },
        { field: 'phones[0].shoe_size', reason: 'is not an HSDS 3.0 field' },
      ]),
    );
  });

  it('every record of a rich bilingual export validates with no unknown fields', () => {
    const bundle = CatalogBundle.parse(richBundle());
    const set = bundleToHsds(bundle);
    const check = (kind: Parameters<typeof v.check>[0], records: Record<string, unknown>[]) => {
      expect(records.length).toBeGreaterThan(0);
      for (const record of records)
        expect(v.check(kind, record, { strict: true }), `${kind} ${String(record.id)}`).toEqual([]);
    };
    check('service', set.services);
    check('organization', set.organizations);
    check('location', set.locations);
    check('taxonomy', set.taxonomies);
    check('taxonomy_term', set.taxonomy_terms);
    check('attribute', set.attributes);
    const lookup = bundleLookup(bundle);
    const service = bundle.services[0]!;
    check('service', [toHsdsService(service, lookup), toHsdsService(service, lookup, { lang: 'fr' })]);
    check('service_at_location', [toHsdsServiceAtLocation(service, RICH_IDS.link, lookup)]);
    check('service_list', [toHsdsServiceBrief(service, lookup)]);
    check(
      'organization_list',
      bundle.organizations.map((o) => toHsdsOrganizationBrief(o, lookup)),
    );
    check('service_at_location_list', [
      toHsdsServiceAtLocation(service, RICH_IDS.link, lookup, { brief: true }),
    ]);
  });
});
