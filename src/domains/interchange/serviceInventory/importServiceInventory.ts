/**
 * Imports a GC Service Inventory services file (and optionally its standards file) into the catalog and the
 * yearly tables, in one transaction: the catalog records through `importCatalog`, then the figures. A failure
 * anywhere leaves the database as it was.
 */
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import {
  findJurisdictionByCode,
  importCatalog as catalogImportCatalog,
  listExistingServiceIds,
  listProgramsOfOrganizations,
  listServiceExternalIds,
  listServiceStandardsOfServices,
  type CatalogBundleInput,
  type ServiceStandardInput,
} from '../../catalog/index.js';
import { normaliseId } from './clean.js';
import { knownDepartment } from './departments.js';
import { defaultIgocPath, readIgoc, type IgocTable } from './igoc.js';
import {
  planImport,
  SOURCE,
  organizationUuid,
  serviceUuid,
  type InventoryPlan,
  type MappingContext,
} from './mapping.js';
import { ParseNotes, parseServiceRows, parseStandardRows } from './parse.js';
import { InventoryFileError, isServicesFormat, readInventoryFile, type InventoryTable } from './read.js';
import * as repository from './repository.js';
import { stableId } from '../../../platform/ids/index.js';
import type { Rejection, ServiceRow } from './types.js';

export interface CatalogImportReport {
  read: number;
  created: number;
  updated: number;
  rejected: Rejection[];
}

export type ImportCatalogFn = (
  db: Tx,
  bundle: CatalogBundleInput,
  options: { source: string; actor: string; skipInvalid?: boolean },
) => Promise<CatalogImportReport>;

export interface ServiceInventoryFiles {
  services: InventoryTable;
  standards?: InventoryTable | undefined;
}

export interface ServiceInventoryReport {
  read: number;
  created: number;
  updated: number;
  rejected: Rejection[];
  notes: string[];
  figures: {
    serviceYears: { created: number; updated: number };
    volumes: number;
    stages: number;
    standardResults: number;
  };
}

export interface ServiceInventoryOptions {
  actor: string;
  skipInvalid?: boolean;
  /** Stands in for the catalog's importCatalog (tests use it to fail part-way). */
  importCatalog?: ImportCatalogFn;
  onProgress?: (step: string) => void;
  /**
   * IGOC, read with `readIgoc`, for the organisations' names, descriptions and websites. Omitted: read from
   * `defaultIgocPath()` (`STITCH_IGOC_CSV`, else the extract in data/reference). Not found: the files' own names.
   */
  organizations?: IgocTable;
}

/** Reads both files; the first must be a services file, the second a standards file. */
export async function readServiceInventoryFiles(
  servicesFile: string,
  standardsFile?: string,
): Promise<ServiceInventoryFiles> {
  const services = await readInventoryFile(servicesFile);
  if (!isServicesFormat(services.format)) {
    throw new InventoryFileError(
      'wrong_kind',
      `${services.name} is a standards file (${services.format}); give the services file first.`,
      {
        file: services.name,
      },
    );
  }
  if (!standardsFile) return { services };
  const standards = await readInventoryFile(standardsFile);
  if (isServicesFormat(standards.format)) {
    throw new InventoryFileError(
      'wrong_kind',
      `${standards.name} is a services file (${standards.format}), not a standards file.`,
      {
        file: standards.name,
      },
    );
  }
  return { services, standards };
}

/** Re-reads a stored raw row, so a newer year's text can be rebuilt when an older file is imported. */
/** The standards this source gave these services before, each with the newest year it has a result for. */
async function existingStandards(
  tx: Tx,
  serviceIds: string[],
): Promise<Map<string, { input: ServiceStandardInput; latestYear: string | null }[]>> {
  const standards = await listServiceStandardsOfServices(tx, serviceIds, SOURCE);
  const latest = await repository.latestResultYears(
    tx,
    [...standards.values()].flatMap((list) => list.map((standard) => standard.id)),
  );
  return new Map(
    [...standards].map(([serviceId, list]) => [
      serviceId,
      list.map((input) => ({ input, latestYear: latest.get(input.id) ?? null })),
    ]),
  );
}

function reparse(record: repository.StoredRecord, igoc: IgocTable): ServiceRow | undefined {
  const table: InventoryTable = {
    file: record.source_file,
    name: record.source_file,
    format: record.format,
    header: Object.keys(record.raw),
    rows: [{ row: record.source_row, cells: record.raw }],
    rejected: [],
    hadBom: false,
  };
  return parseServiceRows(table, new ParseNotes(), igoc).rows[0];
}

