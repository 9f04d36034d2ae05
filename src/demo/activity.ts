/**
 * Generated activity for the catalog in the database: the services with their channels (catalog) and
 * the public clusters they belong to (clusters), handed to the measurement domain's generator, then the
 * rollup brought up to date. Used by `stitch seed activity` and on the demo's first start.
 */
import { listServiceChannelKinds } from '../domains/catalog/index.js';
import { listClustersOfServices } from '../domains/clusters/index.js';
import {
  generateActivity,
  hasGeneratedActivity,
  refreshInteractionRollup,
  type ActivityInput,
  type ActivityProgress,
  type GeneratedActivity,
} from '../domains/measurement/index.js';
import type { Db } from '../platform/db/index.js';

/** Ids per statement when asking for clusters: well under the 65,535 parameters a statement may carry. */
const IDS_PER_QUERY = 10_000;

/**
 * The activity the demo generates on its first start: every chart has something to show, and first
 * start stays quick on the embedded database (about 4 seconds, rollup included).
 */
export const DEMO_ACTIVITY_EVENTS = 60_000;

export interface ActivityOptions {
  events?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  seed?: number | undefined;
  onProgress?: ((progress: ActivityProgress) => void) | undefined;
}

export interface SeededActivity extends GeneratedActivity {
  /** Events the rollup added after the generation (generated ones, and any measured since). */
  rolledUp: number;
  /** How long writing the events took, and refreshing the rollup, in milliseconds. */
  generateMs: number;
  rollupMs: number;
}

/**
 * Every service that offers a channel, with its public clusters. Life and business events are where
 * partners deliver together (one notice of a birth, a death, a move, a new business reaches several of
 * them), so their completions can serve several partners; client groups gather services delivered apart.
 */
export async function activityInputFromCatalog(
  db: Db,
): Promise<Pick<ActivityInput, 'services' | 'tell_us_once'>> {
  const services = await listServiceChannelKinds(db);
  const clustersOf = new Map<string, string[]>();
  const tellUsOnce = new Set<string>();
  for (let start = 0; start < services.length; start += IDS_PER_QUERY) {
    const ids = services.slice(start, start + IDS_PER_QUERY).map((service) => service.id);
    for (const [serviceId, clusters] of await listClustersOfServices(db, ids)) {
      clustersOf.set(
        serviceId,
        clusters.map((cluster) => cluster.key),
      );
      for (const cluster of clusters) if (cluster.kind !== 'client-group') tellUsOnce.add(cluster.key);
    }
  }
  return {
    services: services.map((service) => ({
      id: service.id,
      organization_id: service.organization_id,
      channels: service.channels,
      cluster_keys: clustersOf.get(service.id) ?? [],
    })),
    tell_us_once: [...tellUsOnce].sort(),
  };
}

/**
 * Generates activity for the catalog in the database, then refreshes the rollup. Undefined when no
 * service offers a channel (nothing to generate for).
 */
export async function seedActivity(
  db: Db,
  options: ActivityOptions = {},
): Promise<SeededActivity | undefined> {
  const catalog = await activityInputFromCatalog(db);
  if (catalog.services.length === 0) return undefined;
  const started = performance.now();
  const written = await generateActivity(
    db,
    { ...catalog, events: options.events, from: options.from, to: options.to, seed: options.seed },
    { onProgress: options.onProgress },
  );
  const generated = performance.now();
  const rollup = await refreshInteractionRollup(db);
  return {
    ...written,
    rolledUp: rollup.events,
    generateMs: Math.round(generated - started),
    rollupMs: Math.round(performance.now() - generated),
  };
}

/**
 * The demo's activity, once, for a database that holds the demo catalog: nothing is generated when
 * generated interactions are already stored (starting again, or after `stitch seed activity`), so
 * restarts never add to it; a data directory seeded before generated activity existed gets it once.
 */
export async function seedDemoActivity(
  db: Db,
  options: ActivityOptions = {},
): Promise<SeededActivity | undefined> {
  const demo = await db
    .selectFrom('organization')
    .select('id')
    .where('source', '=', 'demo')
    .limit(1)
    .executeTakeFirst();
  if (!demo || (await hasGeneratedActivity(db))) return undefined;
  return seedActivity(db, { ...options, events: options.events ?? DEMO_ACTIVITY_EVENTS });
}
