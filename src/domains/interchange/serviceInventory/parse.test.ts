import { describe, expect, it } from 'vitest';
import { cleanText, cleanUrl, normaliseId, parseFigure, splitCodes, splitNames, toShare } from './clean.js';
import { resolveDepartment } from './departments.js';
import { planImport, serviceUuid, type MappingContext } from './mapping.js';
import { ParseNotes, parseServiceRows, parseStandardRows } from './parse.js';
import { InventoryFileError, parseInventoryCsv, readInventoryFile } from './read.js';
import { CatalogBundle } from '../../catalog/index.js';

const DATA = '../shared/data/gc-service-inventory';

const emptyContext = (): MappingContext => ({
  jurisdiction: { id: '6f1c2b9e-0d7a-4c1e-9a53-2f7e1b0c8d44', create: true },
  newerRows: new Map(),
  existingStandards: new Map(),
  existingPrograms: new Map(),
  existingServiceKeys: new Set(),
});

describe('cells', () => {
  it('keeps ND, NA and empty apart, with the raw cell', () => {
    expect(parseFigure('ND')).toEqual({ value: null, raw: 'ND', status: 'no_data' });
    expect(parseFigure('NA')).toEqual({ value: null, raw: 'NA', status: 'not_applicable' });
    expect(parseFigure('')).toEqual({ value: null, raw: '', status: 'empty' });
    expect(parseFigure('12 calls')).toEqual({ value: null, raw: '12 calls', status: 'invalid' });
    expect(parseFigure('1,234').value).toBe(1234);
    expect(parseFigure('4947').value).toBe(4947);
  });

  it('cleans Excel artefacts and splits codes and names', () => {
    expect(cleanText('Line one._x000D_\nLine two')).toBe('Line one.\nLine two');
    expect(splitCodes('eml,fax, ONL,eml')).toEqual(['eml', 'fax', 'onl']);
    expect(splitNames('Aerospace,Energy, Mining and Environment')).toEqual([
      'Aerospace',
      'Energy, Mining and Environment',
    ]);
    expect(splitNames(`'Inclusive Communities', "Écosystème d'innovation"`)).toEqual([
      'Inclusive Communities',
      "Écosystème d'innovation",
    ]);
    expect(cleanUrl('N/A')).toBeNull();
    expect(cleanUrl('http://')).toBeNull();
    expect(cleanUrl('www.canada.ca/en')).toBe('https://www.canada.ca/en');
    expect(normaliseId('aafc-aac - 10')).toBe('aafc-aac-10');
  });

  it('reads targets as shares on the file’s scale', () => {
    expect(toShare(parseFigure('80'), true)).toBe(0.8);
    expect(toShare(parseFigure('0.8'), false)).toBe(0.8);
    expect(toShare(parseFigure('99.9'), true)).toBe(0.999);
    expect(toShare(parseFigure('ND'), true)).toBeNull();
  });

  it('resolves departments by slug and by either language, across renamings', () => {
    expect(resolveDepartment({ en: 'Agriculture and Agri-Food Canada', fr: '' }).key).toBe('aafc-aac');
    expect(resolveDepartment({ en: '', fr: 'Agriculture et Agroalimentaire Canada' }).key).toBe('aafc-aac');
    expect(resolveDepartment({ slug: 'aafc-aac', en: 'x', fr: 'y' }).key).toBe('aafc-aac');
    expect(
      resolveDepartment({
        en: 'Department of Indigenous Services',
        fr: 'Ministère des Services aux Autochtones',
      }).key,
    ).toBe('isc-sac');
    expect(
      resolveDepartment({ en: 'Indigenous Services Canada', fr: 'Services aux Autochtones Canada' }).key,
    ).toBe('isc-sac');
    const unknown = resolveDepartment({
      en: 'Ministry of Silly Walks',
      fr: 'Ministère des démarches ridicules',
    });
    expect(unknown).toMatchObject({ key: 'x-ministry-of-silly-walks', known: false });
  });
});

describe('reading files', () => {
  it('detects each format by its header and removes the BOM', async () => {
    const yearly = await readInventoryFile(`${DATA}/yearly/2019-2020_services.csv`);
    expect(yearly.format).toBe('services-yearly');
    expect(yearly.hadBom).toBe(true);
    expect(yearly.header[0]).toBe('fiscal_yr');
    expect(yearly.rows).toHaveLength(1231);
    expect((await readInventoryFile(`${DATA}/yearly/2019-2020_standards.csv`)).format).toBe(
      'standards-yearly',
    );
    expect((await readInventoryFile(`${DATA}/2024/si_2024.csv`)).format).toBe('services-2024');
    expect((await readInventoryFile(`${DATA}/2024/ss_2024.csv`)).format).toBe('standards-2024');
  });

  it('refuses a missing file, a wrong header and broken CSV, naming the file', async () => {
    await expect(readInventoryFile(`${DATA}/nope.csv`)).rejects.toMatchObject({ problem: 'not_found' });
    expect(() => parseInventoryCsv('id,name\n1,x\n', 'other.csv')).toThrow(
      /other\.csv row 1: not a GC Service Inventory file/,
    );
    expect(() =>
      parseInventoryCsv('fiscal_yr,service_id,online_applications\n2019-2020,1,5\n', 'short.csv'),
    ).toThrow(/short\.csv row 1: .*lacks the columns .*service_name_en/);
    try {
      parseInventoryCsv('service_std_id,fiscal_yr\n"1,2019-2020\n', 'broken.csv');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InventoryFileError);
      expect((error as Error).message).toMatch(/broken\.csv.*not valid CSV/);
    }
  });
});

