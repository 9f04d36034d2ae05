/**
 * Loads the Open Eligibility taxonomy into the catalog's `taxonomy` and `taxonomy_term` tables in one
 * transaction. Ids are stable, so loading again updates the same rows.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { StitchError } from '../../../platform/errors/index.js';
import { fromProjectRoot, referenceDataPath } from '../../../platform/reference/index.js';
import { parseOpenEligibility } from './openEligibility.js';

/** The source file: `STITCH_TAXONOMY_XML` (relative to the project root), else the copy in data/reference. */
export function defaultOpenEligibilityPath(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.STITCH_TAXONOMY_XML?.trim();
  if (configured) return fromProjectRoot(configured);
  return referenceDataPath('open-eligibility/taxonomy.xml');
}

/** The taxonomy file is not there: start-up and the demo seed log this and carry on without it. */
export class TaxonomySourceMissingError extends StitchError {
  readonly path: string;
  constructor(path: string) {
    super(
      'IMPORT_FAILED',
      `Open Eligibility taxonomy file not found: ${path} (give the file, or set STITCH_TAXONOMY_XML).`,
      { path },
    );
    this.path = path;
  }
}

export interface LoadOpenEligibilityOptions {
  /** Defaults to `defaultOpenEligibilityPath()`. */
  xmlPath?: string;
  /** Who loads it, for the audit log. */
  actor?: string;
}

/** Same shape as the CLI's import summary. Counts are of terms; the one taxonomy row is upserted alongside. */
export interface OpenEligibilityLoadReport {
  read: number;
  created: number;
  updated: number;
  rejected: { where: string; field?: string; reason: string }[];
  notes: string[];
}

const CHUNK = 200;

export async function loadOpenEligibility(
  db: Db | Tx,
  options: LoadOpenEligibilityOptions = {},
): Promise<OpenEligibilityLoadReport> {
  const path = options.xmlPath ? resolve(options.xmlPath) : defaultOpenEligibilityPath();
  let xml: string;
  try {
    xml = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new TaxonomySourceMissingError(path);
    throw error;
  }
  const { taxonomy, terms, notes } = parseOpenEligibility(xml);
  const ids = terms.map((term) => term.id);

  return withTransaction(db, async (tx) => {
    const existing = new Set<string>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await tx
        .selectFrom('taxonomy_term')
        .select('id')
        .where('id', 'in', ids.slice(i, i + CHUNK))
        .execute();
      for (const row of rows) existing.add(row.id);
    }

    await tx
      .insertInto('taxonomy')
      .values({
        id: taxonomy.id,
        name: JSON.stringify(taxonomy.name),
        description: JSON.stringify(taxonomy.description),
        uri: taxonomy.uri ?? null,
        version: taxonomy.version ?? null,
      })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          description: eb.ref('excluded.description'),
          uri: eb.ref('excluded.uri'),
          version: eb.ref('excluded.version'),
        })),
      )
      .execute();

    // Parents come before children, and parent_id is deferred anyway.
    for (let i = 0; i < terms.length; i += CHUNK) {
      await tx
        .insertInto('taxonomy_term')
        .values(
          terms.slice(i, i + CHUNK).map((term) => ({
            id: term.id,
            code: term.code ?? null,
            name: JSON.stringify(term.name),
            description: JSON.stringify(term.description),
            parent_id: term.parent_id ?? null,
            taxonomy: term.taxonomy ?? null,
            language: term.language ?? null,
            taxonomy_id: term.taxonomy_id ?? null,
            term_uri: term.term_uri ?? null,
          })),
        )
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            code: eb.ref('excluded.code'),
            name: eb.ref('excluded.name'),
            description: eb.ref('excluded.description'),
            parent_id: eb.ref('excluded.parent_id'),
            taxonomy: eb.ref('excluded.taxonomy'),
            language: eb.ref('excluded.language'),
            taxonomy_id: eb.ref('excluded.taxonomy_id'),
            term_uri: eb.ref('excluded.term_uri'),
          })),
        )
        .execute();
    }

    const report: OpenEligibilityLoadReport = {
      read: terms.length,
      created: terms.length - existing.size,
      updated: existing.size,
      rejected: [],
      notes,
    };
    await appendAudit(tx, {
      actor: options.actor ?? 'system:open-eligibility',
      action: 'taxonomy.load',
      entity_type: 'taxonomy',
      entity_id: taxonomy.id,
      detail: {
        source: path,
        version: taxonomy.version ?? null,
        read: report.read,
        created: report.created,
        updated: report.updated,
      },
    });
    return report;
  });
}
