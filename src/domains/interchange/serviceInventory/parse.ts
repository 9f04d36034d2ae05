/**
 * Rows of either format (2016–2020 yearly, 2024) into one shape: `ServiceRow` and `StandardRow`. Rows that
 * cannot name a service (no id, no name in either language, no fiscal year) are rejected with the row and
 * field; everything else is kept, with quirks counted in `ParseNotes`.
 */
import {
  cleanLine,
  cleanText,
  cleanUrl,
  hadArtefacts,
  isGrouped,
  normaliseId,
  parseFigure,
  splitCodes,
  splitNames,
  toShare,
} from './clean.js';
import { resolveDepartment } from './departments.js';
import type { IgocTable } from './igoc.js';
import type { InventoryTable } from './read.js';
import type {
  DepartmentRef,
  OnlineStage,
  ProgramRef,
  Rejection,
  ServiceRow,
  StageCell,
  StandardRow,
  VolumeCell,
  VolumeChannel,
  VolumeMetric,
  YesNo,
} from './types.js';

/** Quirk counters, turned into the summary's notes. */
export class ParseNotes {
  readonly counts = new Map<string, number>();
  readonly examples = new Map<string, string[]>();

  add(kind: string, example?: string, by = 1): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + by);
    if (example) {
      const list = this.examples.get(kind) ?? [];
      if (list.length < 3 && !list.includes(example)) list.push(example);
      this.examples.set(kind, list);
    }
  }

  count(kind: string): number {
    return this.counts.get(kind) ?? 0;
  }
}

const VOLUMES: Record<'yearly' | '2024', [string, VolumeChannel, VolumeMetric][]> = {
  yearly: [
    ['calls_received', 'phone', 'enquiries'],
    ['web_visits_info_service', 'online', 'web_visits'],
    ['online_applications', 'online', 'applications'],
    ['telephone_applications', 'phone', 'applications'],
    ['in_person_applications', 'in_person', 'applications'],
    ['postal_mail_applications', 'mail', 'applications'],
    ['other_applications', 'other', 'applications'],
  ],
  '2024': [
    ['num_phone_enquiries', 'phone', 'enquiries'],
    ['num_website_visits', 'online', 'web_visits'],
    ['num_applications_online', 'online', 'applications'],
    ['num_applications_by_phone', 'phone', 'applications'],
    ['num_applications_in_person', 'in_person', 'applications'],
    ['num_applications_by_mail', 'mail', 'applications'],
    ['num_applications_by_email', 'email', 'applications'],
    ['num_applications_by_fax', 'fax', 'applications'],
    ['num_applications_by_other', 'other', 'applications'],
    ['num_applications_total', 'total', 'applications'],
  ],
};

const STAGES: Record<'yearly' | '2024', [string, OnlineStage][]> = {
  yearly: [
    ['e_registration', 'registration'],
    ['e_authentication', 'authentication'],
    ['e_application', 'application'],
    ['e_decision', 'decision'],
    ['e_issuance', 'issuance'],
    ['e_feedback', 'feedback'],
  ],
  '2024': [
    ['os_account_registration', 'registration'],
    ['os_authentication', 'authentication'],
    ['os_application', 'application'],
    ['os_decision', 'decision'],
    ['os_issuance', 'issuance'],
    ['os_issue_resolution_feedback', 'feedback'],
  ],
};

/** Code fields kept as attributes of the service (raw rows keep every other field). */
const CODE_FIELDS: Record<'yearly' | '2024', Record<string, string>> = {
  yearly: {
    service_type: 'service_type',
    service_scope: 'external_internal',
    client_target_groups: 'client_target_groups',
    special_designations: 'special_designations',
  },
  '2024': {
    service_type: 'service_type',
    service_scope: 'service_scope',
    client_target_groups: 'client_target_groups',
    service_recipient_type: 'service_recipient_type',
  },
};

const STANDARD_TYPES: Record<string, string> = {
  time: 'timeliness',
  tml: 'timeliness',
  accur: 'accuracy',
  acy: 'accuracy',
  acces: 'access',
  acs: 'access',
  oth: 'other',
};

const FISCAL_YEAR = /^(\d{4})-(\d{4})$/;

function yesNo(raw: string | undefined): YesNo | null {
  const value = (raw ?? '').trim().toUpperCase();
  return value === 'Y' || value === 'N' || value === 'NA' ? value : null;
}

function text(cells: Record<string, string>, column: string, notes: ParseNotes, multiline = false): string {
  const raw = cells[column];
  if (hadArtefacts(raw)) notes.add('excel-artefacts', column);
  return multiline ? cleanText(raw) : cleanLine(raw);
}

function urls(cells: Record<string, string>, en: string, fr: string, notes: ParseNotes) {
  const out = { en: cleanUrl(cells[en]), fr: cleanUrl(cells[fr]) };
  for (const [lang, column] of [
    ['en', en],
    ['fr', fr],
  ] as const) {
    if (out[lang] === null && (cells[column] ?? '').trim() !== '')
      notes.add('not-a-url', `${column}=${JSON.stringify(cells[column]!.trim().slice(0, 30))}`);
  }
  return out;
}

