/**
 * Queries on the clusters tables (cluster, cluster_version, cluster_service, and the governance tables
 * cluster_change_request, cluster_change_approval, cluster_signoff) and nothing else.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { canonicalJson } from '../../platform/audit/index.js';
import type { Db, Tx } from '../../platform/db/index.js';
import { ClusterDefinitionSchema, type ClusterDefinition } from './schemas.js';
import type { ClusterSummary, PublishedCluster } from './types.js';

type Conn = Db | Tx;

export const PUBLIC_STATUSES = ['pilot', 'production'] as const;

/** A stored definition is read back through the schema, so defaults added later are filled in. */
export function readDefinition(value: unknown): ClusterDefinition {
  return ClusterDefinitionSchema.parse(typeof value === 'string' ? JSON.parse(value) : value);
}

/** Clusters joined to the version channels show (the published one). */
export function withPublishedVersion(db: Conn) {
  return db
    .selectFrom('cluster')
    .innerJoin('cluster_version', (join) =>
      join
        .onRef('cluster_version.cluster_id', '=', 'cluster.id')
        .onRef('cluster_version.version', '=', 'cluster.published_version'),
    );
}

/** A list line from a cluster row and its published definition. */
export function toSummary(row: {
  key: string;
  kind: ClusterSummary['kind'];
  status: ClusterSummary['status'];
  pilot_ends_on: string | null;
  definition: unknown;
}): ClusterSummary {
  const definition = readDefinition(row.definition);
  return {
    key: row.key,
    kind: row.kind,
    status: row.status,
    pilot_ends_on: row.pilot_ends_on,
    title: definition.title,
    summary: definition.summary,
    slug: definition.slug,
  };
}

export function findClusterRow(db: Conn, key: string) {
  return db.selectFrom('cluster').selectAll().where('key', '=', key).executeTakeFirst();
}

type Where = { key: string } | { slug: string; lang: 'en' | 'fr' } | { all: true };

/** Published versions of clusters: one by key or by its slug in one language, or all of them, by key. */
export async function findPublishedMany(
  db: Conn,
  where: Where,
  options: { publicOnly: boolean },
): Promise<PublishedCluster[]> {
  let query = withPublishedVersion(db).select([
    'cluster.id',
    'cluster.key',
    'cluster.kind',
    'cluster.status',
    'cluster.pilot_starts_on',
    'cluster.pilot_ends_on',
    'cluster_version.version',
    'cluster_version.published_at',
    'cluster_version.definition',
  ]);
  if ('key' in where) query = query.where('cluster.key', '=', where.key);
  else if ('slug' in where) {
    query = query.where(where.lang === 'en' ? 'cluster.slug_en' : 'cluster.slug_fr', '=', where.slug);
  }
  if (options.publicOnly) query = query.where('cluster.status', 'in', [...PUBLIC_STATUSES]);
  const rows = await query.orderBy('cluster.key').execute();
  return rows.map((row) => ({ ...row, definition: readDefinition(row.definition) }));
}

/** The published version of one cluster, by key or by its slug in one language. */
export async function findPublished(
  db: Conn,
  where: { key: string } | { slug: string; lang: 'en' | 'fr' },
  options: { publicOnly: boolean },
): Promise<PublishedCluster | undefined> {
  return (await findPublishedMany(db, where, options))[0];
}

export async function nextVersion(db: Conn, clusterId: string): Promise<number> {
  const row = await db
    .selectFrom('cluster_version')
    .select(sql<number>`coalesce(max(version), 0) + 1`.as('next'))
    .where('cluster_id', '=', clusterId)
    .executeTakeFirstOrThrow();
  return Number(row.next);
}

/** The hash a change request records of the draft it asks about. */
export function definitionHash(definition: ClusterDefinition): string {
  return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

/** The open or approved request of a cluster, if any (a partial unique index allows one). */
export function findLiveRequest(db: Conn, clusterId: string) {
  return db
    .selectFrom('cluster_change_request')
    .selectAll()
    .where('cluster_id', '=', clusterId)
    .where('state', 'in', ['open', 'approved'])
    .executeTakeFirst();
}

export function findApprovals(db: Conn, requestIds: readonly string[]) {
  if (!requestIds.length) return Promise.resolve([]);
  return db
    .selectFrom('cluster_change_approval')
    .selectAll()
    .where('request_id', 'in', [...requestIds])
    .orderBy('reason')
    .orderBy('organization_id')
    .execute();
}

export async function closeRequest(
  db: Conn,
  id: string,
  state: 'rejected' | 'withdrawn' | 'published',
  publishedVersion: number | null = null,
): Promise<void> {
  await db
    .updateTable('cluster_change_request')
    .set({ state, closed_at: new Date(), published_version: publishedVersion })
    .where('id', '=', id)
    .execute();
}

export function findSignoff(db: Conn, clusterId: string, version: number) {
  return db
    .selectFrom('cluster_signoff')
    .selectAll()
    .where('cluster_id', '=', clusterId)
    .where('version', '=', version)
    .executeTakeFirst();
}
