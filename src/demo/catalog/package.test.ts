/**
 * data/demo/catalog is an HSDS 3.0 tabular data package: the official descriptor, each of its tables
 * with the official columns, and every record it holds valid against the official schemas, with no
 * field HSDS does not define.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { hsds } from '../../domains/interchange/index.js';
import { DEMO_CATALOG_DIR } from './index.js';

const validator = hsds.hsdsValidator();
const json = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

interface Resource {
  path: string;
  schema: { fields: { name: string }[] };
}

describe.skipIf(!validator)('the demo catalog data package', () => {
  const descriptor = json(join(DEMO_CATALOG_DIR, 'datapackage.json')) as { resources: Resource[] };

  it('has the official descriptor, and each table it lists with the official columns', () => {
    expect(descriptor).toEqual(json(join(hsds.hsdsSchemaDir(), '..', 'datapackage.json')));
    const files = readdirSync(DEMO_CATALOG_DIR).sort();
    expect(files).toEqual([...descriptor.resources.map((r) => r.path), 'datapackage.json'].sort());
    for (const resource of descriptor.resources) {
      const [header] = parse(readFileSync(join(DEMO_CATALOG_DIR, resource.path), 'utf8'), {
        to_line: 1,
      }) as string[][];
      expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
    }
  });

  it('holds only records valid against the HSDS 3.0 schemas, with no unknown field', () => {
    const read = hsds.readHsdsPath(DEMO_CATALOG_DIR);
    expect(read.rejected).toEqual([]);
    const kinds = new Map<string, number>();
    const problems: string[] = [];
    const check = (kind: hsds.HsdsSchemaKind, where: string, record: unknown) => {
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      for (const problem of validator!.check(kind, record, { strict: true }))
        problems.push(`${where} ${problem.field}: ${problem.reason}`);
    };
    for (const { kind, where, data } of read.documents) {
      // Taxonomies and terms have no attributes in HSDS 3.0: the package holds their French as
      // top-level rows of attributes.csv, which reading joins to them.
      if (kind === 'taxonomy' || kind === 'taxonomy_term') {
        const { attributes, ...record } = data;
        check(kind, where, record);
        if (Array.isArray(attributes))
          for (const attribute of attributes) check('attribute', `${where} attribute`, attribute);
      } else check(kind, where, data);
    }
    expect(problems).toEqual([]);
    expect(Object.fromEntries(kinds)).toMatchObject({ organization: 31, location: 16, service: 123 });
  });
});
