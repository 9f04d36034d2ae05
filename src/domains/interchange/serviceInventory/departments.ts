/**
 * Federal organisations that report to the GC Service Inventory: facts only, kept as data in
 * `data/reference/gc-departments/departments.json`. Each is keyed by the Open Government Portal organisation
 * slug the inventory itself uses (`owner_org` in 2024, the prefix of legacy ids such as `aafc-aac - 10` in
 * 2016–2018) and carries its IGOC `org_id`. Names, descriptions and websites are read at import time from the
 * Inventory of Government of Canada Organizations (`igoc.ts`).
 *
 * `aliases` are normalised names (see `normaliseName`) the inventory files spell the department with. Only
 * spellings a file needs are stored:
 * - those the 2016–2020 yearly files use (they carry no slug, so a department is known by its name alone,
 *   and its identity must not depend on whether the IGOC file is at hand);
 * - renamings and inventory-only spellings IGOC does not give (Western Economic Diversification →
 *   PrairiesCan, Department of Indigenous Services → Indigenous Services Canada).
 * IGOC's own legal and applied titles and abbreviations are added at run time when the IGOC file is read.
 */
import { z } from 'zod';
import { readReferenceJson, referenceDataPath } from '../../../platform/reference/index.js';
import { cleanLine, normaliseName } from './clean.js';
import type { IgocTable } from './igoc.js';
import type { DepartmentRef } from './types.js';

const KnownDepartmentSchema = z.object({
  /** Open Government Portal organisation slug, as the inventory uses it. */
  key: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case slug'),
  /** IGOC `org_id`. */
  igoc: z.string().regex(/^\d+$/, 'an IGOC org_id'),
  aliases: z.array(
    z.string().refine((alias) => alias !== '' && alias === normaliseName(alias), 'a normalised name'),
  ),
});

export type KnownDepartment = z.output<typeof KnownDepartmentSchema>;

const DepartmentTable = z.array(KnownDepartmentSchema).superRefine((departments, context) => {
  const seen = new Set<string>();
  departments.forEach((department, index) => {
    for (const spelling of [department.key, ...department.aliases]) {
      if (seen.has(spelling))
        context.addIssue({ code: 'custom', path: [index], message: `${spelling} is given twice` });
      seen.add(spelling);
    }
  });
});

/** The departments table, read once when the module loads. */
export const DEPARTMENTS: readonly KnownDepartment[] = readReferenceJson(
  referenceDataPath('gc-departments/departments.json'),
  DepartmentTable,
);

const byKey = new Map(DEPARTMENTS.map((department) => [department.key, department]));

const stored = new Map<string, KnownDepartment>();
for (const department of DEPARTMENTS) {
  stored.set(department.key, department);
  for (const alias of department.aliases) stored.set(alias, department);
}

const withIgoc = new WeakMap<IgocTable, Map<string, KnownDepartment>>();

/**
 * Every spelling a department resolves by: slugs and stored aliases, plus IGOC's titles of each known
 * department when the IGOC file was read. A stored spelling always wins over one derived from IGOC.
 */
function aliasesOf(igoc: IgocTable | undefined): Map<string, KnownDepartment> {
  if (!igoc?.found) return stored;
  let map = withIgoc.get(igoc);
  if (!map) {
    map = new Map(stored);
    for (const department of DEPARTMENTS) {
      for (const title of igoc.organizations.get(department.igoc)?.titles ?? []) {
        const alias = normaliseName(title);
        if (alias && !map.has(alias)) map.set(alias, department);
      }
    }
    withIgoc.set(igoc, map);
  }
  return map;
}

/**
 * The department a row belongs to, from the 2024 `owner_org` slug or the English/French name. The names are
 * the file's own (the organisation's names come from IGOC at mapping time). An unknown department (not in
 * the table) is keyed by its English name, so it is still one organisation across rows and re-imports.
 */
export function resolveDepartment(
  input: { slug?: string; en: string; fr: string },
  igoc?: IgocTable,
): DepartmentRef {
  const aliases = aliasesOf(igoc);
  const en = cleanLine(input.en) || cleanLine(input.fr);
  const fr = cleanLine(input.fr) || cleanLine(input.en);
  const candidates = [input.slug?.trim().toLowerCase(), normaliseName(input.en), normaliseName(input.fr)];
  for (const candidate of candidates) {
    const known = candidate ? aliases.get(candidate) : undefined;
    if (!known) continue;
    if (en) return { key: known.key, name: { en, fr }, known: true };
    // A slug with no title: IGOC's names when read, else the slug itself.
    const name = igoc?.organizations.get(known.igoc)?.name ?? { en: known.key, fr: known.key };
    return { key: known.key, name, known: true };
  }
  const key = input.slug?.trim().toLowerCase() || `x-${normaliseName(en).replace(/ /g, '-')}`;
  return { key, name: { en, fr }, known: false };
}

export function knownDepartment(key: string): KnownDepartment | undefined {
  return byKey.get(key);
}
