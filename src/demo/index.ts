/**
 * Demo data: the catalog bundle and the Open Eligibility taxonomy, loaded through the catalog
 * domain's own import so they are validated, audited and idempotent like any other import
 * (ids are stable, so a second run updates).
 */
import { systemActor } from '../platform/auth/index.js';
import {
  importCatalog,
  isCatalogEmpty,
  loadOpenEligibility,
  TaxonomySourceMissingError,
} from '../domains/catalog/index.js';
import {
  getPublishedCluster,
  publishCluster,
  saveClusterDraft,
  setClusterLifecycle,
  setClusterPartnership,
} from '../domains/clusters/index.js';
import { rebuildSearchIndex, setSearchTerms } from '../domains/search/index.js';
import { canonicalJson } from '../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../platform/db/index.js';
import { isStitchError } from '../platform/errors/index.js';
import { LANGUAGES } from '../platform/i18n/index.js';
import { readDemoCatalog } from './catalog/index.js';
import { demoClusters } from './clusters/index.js';
import { seedDemoIndicators } from './indicators.js';
import { seedDemoPartnerships } from './partnerships.js';
import { demoServiceTerms } from './search/terms.js';

export { demoCatalog } from './catalog/index.js';
export {
  activityInputFromCatalog,
  seedActivity,
  seedDemoActivity,
  DEMO_ACTIVITY_EVENTS,
  type ActivityOptions,
  type SeededActivity,
} from './activity.js';

export interface SeedReport {
  read: number;
  created: number;
  updated: number;
  rejected: Array<{ where: string; field?: string | undefined; reason: string }>;
  notes: string[];
}

const ACTOR = 'stitch seed demo';
const SEED_ACTOR = systemActor('seed-demo');

/**
 * Loads (or refreshes) the Open Eligibility taxonomy (shipped in data/reference; a configured file that is
 * missing is noted, not fatal) and the demo catalog, in one transaction.
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
    const demo = readDemoCatalog();
    notes.push(...demo.notes);
    const catalog = await importCatalog(tx, demo.bundle, { source: 'demo', actor: ACTOR });
    // Partnerships first: each cluster joins its own, and production needs its signed agreement.
    const partnerships = await seedDemoPartnerships(tx);
    notes.push(`${partnerships.created} demo partnerships created, ${partnerships.signed} agreements signed`);
    const clusters = await seedDemoClusters(tx);
    notes.push(`${clusters.published} demo clusters published, ${clusters.unchanged} unchanged`);
    // After the clusters: an indicator belongs to one.
    const indicators = await seedDemoIndicators(tx);
    notes.push(`${indicators.defined} demo indicators defined, ${indicators.recorded} values recorded`);
    const index = await seedDemoSearch(tx);
    notes.push(`search index: ${index.clusters} clusters, ${index.services} services`);
    return {
      read: catalog.read + taxonomy.read,
      created: catalog.created + taxonomy.created,
      updated: catalog.updated + taxonomy.updated,
      rejected: catalog.rejected,
      notes,
    };
  });
}

async function currentDefinition(tx: Tx, key: string): Promise<unknown> {
  try {
    return (await getPublishedCluster(tx, key)).definition;
  } catch (error) {
    if (isStitchError(error) && error.code === 'NOT_FOUND') return undefined;
    throw error;
  }
}

/**
 * Publishes each demo cluster through the clusters domain, like a cluster manager would. A cluster
 * whose published version already says the same is left alone, so seeding twice adds no version.
 * Each cluster joins the demo partnership of the same key (seedDemoPartnerships runs first): the seed,
 * a system actor, skips partners' approvals and the lead's sign-off, but production still needs the
 * signed agreement.
 */
export async function seedDemoClusters(db: Db | Tx): Promise<{ published: number; unchanged: number }> {
  return withTransaction(db, async (tx) => {
    let published = 0;
    let unchanged = 0;
    for (const { definition: wanted, lifecycle } of demoClusters()) {
      const current = await currentDefinition(tx, wanted.key);
      if (current && canonicalJson(current) === canonicalJson(wanted)) {
        unchanged += 1;
      } else {
        // The seed is a system actor: it publishes without partners' approvals (audited as exempt).
        await saveClusterDraft(tx, SEED_ACTOR, wanted, { partnershipKey: wanted.key });
        await publishCluster(tx, SEED_ACTOR, wanted.key, { note: 'Demo data' });
        published += 1;
      }
      await setClusterPartnership(tx, SEED_ACTOR, wanted.key, wanted.key);
      const row = await tx
        .selectFrom('cluster')
        .select('status')
        .where('key', '=', wanted.key)
        .executeTakeFirstOrThrow();
      if (row.status !== lifecycle.status) await setClusterLifecycle(tx, SEED_ACTOR, wanted.key, lifecycle);
    }
    return { published, unchanged };
  });
}

/** The colloquial terms kept for demo services, then the search index rebuilt. */
export async function seedDemoSearch(db: Db | Tx) {
  return withTransaction(db, async (tx) => {
    for (const entry of demoServiceTerms()) {
      for (const lang of LANGUAGES) {
        await setSearchTerms(tx, SEED_ACTOR, {
          kind: 'service',
          ref: entry.service_id,
          lang,
          names: entry[lang].names,
          descriptions: entry[lang].descriptions,
          source: 'demo',
        });
      }
    }
    return rebuildSearchIndex(tx);
  });
}

/**
 * Seeds a catalog that has no organisation yet; returns the report, or undefined when it did nothing.
 * A data directory made before clusters existed gets the demo clusters once.
 */
export async function seedDemoIfEmpty(db: Db | Tx): Promise<SeedReport | undefined> {
  if (await isCatalogEmpty(db)) return seedDemo(db);
  const clusters = await db.selectFrom('cluster').select('id').limit(1).execute();
  const demoPresent = await db
    .selectFrom('organization')
    .select('id')
    .where('source', '=', 'demo')
    .limit(1)
    .execute();
  if (clusters.length > 0 || demoPresent.length === 0) return undefined;
  return seedDemo(db);
}