function fiscalYear(raw: string | undefined): string | null {
  const match = FISCAL_YEAR.exec((raw ?? '').trim());
  return match && Number(match[2]) === Number(match[1]) + 1 ? match[0] : null;
}

function departmentOf(cells: Record<string, string>, yearly: boolean, igoc?: IgocTable): DepartmentRef {
  if (yearly)
    return resolveDepartment(
      { en: cells.department_name_en ?? '', fr: cells.department_name_fr ?? '' },
      igoc,
    );
  const [en = '', fr = ''] = (cells.owner_org_title ?? '').split(' | ');
  return resolveDepartment({ slug: cells.owner_org ?? '', en, fr }, igoc);
}

function countFigure(
  cell: VolumeCell | { column: string; figure: VolumeCell['figure'] },
  notes: ParseNotes,
): void {
  const { figure } = cell;
  if (figure.status === 'no_data') notes.add('figure-nd');
  else if (figure.status === 'not_applicable') notes.add('figure-na');
  else if (figure.status === 'empty') notes.add('figure-empty');
  else if (figure.status === 'invalid')
    notes.add('figure-invalid', `${cell.column}=${JSON.stringify(figure.raw.slice(0, 20))}`);
  else if (isGrouped(figure)) notes.add('figure-grouped', `${cell.column}=${figure.raw}`);
}

function programsOf(
  cells: Record<string, string>,
  yearly: boolean,
  notes: ParseNotes,
  where: string,
): ProgramRef[] {
  const en = splitNames(cells.program_name_en);
  const fr = splitNames(cells.program_name_fr);
  const codes = yearly ? [] : splitCodes(cells.program_id).map((code) => code.toUpperCase());
  if (en.length === 0 && fr.length === 0) return [];
  if (en.length !== fr.length) {
    // The names do not pair up: keep the whole cell as one program rather than guess the split.
    notes.add('program-unpaired', where);
    const whole = { en: cleanLine(cells.program_name_en), fr: cleanLine(cells.program_name_fr) };
    return [{ code: codes.length === 1 ? codes[0]! : null, name: whole }];
  }
  if (en.length > 1) notes.add('program-multi');
  return en.map((name, i) => ({
    code: codes.length === en.length ? codes[i]! : null,
    name: { en: name, fr: fr[i]! },
  }));
}

export interface ParsedServices {
  rows: ServiceRow[];
  rejected: Rejection[];
}

/** `igoc`, when read, adds IGOC's titles to the spellings a department is recognised by. */
export function parseServiceRows(table: InventoryTable, notes: ParseNotes, igoc?: IgocTable): ParsedServices {
  const yearly = table.format === 'services-yearly';
  const variant = yearly ? 'yearly' : '2024';
  const rows: ServiceRow[] = [];
  const rejected: Rejection[] = [...table.rejected];
  const seen = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const where = `${table.name} row ${row}`;
    const year = fiscalYear(cells.fiscal_yr);
    if (!year) {
      rejected.push({
        where,
        field: 'fiscal_yr',
        reason: `not a fiscal year like 2019-2020: ${JSON.stringify(cells.fiscal_yr ?? '')}`,
      });
      continue;
    }
    const serviceId = cleanLine(cells.service_id);
    if (!serviceId) {
      rejected.push({ where, field: 'service_id', reason: 'no service id' });
      continue;
    }
    const name = { en: text(cells, 'service_name_en', notes), fr: text(cells, 'service_name_fr', notes) };
    if (!name.en && !name.fr) {
      rejected.push({ where, field: 'service_name_en', reason: 'no service name in English or French' });
      continue;
    }
    const department = departmentOf(cells, yearly, igoc);
    if (!department.known) notes.add('department-unknown', department.name.en);
    if (!department.name.en && !department.name.fr) {
      rejected.push({ where, field: yearly ? 'department_name_en' : 'owner_org', reason: 'no department' });
      continue;
    }
    if (!/^\d+$/.test(serviceId) && !/^SRV\d+$/i.test(serviceId)) notes.add('legacy-id', serviceId);
    let key = `${department.key}:${normaliseId(serviceId)}`;
    const seenKey = `${year}|${key}`;
    const occurrence = (seen.get(seenKey) ?? 0) + 1;
    seen.set(seenKey, occurrence);
    if (occurrence > 1) {
      notes.add('duplicate-service-id', `${serviceId} (${department.key}, ${year})`);
      key = `${key}#${occurrence}`;
    }
    const codes: Record<string, string[]> = {};
    for (const [field, column] of Object.entries(CODE_FIELDS[variant]))
      codes[field] = splitCodes(cells[column]);
    const channelCodes = yearly ? splitCodes(cells.service_channels).filter((code) => code !== 'nd') : [];
    if (channelCodes.length > 1 || Object.values(codes).some((list) => list.length > 1))
      notes.add('multi-value');
    const volumes = VOLUMES[variant].map(([column, channel, metric]) => {
      const cell: VolumeCell = { channel, metric, column, figure: parseFigure(cells[column]) };
      countFigure(cell, notes);
      return cell;
    });
    const stages = STAGES[variant].map(([column, stage]): StageCell => {
      const raw = cells[column] ?? '';
      const value = yesNo(raw);
      if (value === null && raw.trim() !== '') notes.add('stage-invalid', `${column}=${raw}`);
      return { stage, column, raw, value };
    });
    if (!name.en || !name.fr)
      notes.add('translation-pending', `${serviceId} (${!name.en ? 'no English' : 'no French'})`);
    rows.push({
      where,
      format: table.format,
      file: table.name,
      row,
      fiscalYear: year,
      department,
      serviceId,
      key,
      name,
      description: {
        en: text(cells, 'service_description_en', notes, true),
        fr: text(cells, 'service_description_fr', notes, true),
      },
      url: yearly
        ? urls(cells, 'service_url_en', 'service_url_fr', notes)
        : urls(cells, 'service_uri_en', 'service_uri_fr', notes),
      programs: programsOf(cells, yearly, notes, where),
      channelCodes: channelCodes.length > 0 ? channelCodes : null,
      codes,
      volumes,
      stages,
      raw: cells,
    });
  }
  return { rows, rejected };
}