export async function importServiceInventory(
  db: Db | Tx,
  files: ServiceInventoryFiles,
  options: ServiceInventoryOptions,
): Promise<ServiceInventoryReport> {
  const importCatalog = options.importCatalog ?? catalogImportCatalog;
  const igoc = options.organizations ?? (await readIgoc(defaultIgocPath()));
  const notes = new ParseNotes();
  const parsedServices = parseServiceRows(files.services, notes, igoc);
  const parsedStandards = files.standards
    ? parseStandardRows(files.standards, notes, igoc)
    : { rows: [], rejected: [] };
  options.onProgress?.('parsed');

  return withTransaction(db, async (tx) => {
    const serviceIds = [...new Set(parsedServices.rows.map((row) => serviceUuid(row.key)))];
    const fileYear = new Map<string, string>();
    for (const row of parsedServices.rows) {
      const held = fileYear.get(row.key);
      if (!held || held < row.fiscalYear) fileYear.set(row.key, row.fiscalYear);
    }
    const newerRows = new Map<string, ServiceRow>();
    for (const record of await repository.latestRecords(tx, serviceIds)) {
      const row = reparse(record, igoc);
      if (row && row.fiscalYear > (fileYear.get(row.key) ?? '')) newerRows.set(row.key, row);
    }
    const jurisdiction = (await findJurisdictionByCode(tx, 'ca'))?.id;
    const departmentKeys = [...new Set(parsedServices.rows.map((row) => row.department.key))];
    const context: MappingContext = {
      jurisdiction: jurisdiction
        ? { id: jurisdiction, create: false }
        : { id: stableId('gc-si:jurisdiction:ca'), create: true },
      newerRows,
      existingStandards: await existingStandards(tx, serviceIds),
      existingPrograms: await listProgramsOfOrganizations(tx, departmentKeys.map(organizationUuid)),
      igoc,
      existingServiceKeys: await listServiceExternalIds(tx, SOURCE, [
        ...new Set(parsedStandards.rows.map((row) => `${row.department.key}:${normaliseId(row.serviceId)}`)),
      ]),
    };
    const plan = planImport(parsedServices.rows, parsedStandards.rows, context, notes);
    options.onProgress?.('mapped');

    const catalog = await importCatalog(tx, plan.bundle, {
      source: SOURCE,
      actor: options.actor,
      skipInvalid: options.skipInvalid ?? false,
    });
    options.onProgress?.('catalog');

    // Figures only for services the catalog holds (a service it refused takes its figures with it).
    const present = await listExistingServiceIds(tx, [
      ...new Set([...serviceIds, ...plan.results.map((r) => r.service_id)]),
    ]);
    const records = plan.records.filter((row) => present.has(row.service_id));
    const before = await repository.existingRecordKeys(tx, serviceIds);
    const createdYears = records.filter((row) => !before.has(`${row.service_id}|${row.fiscal_year}`)).length;
    await repository.upsertRecords(tx, records);
    const volumes = plan.volumes.filter((row) => present.has(row.service_id));
    await repository.upsertVolumes(tx, volumes);
    const stages = plan.stages.filter((row) => present.has(row.service_id));
    await repository.upsertStages(tx, stages);
    const results = plan.results.filter((row) => present.has(row.service_id));
    await repository.upsertResults(tx, results);
    options.onProgress?.('figures');

    const read =
      files.services.rows.length +
      files.services.rejected.length +
      (files.standards ? files.standards.rows.length + files.standards.rejected.length : 0);
    const figures = {
      serviceYears: { created: createdYears, updated: records.length - createdYears },
      volumes: volumes.length,
      stages: stages.length,
      standardResults: results.length,
    };
    return {
      read,
      created: catalog.created,
      updated: catalog.updated,
      rejected: [
        ...parsedServices.rejected,
        ...parsedStandards.rejected,
        ...plan.rejected,
        ...catalog.rejected,
      ],
      notes: [...describeNotes(notes, files, plan.keptNewer, figures), ...describeOrganizations(igoc, plan)],
      figures,
    };
  });
}

/** Where the organisations' names came from: IGOC, or (not found) the inventory files. */
function describeOrganizations(igoc: IgocTable, plan: InventoryPlan): string[] {
  if (!igoc.found)
    return [
      `IGOC not found at ${igoc.path}: departments are named from the inventory files, with a description built from the name and no website (give --organizations or set STITCH_IGOC_CSV)`,
    ];
  const missing = (plan.bundle.organizations ?? [])
    .map((organization) => knownDepartment(organization.external_id ?? ''))
    .filter((known) => known && !igoc.organizations.has(known.igoc))
    .map((known) => `${known!.key} (org_id ${known!.igoc})`);
  return [
    `department names, descriptions and websites read from IGOC (${igoc.path}; Open Government Licence – Canada)`,
    ...(missing.length
      ? [
          `${missing.length} departments are not in this IGOC file and are named from the inventory files: ${missing.join(', ')}`,
        ]
      : []),
  ];
}

