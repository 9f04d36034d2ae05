import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../demo/index.js';
import { createTestApp, type TestApp } from '../../../testing/app.js';

/** Every class and property name of the schema.org 30.0 release. */
const vocabulary = new Set(
  (
    JSON.parse(
      readFileSync(
        new URL('../../../../../shared/data/schemaorg/30.0/schemaorg-current-https.jsonld', import.meta.url),
        'utf8',
      ),
    ) as { '@graph': { '@id': string }[] }
  )['@graph'].map((node) => node['@id'].replace(/^schema:/, '')),
);

/** Names used in a JSON-LD value that schema.org does not define. */
function unknownNames(value: unknown, path = '$'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => unknownNames(item, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  const out: string[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === '@type' && typeof child === 'string' && !vocabulary.has(child))
      out.push(`${path}.@type=${child}`);
    if (!key.startsWith('@') && !vocabulary.has(key)) out.push(`${path}.${key}`);
    out.push(...unknownNames(child, `${path}.${key}`));
  }
  return out;
}

function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1]!) as unknown,
  );
}

describe('schema.org JSON-LD on cluster and service pages', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await seedDemo(test.database.db);
  });
  afterAll(() => test.close());

  it('uses only schema.org 30.0 types and properties, on every demo cluster in both languages', async () => {
    const { clusters } = (await test.app.inject('/api/v1/clusters')).json() as {
      clusters: { url: { en: string; fr: string } }[];
    };
    expect(clusters).toHaveLength(8);
    for (const cluster of clusters) {
      for (const url of [cluster.url.en, cluster.url.fr]) {
        const page = await test.app.inject(url);
        expect(page.statusCode).toBe(200);
        const [ld] = jsonLdOf(page.body) as [
          { '@type': string; itemListElement: { item: { '@type': string } }[] },
        ];
        expect(ld['@type']).toBe('ItemList');
        expect(ld.itemListElement.length).toBeGreaterThan(3);
        expect(new Set(ld.itemListElement.map((e) => e.item['@type']))).toEqual(
          new Set(['GovernmentService']),
        );
        expect(unknownNames(ld)).toEqual([]);
      }
    }
  });

  it('describes a service page as a GovernmentService with its provider and channels', async () => {
    const { results } = (await test.app.inject('/api/v1/search?q=passport&lang=en')).json() as {
      results: { type: string; url: string }[];
    };
    const service = results.find((r) => r.type === 'service')!;
    const [ld] = jsonLdOf((await test.app.inject(service.url)).body) as [Record<string, unknown>];
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'GovernmentService',
      provider: { '@type': 'GovernmentOrganization' },
    });
    expect((ld.availableChannel as unknown[]).length).toBeGreaterThan(0);
    expect(unknownNames(ld)).toEqual([]);
  });
});