describe('2019-2020 services and standards', async () => {
  const notes = new ParseNotes();
  const services = parseServiceRows(await readInventoryFile(`${DATA}/yearly/2019-2020_services.csv`), notes);
  const standards = parseStandardRows(
    await readInventoryFile(`${DATA}/yearly/2019-2020_standards.csv`),
    notes,
  );
  const plan = planImport(services.rows, standards.rows, emptyContext(), notes);

  it('reads every row and produces a bundle the catalog schema accepts', () => {
    expect(services.rows).toHaveLength(1231);
    expect(standards.rows).toHaveLength(1784);
    expect(services.rejected).toEqual([]);
    expect(CatalogBundle.safeParse(plan.bundle).success).toBe(true);
    expect(plan.volumes).toHaveLength(1231 * 7);
    expect(plan.results).toHaveLength(1784);
  });

  it('keeps the Canada Business Network figures (ACOA, service 716) as published', () => {
    const row = services.rows.find((r) => r.serviceId === '716')!;
    expect(row.department.key).toBe('acoa-apeca');
    expect(row.name.en).toBe('Canada Business Network');
    const id = serviceUuid('acoa-apeca:716');
    const figure = (channel: string, metric: string) =>
      plan.volumes.find((v) => v.service_id === id && v.channel === channel && v.metric === metric);
    expect(figure('phone', 'enquiries')).toMatchObject({ value: 1111, raw: '1111', status: 'number' });
    expect(figure('phone', 'applications')).toMatchObject({ value: 108, status: 'number' });
    expect(figure('mail', 'applications')).toMatchObject({ value: 970, status: 'number' });
    expect(figure('online', 'web_visits')).toMatchObject({ value: 0, raw: '0', status: 'number' });
  });

  it('keeps an ND cell raw with no value (Treatment Allowance, VAC 1263)', () => {
    const id = serviceUuid('vac-acc:1263');
    expect(
      plan.volumes.find((v) => v.service_id === id && v.channel === 'phone' && v.metric === 'enquiries'),
    ).toMatchObject({
      value: null,
      raw: 'ND',
      status: 'no_data',
      source_column: 'calls_received',
    });
  });

  it('maps channel codes to channel kinds, fax and other as volumes only', () => {
    const service = plan.bundle.services!.find((s) => s.external_id === 'acoa-apeca:716')!;
    expect(services.rows.find((r) => r.serviceId === '716')!.channelCodes).toEqual([
      'eml',
      'fax',
      'onl',
      'oth',
      'person',
      'post',
      'tel',
    ]);
    expect(service.channels!.map((c) => [c.kind, c.delivery])).toEqual([
      ['web', 'self_serve'],
      ['phone', 'serviced'],
      ['walk_in', 'serviced'],
      ['mail', 'serviced'],
      ['email', 'serviced'],
    ]);
    expect(service.channels![0]!.url).toEqual(service.url);
  });

  it('reads a standard’s target and performance as shares, keeping the raw cells (standard 3084)', () => {
    const result = plan.results.find((r) => JSON.parse(r.raw as string).service_std_id === '3084')!;
    expect(result).toMatchObject({
      service_id: serviceUuid('wage:2104'),
      target: 0.8,
      target_raw: '80',
      volume_meeting_target: 559,
      total_volume: 716,
      performance: 0.78,
      performance_raw: '78.0',
      channel: 'onl',
    });
    const standard = plan.bundle
      .services!.find((s) => s.external_id === 'wage:2104')!
      .standards!.find((s) => s.external_id === 'wage:2104:std:3084')!;
    expect(standard).toMatchObject({ target: 0.8, channel_kind: 'web', standard_type: 'timeliness' });
  });

  it('notes the quirks it handled', () => {
    expect(notes.count('figure-nd')).toBe(553 + 571 + 562 + 816 + 811 + 693 + 289 + 59 * 3 + 500);
    expect(notes.count('excel-artefacts')).toBeGreaterThan(0);
    expect(notes.count('program-multi')).toBeGreaterThan(100);
  });
});

