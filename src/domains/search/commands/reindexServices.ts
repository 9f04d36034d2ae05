import { streamSearchableServices } from '../../catalog/index.js';
import { listClustersOfServices } from '../../clusters/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import {
  addWords,
  countDocuments,
  refreshSearchStatistics,
  serviceTermsOf,
  upsertDocuments,
} from '../repository.js';
import { forgetSearches } from '../searchCache.js';
import { serviceDocuments, vocabulary } from './rebuildSearchIndex.js';

/** Services reindexed per round: every statement's list of ids stays far below the parameter limit. */
const CHUNK = 2000;

/**
 * Brings the index up to date for the given services (a partner's change, the services an import
 * wrote), without rebuilding the whole index. A service that is no longer searchable (closed, awaiting
 * translation) leaves the index. Words a change removes stay in the typo vocabulary until the next full
 * rebuild, where they do no harm: correction only proposes words that search can also find in some
 * document.
 */
export async function reindexServices(db: Db | Tx, serviceIds: readonly string[]): Promise<number> {
  if (serviceIds.length === 0) return 0;
  return withTransaction(db, async (tx) => {
    const unique = [...new Set(serviceIds)];
    let indexed = 0;
    for (let start = 0; start < unique.length; start += CHUNK)
      indexed += await reindexChunk(tx, unique.slice(start, start + CHUNK));
    // Word statistics are recounted when the change is large or the index small enough to recount at
    // once; a few services changed in a large index leave them as they are, which shifts no ranking.
    if (unique.length >= STATISTICS_AFTER || (await countDocuments(tx)) <= SMALL_INDEX) {
      await refreshSearchStatistics(tx);
    }
    forgetSearches();
    return indexed;
  });
}

/** Services changed at once from which word statistics are recounted whatever the size of the index. */
const STATISTICS_AFTER = 1000;
/** An index of at most this many documents is recounted after any change (a few milliseconds). */
const SMALL_INDEX = 20_000;

async function reindexChunk(tx: Tx, ids: string[]): Promise<number> {
  await tx.deleteFrom('search_document').where('kind', '=', 'service').where('ref', 'in', ids).execute();
  const clusters = await listClustersOfServices(tx, ids);
  const clustersOf = new Map([...clusters].map(([id, list]) => [id, list.map((cluster) => cluster.key)]));
  let indexed = 0;
  for await (const batch of streamSearchableServices(tx, { ids })) {
    const terms = await serviceTermsOf(
      tx,
      batch.map((service) => service.id),
    );
    const documents = batch.flatMap((service) => serviceDocuments(service, terms, clustersOf));
    await upsertDocuments(tx, documents);
    await addWords(tx, vocabulary(documents));
    indexed += batch.length;
  }
  return indexed;
}
