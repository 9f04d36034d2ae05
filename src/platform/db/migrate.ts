import { sql, type Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import type { Database } from './schema.js';
import { statements as catalog } from './migrations/0001_catalog.js';
import { statements as serviceInventory } from './migrations/0002_service_inventory.js';
import { statements as catalogPositions } from './migrations/0003_catalog_positions.js';
import { statements as hsdsOutsideReferences } from './migrations/0004_hsds_outside_references.js';
import { statements as clusters } from './migrations/0005_clusters.js';
import { statements as search } from './migrations/0006_search.js';
import { statements as partnerships } from './migrations/0007_partnerships.js';
import { statements as access } from './migrations/0008_access.js';
import { statements as catalogDrafts } from './migrations/0009_catalog_drafts.js';
import { statements as clusterGovernance } from './migrations/0010_cluster_governance.js';
import { statements as agreementSignatures } from './migrations/0011_agreement_signatures.js';
import { statements as auditIndexes } from './migrations/0012_audit_indexes.js';
import { statements as catalogWholeRecords } from './migrations/0013_catalog_whole_records.js';
import { statements as catalogGeneration } from './migrations/0014_catalog_generation.js';
import { statements as sharedChildPartialIndexes } from './migrations/0015_shared_child_partial_indexes.js';
import { statements as results } from './migrations/0016_results.js';
import { statements as searchIntent } from './migrations/0017_search_intent.js';
import { statements as searchTermWords } from './migrations/0018_search_term_words.js';
import { statements as auditMac } from './migrations/0019_audit_mac.js';

/** Migrations in order. Each is a list of statements: PGlite's extended protocol runs one at a time. */
const MIGRATIONS: Record<string, string[]> = {
  '0001_catalog': catalog,
  '0002_service_inventory': serviceInventory,
  '0003_catalog_positions': catalogPositions,
  '0004_hsds_outside_references': hsdsOutsideReferences,
  '0005_clusters': clusters,
  '0006_search': search,
  '0007_partnerships': partnerships,
  '0008_access': access,
  '0009_catalog_drafts': catalogDrafts,
  '0010_cluster_governance': clusterGovernance,
  '0011_agreement_signatures': agreementSignatures,
  '0012_audit_indexes': auditIndexes,
  '0013_catalog_whole_records': catalogWholeRecords,
  '0014_catalog_generation': catalogGeneration,
  '0015_shared_child_partial_indexes': sharedChildPartialIndexes,
  '0016_results': results,
  '0017_search_intent': searchIntent,
  '0018_search_term_words': searchTermWords,
  '0019_audit_mac': auditMac,
};

class StaticProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, list]) => [
        name,
        {
          async up(db: Kysely<unknown>) {
            for (const statement of list) await sql.raw(statement).execute(db);
          },
        },
      ]),
    );
  }
}

export interface MigrationReport {
  applied: string[];
}

/** Brings the schema up to date. Safe to run from several instances: Kysely holds an advisory lock. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationReport> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName) };
}

/** True when every known migration has been applied. */
export async function isMigrated(db: Kysely<Database>): Promise<boolean> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  const all = await migrator.getMigrations();
  return all.every((m) => m.executedAt !== undefined);
}