export interface ParsedStandards {
  rows: StandardRow[];
  rejected: Rejection[];
}

export function parseStandardRows(
  table: InventoryTable,
  notes: ParseNotes,
  igoc?: IgocTable,
): ParsedStandards {
  const yearly = table.format === 'standards-yearly';
  const rows: StandardRow[] = [];
  const rejected: Rejection[] = [...table.rejected];
  for (const { row, cells } of table.rows) {
    const where = `${table.name} row ${row}`;
    const year = fiscalYear(cells.fiscal_yr);
    if (!year) {
      rejected.push({
        where,
        field: 'fiscal_yr',
        reason: `not a fiscal year like 2019-2020: ${JSON.stringify(cells.fiscal_yr ?? '')}`,
      });
      continue;
    }
    const serviceId = cleanLine(cells.service_id);
    const standardId = cleanLine(yearly ? cells.service_std_id : cells.service_standard_id);
    if (!serviceId) {
      rejected.push({ where, field: 'service_id', reason: 'no service id' });
      continue;
    }
    if (!standardId) {
      rejected.push({
        where,
        field: yearly ? 'service_std_id' : 'service_standard_id',
        reason: 'no standard id',
      });
      continue;
    }
    const nameColumn = yearly ? 'service_std' : 'service_standard';
    const name = {
      en: text(cells, `${nameColumn}_en`, notes, true),
      fr: text(cells, `${nameColumn}_fr`, notes, true),
    };
    if (!name.en || !name.fr) {
      rejected.push({
        where,
        field: `${nameColumn}_${name.en ? 'fr' : 'en'}`,
        reason: `standard ${standardId} has no ${name.en ? 'French' : 'English'} text; the catalog keeps standards in both languages only`,
      });
      continue;
    }
    const target = parseFigure(yearly ? cells.service_std_target : cells.target);
    const volumeMeetingTarget = parseFigure(cells.volume_meeting_target);
    const totalVolume = parseFigure(cells.total_volume);
    const performance = parseFigure(cells.performance);
    for (const [column, figure] of [
      [yearly ? 'service_std_target' : 'target', target],
      ['volume_meeting_target', volumeMeetingTarget],
      ['total_volume', totalVolume],
      ['performance', performance],
    ] as const) {
      countFigure({ column, figure }, notes);
    }
    if (!yearly && target.value !== null && target.value > 1)
      notes.add('target-percent-in-2024', `${standardId}=${target.raw}`);
    const channel = (cells.channel ?? '').trim().toLowerCase();
    const type = ((yearly ? cells.service_std_type : cells.type) ?? '').trim().toLowerCase();
    rows.push({
      where,
      format: table.format,
      file: table.name,
      row,
      fiscalYear: year,
      department: departmentOf(cells, yearly, igoc),
      serviceId,
      serviceName: { en: cleanLine(cells.service_name_en), fr: cleanLine(cells.service_name_fr) },
      standardId,
      name,
      url: yearly
        ? urls(cells, 'service_std_url_en', 'service_std_url_fr', notes)
        : urls(cells, 'standards_targets_uri_en', 'standards_targets_uri_fr', notes),
      type: type ? (STANDARD_TYPES[type] ?? type) : null,
      channelCode: channel && channel !== 'na' ? channel : null,
      target,
      targetShare: toShare(target, yearly),
      volumeMeetingTarget,
      totalVolume,
      performance,
      performanceShare: toShare(performance, yearly),
      targetMet: yesNo(cells.target_met),
      raw: cells,
    });
  }
  return { rows, rejected };
}
