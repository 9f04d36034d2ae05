/**
 * Need search over a generated catalog (default 100,000 services and 1,000 clusters) on PostgreSQL and
 * PGlite: p50/p95 of `searchNeeds` for the evaluation needs (people's own words, EN and FR), beside
 * the raw database full-text query for the same words (plainto_tsquery + ts_rank over the same
 * documents: every word, then any word) measured in the same run.
 */
import { systemActor } from '../../src/platform/auth/index.js';
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { createCatalogWriter } from '../../src/domains/catalog/index.js';
import { publishCluster, saveClusterDraft, setClusterLifecycle } from '../../src/domains/clusters/index.js';
import { createPartnership, draftAgreement, signAgreement } from '../../src/domains/partnerships/index.js';
import { rebuildSearchIndex, searchNeeds } from '../../src/domains/search/index.js';
import { withTransaction, type DatabaseHandle } from '../../src/platform/db/index.js';
import { stableId } from '../../src/platform/ids/index.js';
import { openEngine } from '../engines.js';
import { searchCluster, searchService } from '../generate/searchCatalog.js';

export interface SearchFigure {
  engine: string;
  services: number;
  clusters: number;
  indexSeconds: number;
  queries: number;
  p50ms: number;
  p95ms: number;
  rawP50ms: number;
  rawP95ms: number;
  p95RatioToRaw: number;
  /** The raw query asking for any of the words (OR), ranked: it finds something for most sentences. */
  anyWordP50ms: number;
  anyWordP95ms: number;
  p95RatioToAnyWord: number;
}

interface Need {
  lang: 'en' | 'fr';
  q: string;
}

const NEEDS = JSON.parse(
  readFileSync(new URL('../../src/domains/search/eval/needs.json', import.meta.url), 'utf8'),
) as Need[];

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 100) / 100;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function loadSearchCatalog(
  handle: DatabaseHandle,
  services: number,
  clusters: number,
  log: (line: string) => void,
) {
  // At least two: production clusters need a partnership, which has at least two parties.
  const organizations = Math.max(2, Math.round(services / 1000));
  const orgId = (i: number) => stableId(`bench-search:organization:${i % organizations}`);
  await withTransaction(handle.db, async (tx) => {
    const writer = createCatalogWriter(tx, { source: 'bench', actor: 'bench', total: services });
    await writer.write({
      organizations: Array.from({ length: organizations }, (_, i) => ({
        id: stableId(`bench-search:organization:${i}`),
        name: { en: `Partner ${i}`, fr: `Partenaire ${i}` },
        description: { en: 'A generated partner.', fr: 'Un partenaire généré.' },
      })),
    });
    for (let start = 0; start < services; start += 2000) {
      const part = [];
      for (let i = start; i < Math.min(services, start + 2000); i++) part.push(searchService(i, orgId));
      await writer.write({ services: part });
    }
    await writer.finish();
  });
  log(`  loaded ${services} services`);
  // One partnership whose signed agreement names every cluster: production needs one in force.
  const bench = systemActor('bench');
  const definitions = Array.from({ length: clusters }, (_, i) => searchCluster(i, services, orgId(i)));
  await createPartnership(handle.db, bench, {
    key: 'bench-search',
    name: { en: 'Bench partnership', fr: 'Partenariat d’essai' },
    parties: [
      { organization_id: orgId(0), role: 'lead' },
      { organization_id: orgId(1), role: 'member' },
    ],
  });
  const { id: agreementId } = await draftAgreement(handle.db, bench, {
    partnership_key: 'bench-search',
    template: 'service-cluster',
    starts_on: '2020-01-01',
    ends_on: '2099-12-31',
    review_on: '2099-12-31',
    clauses: {
      scope: { clusters: definitions.map((definition) => definition.key) },
      branding: { lead_organization_id: orgId(0) },
      cost_sharing: { formula: 'equal' },
    },
  });
  await signAgreement(handle.db, bench, agreementId);
  for (const definition of definitions) {
    await saveClusterDraft(handle.db, systemActor('bench'), definition, { partnershipKey: 'bench-search' });
    await publishCluster(handle.db, systemActor('bench'), definition.key);
    await setClusterLifecycle(handle.db, systemActor('bench'), definition.key, { status: 'production' });
  }
  log(`  published ${clusters} clusters`);
}