describe('2016-2017 services', async () => {
  const notes = new ParseNotes();
  const services = parseServiceRows(await readInventoryFile(`${DATA}/yearly/2016-2017_services.csv`), notes);

  it('keys legacy ids without spaces and keeps a reused id apart', () => {
    expect(services.rows.find((r) => r.serviceId === 'aafc-aac - 10')!.key).toBe('aafc-aac:aafc-aac-10');
    const reused = services.rows.filter((r) => r.serviceId === '1464').map((r) => r.key);
    expect(reused).toEqual(['cic:1464', 'cic:1464#2']);
    expect(notes.count('duplicate-service-id')).toBe(2);
  });

  it('derives channels from volumes when the file gives the channel list as ND', () => {
    const plan = planImport(services.rows, [], emptyContext(), notes);
    expect(services.rows.every((r) => r.channelCodes === null)).toBe(true);
    const withOnline = services.rows.find(
      (r) => (r.volumes.find((v) => v.column === 'online_applications')!.figure.value ?? 0) > 0,
    )!;
    const service = plan.bundle.services!.find((s) => s.external_id === withOnline.key)!;
    expect(service.channels!.map((c) => c.kind)).toContain('web');
  });
});

describe('2024 files', async () => {
  const notes = new ParseNotes();
  const services = parseServiceRows(await readInventoryFile(`${DATA}/2024/si_2024.csv`), notes);
  const standards = parseStandardRows(await readInventoryFile(`${DATA}/2024/ss_2024.csv`), notes);
  const plan = planImport(services.rows, standards.rows, emptyContext(), notes);

  it('keeps NA and ND apart and maps the os_* flags to the six stages', () => {
    expect(notes.count('figure-na')).toBeGreaterThan(5000);
    const row = services.rows[0]!;
    expect(row.stages.map((s) => s.stage)).toEqual([
      'registration',
      'authentication',
      'application',
      'decision',
      'issuance',
      'feedback',
    ]);
    expect(row.stages.find((s) => s.stage === 'feedback')!.column).toBe('os_issue_resolution_feedback');
    expect(CatalogBundle.safeParse(plan.bundle).success).toBe(true);
  });

  it('splits multi-value scope and quoted program lists, pairing program codes', () => {
    const multi = services.rows.find((r) => r.raw.program_id === 'BLL01,BLL02,BLL03,BLL04')!;
    expect(multi.programs.map((p) => p.code)).toEqual(['BLL01', 'BLL02', 'BLL03', 'BLL04']);
    expect(multi.programs[0]!.name).toEqual({
      en: 'Business innovation and growth',
      fr: 'Innovation et croissance des entreprises',
    });
    expect(services.rows.find((r) => r.raw.service_scope === 'EXTERN,INTERN')!.codes.service_scope).toEqual([
      'extern',
      'intern',
    ]);
  });

  it('keeps one service across its two fiscal years in the file', () => {
    const years = services.rows.filter((r) => r.serviceId === 'SRV02975');
    expect(years.map((r) => r.fiscalYear).sort()).toEqual(['2023-2024', '2024-2025']);
    expect(new Set(years.map((r) => r.key)).size).toBe(1);
    expect(plan.bundle.services!.filter((s) => s.external_id === years[0]!.key)).toHaveLength(1);
    expect(plan.records.filter((r) => r.service_id === serviceUuid(years[0]!.key))).toHaveLength(2);
  });

  it('reads 2024 targets as fractions and target_met as published', () => {
    const result = plan.results.find((r) => r.target_raw === '0.8' && r.target_met === 'Y')!;
    expect(result.target).toBe(0.8);
  });
});

describe('a row lacking one language', () => {
  it('imports the service with translation_pending and notes it', () => {
    const header =
      'fiscal_yr,service_id,service_name_en,service_name_fr,department_name_en,department_name_fr,external_internal,service_type,special_designations,service_description_en,service_description_fr,service_url_en,service_url_fr,program_name_en,program_name_fr,last_GBA,ident_platform,client_target_groups,info_service,service_fee,cra_business_number,use_of_sin,service_channels,calls_received,web_visits_info_service,online_applications,telephone_applications,in_person_applications,postal_mail_applications,other_applications,e_registration,e_authentication,e_application,e_decision,e_issuance,e_feedback,client_feedback,special_remarks_en,special_remarks_fr';
    const row =
      '2019-2020,9001,Test service,,Transport Canada,Transports Canada,extern,reg,non,An English description,,,,,,,,person,N,N,NA,NA,onl,ND,ND,10,ND,ND,ND,0,Y,Y,Y,N,N,N,,,';
    const notes = new ParseNotes();
    const parsed = parseServiceRows(parseInventoryCsv(`${header}\n${row}\n`, 'one.csv'), notes);
    const plan = planImport(parsed.rows, [], emptyContext(), notes);
    expect(plan.bundle.services![0]).toMatchObject({
      translation_pending: true,
      name: { en: 'Test service', fr: '' },
    });
    expect(notes.count('translation-pending')).toBe(1);
  });
});
