/**
 * Demo data: the catalog bundle, and seeding it through the catalog domain's import so that it is
 * validated, audited and idempotent like any other import (ids are stable, so a second run updates).
 */
import * as catalog from '../domains/catalog/index.js';
import type { CatalogBundleInput } from '../domains/catalog/index.js';
import type { Db, Tx } from '../platform/db/index.js';
import { StitchError } from '../platform/errors/index.js';
import { demoCatalog } from './catalog/index.js';

export { demoCatalog } from './catalog/index.js';

export interface SeedReport {
  read: number;
  created: number;
  updated: number;
  rejected: Array<{ where: string; field?: string | undefined; reason: string }>;
  notes?: string[];
}

type ImportCatalog = (
  db: Db | Tx,
  bundle: CatalogBundleInput,
  options: { source: string; actor: string },
) => Promise<SeedReport>;

/** The catalog's import command, looked up when first needed so the demo works with the domain as it grows. */
function findImportCatalog(): ImportCatalog | undefined {
  const fn = (catalog as unknown as Record<string, unknown>).importCatalog;
  return typeof fn === 'function' ? (fn as ImportCatalog) : undefined;
}

function importCatalog(): ImportCatalog {
  const fn = findImportCatalog();
  if (!fn)
    throw new StitchError(
      'INTERNAL',
      'The catalog does not offer importCatalog yet, so the demo data cannot be loaded.',
    );
  return fn;
}

/** Loads (or refreshes) the demo catalog. */
export async function seedDemo(db: Db | Tx): Promise<SeedReport> {
  return importCatalog()(db, demoCatalog(), { source: 'demo', actor: 'stitch seed demo' });
}

/** Seeds the demo catalog only when the catalog has no organisation yet; returns the report, or undefined. */
export async function seedDemoIfEmpty(db: Db | Tx): Promise<SeedReport | undefined> {
  const existing = await db.selectFrom('organization').select('id').limit(1).executeTakeFirst();
  if (existing) return undefined;
  // The server must still start on a build whose catalog cannot import yet; it logs this note instead.
  if (!findImportCatalog()) {
    return {
      read: 0,
      created: 0,
      updated: 0,
      rejected: [],
      notes: ['The catalog import is not available in this build; demo data was not loaded.'],
    };
  }
  return seedDemo(db);
}