export async function runSearchBench(options: {
  services: number;
  clusters: number;
  engines: ('postgres' | 'pglite')[];
  adminUrl: string;
  rounds?: number;
  log?: (line: string) => void;
}): Promise<SearchFigure[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const rounds = options.rounds ?? 3;
  const figures: SearchFigure[] = [];
  for (const engine of options.engines) {
    log(`search bench on ${engine}`);
    const handle = await openEngine(engine, options.adminUrl, 'stitch_bench_search');
    try {
      await loadSearchCatalog(handle, options.services, options.clusters, log);
      const indexMs = await timed(() => rebuildSearchIndex(handle.db));
      log(`  index built in ${(indexMs / 1000).toFixed(1)} s`);
      // The plain database query for the same words: all of them (plainto_tsquery), ranked, through the
      // same per-language index of service documents.
      const raw = (need: Need) =>
        sql`
          SELECT ref FROM search_document
          WHERE kind = 'service' AND lang = ${sql.lit(need.lang)}
            AND tsv @@ plainto_tsquery(${need.lang === 'fr' ? 'french' : 'english'}::regconfig, unaccent(${need.q}))
          ORDER BY ts_rank(tsv, plainto_tsquery(${need.lang === 'fr' ? 'french' : 'english'}::regconfig, unaccent(${need.q}))) DESC
          LIMIT 10
        `.execute(handle.db);
      // The same, asking for any of the words: what a plain full-text search does with a sentence.
      const anyWord = (need: Need) =>
        sql`
          WITH q AS (SELECT to_tsquery(${need.lang === 'fr' ? 'french' : 'english'}::regconfig,
                       replace(plainto_tsquery(${need.lang === 'fr' ? 'french' : 'english'}::regconfig, unaccent(${need.q}))::text, '&', '|')) AS query)
          SELECT ref FROM search_document, q
          WHERE kind = 'service' AND lang = ${sql.lit(need.lang)} AND tsv @@ q.query
          ORDER BY ts_rank(tsv, q.query) DESC
          LIMIT 10
        `.execute(handle.db);
      for (const need of NEEDS) {
        await searchNeeds(handle.db, need);
        await raw(need);
        await anyWord(need);
      }
      const ours: number[] = [];
      const baseline: number[] = [];
      const anyWordBaseline: number[] = [];
      const slowest = new Map<string, number>();
      // Each kind of query in its own pass: interleaved, each query ran right after another kind (need
      // search after the any-word query, which reads thousands of rows), and the raw query's p95 doubled.
      for (let round = 0; round < rounds; round++) {
        for (const need of NEEDS) {
          const ms = await timed(() => searchNeeds(handle.db, need));
          ours.push(ms);
          slowest.set(need.q, Math.max(slowest.get(need.q) ?? 0, ms));
        }
        for (const need of NEEDS) baseline.push(await timed(() => raw(need)));
        for (const need of NEEDS) anyWordBaseline.push(await timed(() => anyWord(need)));
      }
      log(
        `  slowest: ${[...slowest.entries()]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 5)
          .map(([q, ms]) => `${ms.toFixed(1)} ms "${q}"`)
          .join('; ')}`,
      );
      figures.push({
        engine,
        services: options.services,
        clusters: options.clusters,
        indexSeconds: Math.round(indexMs / 100) / 10,
        queries: ours.length,
        p50ms: percentile(ours, 50),
        p95ms: percentile(ours, 95),
        rawP50ms: percentile(baseline, 50),
        rawP95ms: percentile(baseline, 95),
        p95RatioToRaw: Math.round((percentile(ours, 95) / percentile(baseline, 95)) * 100) / 100,
        anyWordP50ms: percentile(anyWordBaseline, 50),
        anyWordP95ms: percentile(anyWordBaseline, 95),
        p95RatioToAnyWord: Math.round((percentile(ours, 95) / percentile(anyWordBaseline, 95)) * 100) / 100,
      });
    } finally {
      await handle.close();
      await handle.drop?.();
    }
  }
  return figures;
}
