import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClusterDefinitionSchema } from '../domains/clusters/index.js';
import { demoClusters } from './clusters/index.js';
import { DEMO_DATA_DIR, DemoDataError, readDemoJson } from './data.js';
import { demoServiceTerms } from './search/terms.js';

const scratch = mkdtempSync(join(tmpdir(), 'stitch-demo-data-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const Cluster = z.object({ definition: ClusterDefinitionSchema });

describe('reading a demo data file', () => {
  it('finds data/demo from the project root, whatever the working directory', () => {
    const cwd = process.cwd();
    process.chdir(scratch);
    try {
      expect(demoClusters().map((cluster) => cluster.definition.key)).toContain('moving');
      expect(demoServiceTerms().length).toBeGreaterThan(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('names the file and the field of a value that does not fit the schema', () => {
    const cluster = JSON.parse(readFileSync(join(DEMO_DATA_DIR, 'clusters', 'moving.json'), 'utf8')) as {
      definition: { stages: { title: Record<string, string> }[] };
    };
    delete cluster.definition.stages[0]!.title.fr;
    const file = join(scratch, 'moving.json');
    writeFileSync(file, JSON.stringify(cluster));
    const read = () => readDemoJson(file, Cluster);
    expect(read).toThrow(DemoDataError);
    expect(read).toThrow(
      /moving\.json is not valid: definition\.stages\.0\.title\.fr: French text is required/,
    );
  });

  it('names a file that is not JSON', () => {
    const file = join(scratch, 'broken.json');
    writeFileSync(file, '{ "definition": ');
    expect(() => readDemoJson(file, Cluster)).toThrow(/broken\.json is not valid: .*JSON/);
  });
});
