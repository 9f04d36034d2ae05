import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  PROJECT_ROOT,
  ReferenceDataError,
  fromProjectRoot,
  parseReferenceCsv,
  readReferenceCsv,
  readReferenceJson,
  referenceDataPath,
} from './index.js';

const Row = z.object({ code: z.string().regex(/^[A-Z]$/), lat: z.coerce.number().min(-90).max(90) });

function errorOf(run: () => unknown): ReferenceDataError {
  try {
    run();
  } catch (error) {
    if (error instanceof ReferenceDataError) return error;
    throw error;
  }
  throw new Error('expected a ReferenceDataError');
}

describe('reference data', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'stitch-reference-'));
  });
  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('finds data/reference from the project root, whatever the working directory', () => {
    expect(existsSync(join(PROJECT_ROOT, 'package.json'))).toBe(true);
    expect(referenceDataPath('places', 'places.csv')).toBe(
      join(PROJECT_ROOT, 'data/reference/places/places.csv'),
    );
    expect(fromProjectRoot('data/x.csv')).toBe(join(PROJECT_ROOT, 'data/x.csv'));
    expect(fromProjectRoot('/srv/x.csv')).toBe('/srv/x.csv');
  });

  it('reads CSV rows through their schema, and names the line and field of a bad row', async () => {
    const good = join(scratch, 'good.csv');
    await writeFile(good, '\ufeffcode,lat\nA,48.95\nB,45.37\n');
    expect(readReferenceCsv(good, Row)).toEqual([
      { code: 'A', lat: 48.95 },
      { code: 'B', lat: 45.37 },
    ]);

    const bad = errorOf(() => parseReferenceCsv('code,lat\nA,48.95\nB,north\n', '/data/regions.csv', Row));
    expect(bad.message).toMatch(/^Reference data \/data\/regions\.csv line 3: lat: /);
    expect(bad.code).toBe('INTERNAL');
    expect(errorOf(() => parseReferenceCsv('code,lat\nAB,1\n', 'r.csv', Row)).message).toMatch(
      /line 2: code: /,
    );
    expect(errorOf(() => parseReferenceCsv('code,lat\n"A,1\n', 'r.csv', Row)).message).toMatch(
      /not readable CSV/,
    );
  });

  it('reads JSON through its schema, and names a missing file or the entry that does not match', async () => {
    const file = join(scratch, 'names.json');
    await writeFile(file, JSON.stringify([{ code: 'A', lat: 1 }, { code: 'B' }]));
    const schema = z.array(z.object({ code: z.string(), lat: z.number() }));
    expect(errorOf(() => readReferenceJson(file, schema)).message).toMatch(/names\.json: 1\.lat: /);
    await writeFile(file, '{');
    expect(errorOf(() => readReferenceJson(file, schema)).message).toMatch(/names\.json: not JSON/);
    expect(errorOf(() => readReferenceJson(join(scratch, 'gone.json'), schema)).message).toMatch(
      /gone\.json: ENOENT/,
    );
  });
});
