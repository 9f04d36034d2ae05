/**
 * Demo data: the catalog bundle and the Open Eligibility taxonomy, loaded through the catalog
 * domain's own import so they are validated, audited and idempotent like any other import
 * (ids are stable, so a second run updates).
 */
import {
  importCatalog,
  isCatalogEmpty,
  loadOpenEligibility,
  TaxonomySourceMissingError,
} from '../domains/catalog/index.js';
import { withTransaction, type Db, type Tx } from '../platform/db/index.js';
import { demoCatalog } from './catalog/index.js';

export { demoCatalog } from './catalog/index.js';

export interface SeedReport {
  read: number;
  created: number;
  updated: number;
  rejected: Array<{ where: string; field?: string | undefined; reason: string }>;
  notes: string[];
}

const ACTOR = 'stitch seed demo';

/**
 * Loads (or refreshes) the Open Eligibility taxonomy, when its source file is on this machine, and
 * the demo catalog, in one transaction.
 */
export async function seedDemo(db: Db | Tx): Promise<SeedReport> {
  return withTransaction(db, async (tx) => {
    const notes: string[] = [];
    let taxonomy = { read: 0, created: 0, updated: 0 };
    try {
      taxonomy = await loadOpenEligibility(tx, { actor: ACTOR });
    } catch (error) {
      if (!(error instanceof TaxonomySourceMissingError)) throw error;
      notes.push(`Open Eligibility taxonomy not loaded: ${error.message}`);
    }
    const catalog = await importCatalog(tx, demoCatalog(), { source: 'demo', actor: ACTOR });
    return {
      read: catalog.read + taxonomy.read,
      created: catalog.created + taxonomy.created,
      updated: catalog.updated + taxonomy.updated,
      rejected: catalog.rejected,
      notes,
    };
  });
}

/** Seeds only a catalog that has no organisation yet; returns the report, or undefined when it did nothing. */
export async function seedDemoIfEmpty(db: Db | Tx): Promise<SeedReport | undefined> {
  if (!(await isCatalogEmpty(db))) return undefined;
  return seedDemo(db);
}