function examples(notes: ParseNotes, kind: string): string {
  const list = notes.examples.get(kind) ?? [];
  return list.length ? ` (e.g. ${list.join('; ')})` : '';
}

export function describeNotes(
  notes: ParseNotes,
  files: ServiceInventoryFiles,
  keptNewer: number,
  figures: ServiceInventoryReport['figures'],
): string[] {
  const out: string[] = [];
  const n = (kind: string) => notes.count(kind);
  for (const table of [files.services, files.standards]) {
    if (table) out.push(`${table.name}: ${table.format} format${table.hadBom ? ', UTF-8 BOM removed' : ''}`);
  }
  out.push(
    `figures written: ${figures.serviceYears.created + figures.serviceYears.updated} service-years (${figures.serviceYears.created} new, ${figures.serviceYears.updated} updated), ${figures.volumes} channel volumes, ${figures.stages} online-stage flags, ${figures.standardResults} standard results`,
  );
  if (n('figure-nd')) out.push(`${n('figure-nd')} ND values kept as no data (value null, raw "ND")`);
  if (n('figure-na')) out.push(`${n('figure-na')} NA values kept as not applicable (value null, raw "NA")`);
  if (n('figure-empty')) out.push(`${n('figure-empty')} empty figure cells kept as empty (value null)`);
  if (n('figure-invalid'))
    out.push(
      `${n('figure-invalid')} non-numeric figures kept raw with no value${examples(notes, 'figure-invalid')}`,
    );
  if (n('figure-grouped'))
    out.push(
      `${n('figure-grouped')} figures written with thousands separators read as numbers${examples(notes, 'figure-grouped')}`,
    );
  if (n('excel-artefacts'))
    out.push(
      `${n('excel-artefacts')} text cells cleaned of Excel _x000D_ artefacts or carriage returns (the raw row keeps the original)`,
    );
  if (n('multi-value'))
    out.push(
      `${n('multi-value')} rows with comma-separated multi-value codes (channels, client groups, scope, type) split into lists`,
    );
  if (n('legacy-id'))
    out.push(
      `${n('legacy-id')} rows use legacy service ids${examples(notes, 'legacy-id')}, keyed without the spaces (aafc-aac-10)`,
    );
  if (n('duplicate-service-id'))
    out.push(
      `${n('duplicate-service-id')} service ids reused by another service in the same year${examples(notes, 'duplicate-service-id')}: the later row is kept as its own service (key suffixed #2)`,
    );
  if (n('duplicate-standard-id'))
    out.push(
      `${n('duplicate-standard-id')} standard ids reused in the same year${examples(notes, 'duplicate-standard-id')}: kept as separate standards (#2)`,
    );
  if (n('translation-pending'))
    out.push(
      `${n('translation-pending')} services lack English or French text and are imported with translation_pending${examples(notes, 'translation-pending')}`,
    );
  if (n('department-unknown'))
    out.push(
      `${n('department-unknown')} rows name a department not in the IGOC table, keyed by its name${examples(notes, 'department-unknown')}`,
    );
  if (n('not-a-url'))
    out.push(
      `${n('not-a-url')} web address cells were not addresses and were left out${examples(notes, 'not-a-url')}`,
    );
  if (n('url-one-language'))
    out.push(`${n('url-one-language')} services have a web address in one language only, used for both`);
  if (n('program-multi'))
    out.push(
      `${n('program-multi')} services list several programs: each becomes a program of the department, the first is the service's`,
    );
  if (n('program-unpaired'))
    out.push(
      `${n('program-unpaired')} rows whose English and French program lists do not pair up were kept as one program${examples(notes, 'program-unpaired')}`,
    );
  if (n('program-one-language'))
    out.push(
      `${n('program-one-language')} program names in one language only were left out${examples(notes, 'program-one-language')}`,
    );
  if (n('stage-invalid'))
    out.push(
      `${n('stage-invalid')} online-stage flags other than Y/N/NA kept raw with no value${examples(notes, 'stage-invalid')}`,
    );
  if (n('target-percent-in-2024'))
    out.push(
      `${n('target-percent-in-2024')} 2024 targets written as percentages were divided by 100${examples(notes, 'target-percent-in-2024')}`,
    );
  if (keptNewer)
    out.push(
      `${keptNewer} services keep their catalog text from a newer year already imported; this file added its yearly figures`,
    );
  return out;
}
