/**
 * Parsed inventory rows → a catalog bundle (organisations, programs, services, channels, standards) plus the
 * yearly rows. Pure: what the database already holds comes in as `MappingContext`.
 *
 * Identity: a service is `<department key>:<inventory id>` and gets `stableId('gc-si:' + key)`, so the same id
 * reported by the same department in any year is the same service. A standard is
 * `<service key>:std:<standard id>`. The catalog record of a service shows its newest fiscal year: an older
 * file adds its figures but does not overwrite newer text.
 */
import type { NewRow } from '../../../platform/db/schema.js';
import { stableId } from '../../../platform/ids/index.js';
import type {
  CatalogBundleInput,
  OrganizationInput,
  ServiceChannelInput,
  ServiceInput,
  ServiceStandardInput,
} from '../../catalog/index.js';
import { normaliseId, normaliseName } from './clean.js';
import { knownDepartment } from './departments.js';
import type { IgocTable } from './igoc.js';
import type { ParseNotes } from './parse.js';
import type { DepartmentRef, Rejection, ServiceRow, StandardRow } from './types.js';

export const SOURCE = 'gc-service-inventory';

type ChannelKind = ServiceChannelInput['kind'];

const CODE_TO_KIND: Record<string, ChannelKind> = {
  onl: 'web',
  online: 'web',
  tel: 'phone',
  phone: 'phone',
  person: 'walk_in',
  in_person: 'walk_in',
  post: 'mail',
  mail: 'mail',
  eml: 'email',
  email: 'email',
};
const KIND_ORDER: ChannelKind[] = ['web', 'phone', 'walk_in', 'mail', 'email'];
const VOLUME_TO_KIND: Record<string, ChannelKind> = {
  online: 'web',
  phone: 'phone',
  in_person: 'walk_in',
  mail: 'mail',
  email: 'email',
};

export const serviceUuid = (key: string) => stableId(`gc-si:${key}`);
export const organizationUuid = (departmentKey: string) => stableId(`gc-si:org:${departmentKey}`);

export interface MappingContext {
  jurisdiction: { id: string; create: boolean };
  /** Newer rows already imported for services of this file, by service key (their catalog text wins). */
  newerRows: Map<string, ServiceRow>;
  /** Standards the catalog holds for these services, and the newest year each has a result for. */
  existingStandards: Map<string, { input: ServiceStandardInput; latestYear: string | null }[]>;
  /** Programs the catalog holds for these organisations (kept, so an import never drops another year's). */
  existingPrograms: Map<string, NonNullable<OrganizationInput['programs']>>;
  /** Service keys already in the catalog, for standards whose service is not in this import. */
  existingServiceKeys: Set<string>;
  /** IGOC, for the organisations' names, descriptions and websites (absent or not found: the file's names). */
  igoc?: IgocTable | undefined;
}

export interface InventoryPlan {
  bundle: CatalogBundleInput;
  records: NewRow<'service_inventory_record'>[];
  volumes: NewRow<'service_volume'>[];
  stages: NewRow<'service_online_stage'>[];
  results: NewRow<'service_standard_result'>[];
  rejected: Rejection[];
  /** Services whose catalog text came from a newer year already imported. */
  keptNewer: number;
}

const both = (text: { en: string | null; fr: string | null }) =>
  text.en && text.fr ? { en: text.en, fr: text.fr } : null;

function pendingText(text: { en: string; fr: string }) {
  return text.en || text.fr ? { en: text.en, fr: text.fr } : null;
}

function channelsOf(
  row: ServiceRow,
  key: string,
  url: { en: string; fr: string } | null,
): ServiceChannelInput[] {
  const kinds = new Set<ChannelKind>();
  if (row.channelCodes) {
    for (const code of row.channelCodes) {
      const kind = CODE_TO_KIND[code];
      if (kind) kinds.add(kind);
    }
  } else {
    // No channel list (2024 has none; older rows may say ND): a channel with a positive figure exists.
    for (const volume of row.volumes) {
      const kind = VOLUME_TO_KIND[volume.channel];
      if (kind && volume.figure.value !== null && volume.figure.value > 0) kinds.add(kind);
    }
  }
  return KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => ({
    id: stableId(`gc-si:${key}:channel:${kind}`),
    kind,
    delivery: kind === 'web' ? 'self_serve' : 'serviced',
    url: kind === 'web' ? url : null,
  }));
}

function serviceUrl(row: ServiceRow, notes: ParseNotes): { en: string; fr: string } | null {
  const url = both(row.url);
  if (url) return url;
  const one = row.url.en ?? row.url.fr;
  if (!one) return null;
  notes.add('url-one-language', row.serviceId);
  return { en: one, fr: one };
}

function standardKind(code: string | null): ChannelKind | null {
  return code ? (CODE_TO_KIND[code] ?? null) : null;
}

