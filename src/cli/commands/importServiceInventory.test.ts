import { describe, expect, it } from 'vitest';
import { CliExit, EXIT } from '../runtime.js';
import { parseServiceInventoryArgs, runImportServiceInventory } from './importServiceInventory.js';

const DATA = '../shared/data/gc-service-inventory';

async function exitOf(args: string[]): Promise<CliExit> {
  try {
    await runImportServiceInventory(args);
  } catch (error) {
    if (error instanceof CliExit) return error;
    throw error;
  }
  throw new Error('expected the command to refuse');
}

describe('stitch import gc-service-inventory', () => {
  it('takes a services file and an optional standards file', () => {
    expect(parseServiceInventoryArgs(['a.csv'])).toMatchObject({ strict: false });
    expect(parseServiceInventoryArgs(['a.csv', 'b.csv', '--strict']).standards).toMatch(/b\.csv$/);
    expect(() => parseServiceInventoryArgs([])).toThrow(CliExit);
    expect(() => parseServiceInventoryArgs(['a.csv', '--force'])).toThrow(/Unknown option --force/);
  });

  it('takes the IGOC file from --organizations, else STITCH_IGOC_CSV, else the extract in data/reference', () => {
    expect(parseServiceInventoryArgs(['a.csv'], {}).organizations).toMatch(
      /\/data\/reference\/gc-departments\/igoc\.csv$/,
    );
    expect(parseServiceInventoryArgs(['a.csv'], { STITCH_IGOC_CSV: '/data/igoc.csv' }).organizations).toBe(
      '/data/igoc.csv',
    );
    const given = parseServiceInventoryArgs(['a.csv', '--organizations', '/x/orgs.csv', 'b.csv'], {
      STITCH_IGOC_CSV: '/data/igoc.csv',
    });
    expect(given).toMatchObject({
      organizations: '/x/orgs.csv',
      standards: expect.stringMatching(/b\.csv$/),
    });
    expect(parseServiceInventoryArgs(['a.csv', '--organizations=/y.csv'], {}).organizations).toBe('/y.csv');
    expect(() => parseServiceInventoryArgs(['a.csv', '--organizations'])).toThrow(
      /--organizations needs a file/,
    );
  });

  it('refuses bad files before touching the database, naming the file', async () => {
    const missing = await exitOf([`${DATA}/nope.csv`]);
    expect(missing.exitCode).toBe(EXIT.noInput);
    expect(missing.message).toMatch(/nope\.csv: no such file/);

    const wrong = await exitOf(['../shared/data/gc-organizations/igoc.csv']);
    expect(wrong.exitCode).toBe(EXIT.dataError);
    expect(wrong.message).toMatch(/igoc\.csv row 1: not a GC Service Inventory file/);

    const swapped = await exitOf([`${DATA}/yearly/2019-2020_standards.csv`]);
    expect(swapped.exitCode).toBe(EXIT.dataError);
    expect(swapped.message).toMatch(/2019-2020_standards\.csv is a standards file/);

    const yaml = await exitOf([`${DATA}/yearly/2019-2020_services.csv`, `${DATA}/schema/service.yaml`]);
    expect(yaml.exitCode).toBe(EXIT.dataError);
    expect(yaml.message).toMatch(/service\.yaml/);
  });
});
