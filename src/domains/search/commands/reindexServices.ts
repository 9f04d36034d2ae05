import { streamSearchableServices } from '../../catalog/index.js';
import { listClustersOfServices } from '../../clusters/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { addWords, termsOf, upsertDocuments } from '../repository.js';
import { serviceDocuments, vocabulary } from './rebuildSearchIndex.js';

/**
 * Brings the index up to date for a few services after a partner publishes a change, without
 * rebuilding the whole index. A service that is no longer searchable (closed, awaiting translation)
 * leaves the index. Words a change removes stay in the typo vocabulary until the next full rebuild,
 * where they do no harm: correction only proposes words that search can also find in some document.
 */
export async function reindexServices(db: Db | Tx, serviceIds: readonly string[]): Promise<number> {
  if (serviceIds.length === 0) return 0;
  return withTransaction(db, async (tx) => {
    const ids = [...new Set(serviceIds)];
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
      await addWords(tx, vocabulary(documents, new Set()));
      indexed += batch.length;
    }
    return indexed;
  });
}
