import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS, resolveDepartment } from './departments.js';
import { InventoryFileError } from './read.js';
import { defaultIgocPath, IGOC_COLUMNS, igocWebsite, parseIgoc, readIgoc } from './igoc.js';

const HEADER =
  'org_id,legal_title_en,legal_title_fr,applied_title_en,applied_title_fr,abbr_en,abbr_fr,description_en,description_fr,dept_website_en,dept_website_fr';

describe('IGOC reader', () => {
  it('names an organisation by its applied title, else its legal title, and reads its website', () => {
    const table = parseIgoc(
      `\ufeff${HEADER}\n1,Department of A,Ministère de A,A Canada,A Canada (fr),,,About A.,Au sujet de A.,www.a.gc.ca,www.a.gc.ca/fr\n2,B Board,Conseil B,,,,,,,,\n`,
      '/tmp/igoc.csv',
    );
    expect(table.found).toBe(true);
    expect(table.organizations.get('1')).toMatchObject({
      name: { en: 'A Canada', fr: 'A Canada (fr)' },
      description: { en: 'About A.', fr: 'Au sujet de A.' },
      website: { en: 'https://www.a.gc.ca', fr: 'https://www.a.gc.ca/fr' },
    });
    expect(table.organizations.get('2')).toMatchObject({
      name: { en: 'B Board', fr: 'Conseil B' },
      description: { en: '', fr: '' },
      website: { en: null, fr: null },
    });
    expect(igocWebsite('www.priv.gc.ca *,* www.oic-ci.gc.ca')).toBe('https://www.priv.gc.ca');
  });

  it('refuses a file that is not IGOC, and reports a missing one as not found', async () => {
    expect(() => parseIgoc('fiscal_yr,service_id\n2019-2020,1\n', '/tmp/si.csv')).toThrow(InventoryFileError);
    const missing = await readIgoc('/nonexistent/igoc.csv');
    expect(missing).toMatchObject({ found: false, path: '/nonexistent/igoc.csv' });
    expect(defaultIgocPath({ STITCH_IGOC_CSV: '/data/igoc.csv' })).toBe('/data/igoc.csv');
  });

  it('ships the columns it reads for every known department (scripts/extract-igoc.ts)', async () => {
    const path = defaultIgocPath({});
    expect(path).toMatch(/\/data\/reference\/gc-departments\/igoc\.csv$/);
    expect(readFileSync(path, 'utf8').split('\n', 1)[0]).toBe(IGOC_COLUMNS.join(','));
    const igoc = await readIgoc(path);
    expect(DEPARTMENTS.filter((department) => !igoc.organizations.has(department.igoc))).toEqual([]);
    expect(igoc.organizations.get('1')).toMatchObject({
      name: { en: 'Agriculture and Agri-Food Canada', fr: 'Agriculture et Agroalimentaire Canada' },
      website: { en: expect.stringMatching(/^https:\/\/.*agr\.gc\.ca/) },
    });
  });

  it('adds IGOC’s titles to the spellings a department is recognised by, without changing stored ones', async () => {
    const igoc = await readIgoc();
    const legal = { en: 'Department of Agriculture and Agri-Food', fr: '' };
    expect(resolveDepartment(legal).known).toBe(false);
    expect(resolveDepartment(legal, igoc).key).toBe('aafc-aac');
    expect(resolveDepartment({ en: 'Western Economic Diversification Canada', fr: '' }, igoc).key).toBe(
      'prairiescan',
    );
  });
});