/** Description of a department IGOC does not describe: built from its name. */
export function describedByName(name: { en: string; fr: string }): { en: string; fr: string } {
  return {
    en: `Federal department: ${name.en}.`,
    fr: `Ministère ou organisme fédéral\u00a0: ${name.fr}.`,
  };
}

/**
 * The organisation of a department: names, description and website from IGOC when it was read and knows the
 * department (applied title, else legal title); otherwise the inventory file's names and a description built
 * from them. Identity (`external_id`, the IGOC `org_id` identifier) never depends on IGOC being read.
 */
function organizationOf(
  department: DepartmentRef,
  jurisdictionId: string,
  igoc: IgocTable | undefined,
): OrganizationInput {
  const known = knownDepartment(department.key);
  const fromIgoc = known ? igoc?.organizations.get(known.igoc) : undefined;
  const name = {
    en: fromIgoc?.name.en || department.name.en,
    fr: fromIgoc?.name.fr || department.name.fr,
  };
  const built = describedByName(name);
  const description = {
    en: fromIgoc?.description.en || built.en,
    fr: fromIgoc?.description.fr || built.fr,
  };
  const site = fromIgoc?.website;
  const website =
    site && (site.en || site.fr) ? { en: (site.en ?? site.fr)!, fr: (site.fr ?? site.en)! } : null;
  const id = organizationUuid(department.key);
  return {
    id,
    jurisdiction_id: jurisdictionId,
    name,
    description,
    website,
    external_id: department.key,
    identifiers: known
      ? [
          {
            id: stableId(`gc-si:org:${department.key}:igoc`),
            identifier_scheme: 'IGOC',
            identifier_type: 'org_id',
            identifier: known.igoc,
          },
        ]
      : [],
    programs: [],
  };
}

