import { sql } from 'kysely';
import { streamSearchableServices, type SearchableService } from '../../catalog/index.js';
import { listPublicClusterDefinitions, type PublishedCluster } from '../../clusters/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { LANGUAGES, type Lang } from '../../../platform/i18n/index.js';
import { normaliseTerm, words } from '../normalize.js';
import {
  addWords,
  refreshSearchStatistics,
  serviceTermsOf,
  stemTerms,
  vacuumSearchTables,
  upsertDocuments,
  type DocumentInput,
  type ServiceTerms,
} from '../repository.js';
import { forgetSearches } from '../searchCache.js';

export interface IndexReport {
  clusters: number;
  services: number;
  words: number;
}

const join = (...parts: (string | undefined | null)[]) => parts.filter(Boolean).join(' \n ');

export function clusterDocuments(cluster: PublishedCluster): DocumentInput[] {
  const d = cluster.definition;
  return LANGUAGES.map((lang) => ({
    kind: 'cluster',
    ref: cluster.key,
    lang,
    title: d.title[lang],
    summary: d.summary[lang],
    slug: d.slug[lang],
    clusters: [],
    a: join(d.title[lang], ...d.synonyms[lang]),
    b: join(
      d.summary[lang],
      ...d.stages.flatMap((stage) => [stage.title[lang], ...stage.steps.map((step) => step.title[lang])]),
    ),
    c: join(...d.stages.flatMap((stage) => stage.steps.map((step) => step.summary[lang]))),
  }));
}

export function serviceDocuments(
  service: SearchableService,
  terms: ServiceTerms,
  clustersOf: Map<string, string[]>,
): DocumentInput[] {
  return LANGUAGES.map((lang) => ({
    kind: 'service',
    ref: service.id,
    lang,
    title: service.name[lang],
    summary: service.description?.[lang] ?? '',
    slug: null,
    clusters: clustersOf.get(service.id) ?? [],
    // Names say what the service is called, so they sit beside its title; descriptions are how people
    // describe their need, weaker evidence, beside the summary.
    a: join(service.name[lang], ...(terms.get(`${service.id}:${lang}`)?.names ?? [])),
    b: join(
      service.alternate_name?.[lang],
      service.organization_name[lang],
      ...(terms.get(`${service.id}:${lang}`)?.descriptions ?? []),
    ),
    c: service.description?.[lang] ?? '',
    d: join(...service.places.map((place) => place[lang])),
  }));
}

const ALL_DIGITS = /^\d+$/;

/**
 * The words typo correction may offer: those of titles, names and terms, three letters or more, with
 * how many of these documents hold each (of two equally close corrections, the commoner is preferred).
 */
export function vocabulary(
  documents: readonly DocumentInput[],
): { lang: Lang; word: string; documents: number }[] {
  const counts = new Map<string, { lang: Lang; word: string; documents: number }>();
  for (const document of documents) {
    for (const word of new Set(words(`${document.a} ${document.b}`))) {
      // A number is never a misspelling of another number, so numbers are not offered as corrections.
      if (word.length < 3 || ALL_DIGITS.test(word)) continue;
      const key = `${document.lang}:${word}`;
      const known = counts.get(key);
      if (known) known.documents += 1;
      else counts.set(key, { lang: document.lang, word, documents: 1 });
    }
  }
  return [...counts.values()];
}

/**
 * Rebuilds the whole search index from the public clusters and services, in one transaction, so a
 * search never sees half an index. Cluster synonyms become search terms of their cluster; terms an
 * editor keeps for services are read and kept.
 */
export async function rebuildSearchIndex(db: Db | Tx): Promise<IndexReport> {
  const report = await rebuildInOneTransaction(db);
  // The rows replaced stay in the tables and their indexes until vacuumed, and every search would
  // step over them (a search took five times as long right after a rebuild). Outside a caller's
  // transaction, they are cleared at once.
  if (!db.isTransaction) await vacuumSearchTables(db);
  return report;
}

async function rebuildInOneTransaction(db: Db | Tx): Promise<IndexReport> {
  return withTransaction(db, async (tx) => {
    await tx.deleteFrom('search_document').execute();
    await tx.deleteFrom('search_word').execute();
    await tx.deleteFrom('search_term').where('source', '=', 'cluster').execute();
    let wordCount = 0;

    const clusters = await listPublicClusterDefinitions(tx);
    const clusterTerms = clusters.flatMap((cluster) =>
      LANGUAGES.flatMap((lang) =>
        [
          ...new Set(
            [cluster.definition.title[lang], ...cluster.definition.synonyms[lang]].map(normaliseTerm),
          ),
        ]
          .filter(Boolean)
          .map((term) => ({ lang, term, kind: 'cluster' as const, ref: cluster.key, source: 'cluster' })),
      ),
    );
    for (let start = 0; start < clusterTerms.length; start += 2000) {
      await tx
        .insertInto('search_term')
        .values(clusterTerms.slice(start, start + 2000))
        .onConflict((conflict) => conflict.columns(['lang', 'term', 'kind', 'ref']).doNothing())
        .execute();
    }
    await stemTerms(tx);
    const clusterDocs = clusters.flatMap(clusterDocuments);
    await upsertDocuments(tx, clusterDocs);
    const clusterWords = vocabulary(clusterDocs);
    await addWords(tx, clusterWords);
    wordCount += clusterWords.length;

    const clustersOf = new Map<string, string[]>();
    for (const cluster of clusters) {
      for (const step of cluster.definition.stages.flatMap((stage) => stage.steps)) {
        for (const id of step.service_ids) {
          const list = clustersOf.get(id) ?? [];
          if (!list.includes(cluster.key)) list.push(cluster.key);
          clustersOf.set(id, list);
        }
      }
    }

    let services = 0;
    for await (const batch of streamSearchableServices(tx)) {
      const terms = await serviceTermsOf(
        tx,
        batch.map((s) => s.id),
      );
      const documents = batch.flatMap((service) => serviceDocuments(service, terms, clustersOf));
      await upsertDocuments(tx, documents);
      const batchWords = vocabulary(documents);
      await addWords(tx, batchWords);
      wordCount += batchWords.length;
      services += batch.length;
    }
    // A bulk load leaves postings in the GIN pending lists, which every search would scan linearly;
    // merge them now, and refresh statistics so the planner reaches documents through those indexes.
    for (const index of ['cluster_en', 'cluster_fr', 'service_en', 'service_fr']) {
      await sql`SELECT gin_clean_pending_list(${`search_document_tsv_${index}`}::regclass)`.execute(tx);
    }
    // The same for the vocabulary's trigram index, which every long misspelt word reads.
    await sql`SELECT gin_clean_pending_list('search_word_trgm'::regclass)`.execute(tx);
    await refreshSearchStatistics(tx);
    await sql`ANALYZE search_document`.execute(tx);
    await sql`ANALYZE search_word`.execute(tx);
    await sql`ANALYZE search_term`.execute(tx);
    await sql`ANALYZE search_lexeme`.execute(tx);
    await sql`ANALYZE search_collection`.execute(tx);
    forgetSearches();
    return { clusters: clusters.length, services, words: wordCount };
  });
}
