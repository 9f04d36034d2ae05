import { streamSearchableServices } from '../../catalog/index.js';
import { listClustersOfServices } from '../../clusters/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { addWords, termsOf, upsertDocuments } from '../repository.js';
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
    // Words already sent in this call: each is offered to the vocabulary once.
    const seen = new Set<string>();
    let indexed = 0;
    for (let start = 0; start < unique.length; start += CHUNK)
      indexed += await reindexChunk(tx, unique.slice(start, start + CHUNK), seen);
    return indexed;
  });
}

async function reindexChunk(tx: Tx, ids: string[], seen: Set<string>): Promise<number> {
  await tx.deleteFrom('search_document').where('kind', '=', 'service').where('ref', 'in', ids).execute();
  const clusters = await listClustersOfServices(tx, ids);
  const clustersOf = new Map([...clusters].map(([id, list]) => [id, list.map((cluster) => cluster.key)]));
  let indexed = 0;
  for await (const batch of streamSearchableServices(tx, { ids })) {
    const terms = new Map<string, string[]>();
    for (const row of await termsOf(
      tx,
      'service',
      batch.map((service) => service.id),
    )) {
      const key = `${row.ref}:${row.lang}`;
      terms.set(key, [...(terms.get(key) ?? []), row.term]);
    }
    const documents = batch.flatMap((service) => serviceDocuments(service, terms, clustersOf));
    await upsertDocuments(tx, documents);
    await addWords(tx, vocabulary(documents, seen));
    indexed += batch.length;
  }
  return indexed;
}