export function planImport(
  services: ServiceRow[],
  standards: StandardRow[],
  context: MappingContext,
  notes: ParseNotes,
): InventoryPlan {
  const rejected: Rejection[] = [];
  const organizations = new Map<string, OrganizationInput>();
  const programs = new Map<string, Map<string, NonNullable<OrganizationInput['programs']>[number]>>();
  const latestByKey = new Map<string, ServiceRow>();
  const records: InventoryPlan['records'] = [];
  const volumes: InventoryPlan['volumes'] = [];
  const stages: InventoryPlan['stages'] = [];
  const results: InventoryPlan['results'] = [];

  const ensureOrganization = (department: DepartmentRef) => {
    if (!organizations.has(department.key)) {
      organizations.set(department.key, organizationOf(department, context.jurisdiction.id, context.igoc));
      const kept = new Map(
        (context.existingPrograms.get(organizationUuid(department.key)) ?? []).map((p) => [p.id, p]),
      );
      programs.set(department.key, kept);
    }
  };

  for (const row of services) {
    const id = serviceUuid(row.key);
    const current = latestByKey.get(row.key);
    if (!current || current.fiscalYear <= row.fiscalYear) latestByKey.set(row.key, row);
    records.push({
      service_id: id,
      fiscal_year: row.fiscalYear,
      format: row.format === 'services-2024' ? 'services-2024' : 'services-yearly',
      source_file: row.file,
      source_row: row.row,
      inventory_id: row.serviceId,
      organization_key: row.department.key,
      raw: JSON.stringify(row.raw),
    });
    for (const volume of row.volumes) {
      volumes.push({
        service_id: id,
        fiscal_year: row.fiscalYear,
        channel: volume.channel,
        metric: volume.metric,
        value: volume.figure.value,
        status: volume.figure.status,
        raw: volume.figure.raw,
        source_column: volume.column,
      });
    }
    for (const stage of row.stages) {
      stages.push({
        service_id: id,
        fiscal_year: row.fiscalYear,
        stage: stage.stage,
        value: stage.value,
        raw: stage.raw,
        source_column: stage.column,
      });
    }
  }

  // Standards: resolve each row's service (by id, then by name when an id was used twice), then key it.
  const keysByYearAndId = new Map<string, ServiceRow[]>();
  for (const row of services) {
    const base = `${row.fiscalYear}|${row.department.key}:${normaliseId(row.serviceId)}`;
    keysByYearAndId.set(base, [...(keysByYearAndId.get(base) ?? []), row]);
  }
  const standardsByService = new Map<string, Map<string, { row: StandardRow; key: string }>>();
  const seenStandard = new Map<string, number>();
  for (const row of standards) {
    const baseKey = `${row.department.key}:${normaliseId(row.serviceId)}`;
    const candidates = keysByYearAndId.get(`${row.fiscalYear}|${baseKey}`) ?? [];
    let serviceKey: string | undefined;
    if (candidates.length === 1) serviceKey = candidates[0]!.key;
    else if (candidates.length > 1) {
      const wanted = normaliseName(row.serviceName.en || row.serviceName.fr);
      serviceKey = (
        candidates.find((c) => normaliseName(c.name.en || c.name.fr) === wanted) ?? candidates[0]!
      ).key;
    } else if (latestByKey.has(baseKey) || context.existingServiceKeys.has(baseKey)) serviceKey = baseKey;
    if (!serviceKey) {
      rejected.push({
        where: row.where,
        field: 'service_id',
        reason: `service ${row.serviceId} of ${row.department.name.en} is neither in the services file nor already imported`,
      });
      continue;
    }
    let key = `${serviceKey}:std:${normaliseId(row.standardId)}`;
    const seenKey = `${row.fiscalYear}|${key}`;
    const occurrence = (seenStandard.get(seenKey) ?? 0) + 1;
    seenStandard.set(seenKey, occurrence);
    if (occurrence > 1) {
      notes.add('duplicate-standard-id', `${row.standardId} (service ${row.serviceId}, ${row.fiscalYear})`);
      key = `${key}#${occurrence}`;
    }
    const serviceId = serviceUuid(serviceKey);
    const standardId = stableId(`gc-si:${key}`);
    results.push({
      standard_id: standardId,
      service_id: serviceId,
      fiscal_year: row.fiscalYear,
      target: row.targetShare,
      target_raw: row.target.raw,
      volume_meeting_target: row.volumeMeetingTarget.value,
      volume_meeting_target_raw: row.volumeMeetingTarget.raw,
      total_volume: row.totalVolume.value,
      total_volume_raw: row.totalVolume.raw,
      performance: row.performanceShare,
      performance_raw: row.performance.raw,
      target_met: row.targetMet,
      channel: row.channelCode,
      source_file: row.file,
      source_row: row.row,
      raw: JSON.stringify(row.raw),
    });
    const forService =
      standardsByService.get(serviceId) ?? new Map<string, { row: StandardRow; key: string }>();
    const held = forService.get(standardId);
    if (!held || held.row.fiscalYear <= row.fiscalYear) forService.set(standardId, { row, key });
    standardsByService.set(serviceId, forService);
  }

  const standardInput = ({ row, key }: { row: StandardRow; key: string }): ServiceStandardInput => ({
    id: stableId(`gc-si:${key}`),
    channel_kind: standardKind(row.channelCode),
    name: row.name,
    standard_type: row.type,
    target: row.targetShare,
    url: both(row.url),
    external_id: key,
  });

  const bundleServices: ServiceInput[] = [];
  let keptNewer = 0;
  for (const [key, fileRow] of latestByKey) {
    const newer = context.newerRows.get(key);
    const row = newer && newer.fiscalYear > fileRow.fiscalYear ? newer : fileRow;
    if (row !== fileRow) keptNewer += 1;
    const id = serviceUuid(key);
    ensureOrganization(row.department);
    const orgPrograms = programs.get(row.department.key)!;
    let programId: string | null = null;
    for (const program of row.programs) {
      if (!program.name.en || !program.name.fr) {
        notes.add('program-one-language', program.name.en || program.name.fr);
        continue;
      }
      const programKey = program.code ?? normaliseName(program.name.en);
      const pid = stableId(`gc-si:${row.department.key}:program:${programKey}`);
      // The inventory names programs only; HSDS requires a description, so it repeats the name.
      orgPrograms.set(pid, { id: pid, name: program.name, description: program.name });
      programId ??= pid;
    }
    const url = serviceUrl(row, notes);
    const merged = new Map<string, ServiceStandardInput>();
    for (const existing of context.existingStandards.get(id) ?? [])
      merged.set(existing.input.id!, existing.input);
    const latestYears = new Map(
      (context.existingStandards.get(id) ?? []).map((s) => [s.input.id!, s.latestYear]),
    );
    for (const [standardId, held] of standardsByService.get(id) ?? []) {
      const latest = latestYears.get(standardId);
      if (!latest || latest <= held.row.fiscalYear) merged.set(standardId, standardInput(held));
    }
    const attributes = Object.entries(row.codes).flatMap(([field, codes]) =>
      codes.map((code) => ({
        id: stableId(`gc-si:${key}:attr:${field}:${code}`),
        link_type: `gc-si:${field}`,
        value: code,
      })),
    );
    bundleServices.push({
      id,
      organization_id: organizationUuid(row.department.key),
      program_id: programId,
      name: { en: row.name.en, fr: row.name.fr },
      description: pendingText(row.description),
      url,
      status: 'active',
      translation_pending: !row.name.en || !row.name.fr || !!row.description.en !== !!row.description.fr,
      external_id: key,
      channels: channelsOf(row, key, url),
      standards: [...merged.values()],
      attributes,
    });
  }
  for (const [departmentKey, organization] of organizations)
    organization.programs = [...programs.get(departmentKey)!.values()];

  return {
    bundle: {
      jurisdictions: context.jurisdiction.create
        ? [
            {
              id: context.jurisdiction.id,
              level: 'federal',
              code: 'ca',
              name: { en: 'Government of Canada', fr: 'Gouvernement du Canada' },
            },
          ]
        : [],
      organizations: [...organizations.values()],
      services: bundleServices,
    },
    records,
    volumes,
    stages,
    results,
    rejected,
    keptNewer,
  };
}
