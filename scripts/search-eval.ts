/**
 * Measures need search on the evaluation set, on the demo data, beside a plain BM25 index (MiniSearch)
 * built in the same run from the same texts: top-1, top-3 and mean reciprocal rank per kind of need,
 * language and kind of answer, for the tuning part and the held-out part apart.
 *
 *   npm run eval:search                      # both parts; the tuning part's misses listed
 *   npm run eval:search -- --held-out-misses # also list the held-out part's misses (after tuning only)
 *   npm run eval:search -- --ranking '{"nameBonus":0.5}'  # try other ranking numbers (ADR 0007)
 */
import MiniSearch from 'minisearch';
import { seedDemo } from '../src/demo/index.js';
import {
  fold,
  listSearchableTexts,
  RANKING,
  searchNeeds,
  type Ranking,
} from '../src/domains/search/index.js';
import {
  evaluateNeeds,
  formatTallies,
  loadNeeds,
  type EvalNeed,
  type EvalPart,
  type EvalReport,
} from '../src/domains/search/eval/evaluate.js';
import { createTestDatabase } from '../src/testing/db.js';

const showHeldOutMisses = process.argv.includes('--held-out-misses');
const rankingArgument = process.argv.indexOf('--ranking');
const ranking: Ranking =
  rankingArgument >= 0
    ? { ...RANKING, ...(JSON.parse(process.argv[rankingArgument + 1] ?? '{}') as Partial<Ranking>) }
    : RANKING;
const database = await createTestDatabase();
await seedDemo(database.db);

const texts = await listSearchableTexts(database.db);
const baselines = new Map(
  (['en', 'fr'] as const).map((lang) => {
    const index = new MiniSearch<{ id: string; a: string; b: string; c: string }>({
      fields: ['a', 'b', 'c'],
      processTerm: (term) => fold(term),
      searchOptions: { boost: { a: 3, b: 1.5 }, fuzzy: 0.2, prefix: true },
    });
    index.addAll(
      texts
        .filter((text) => text.lang === lang)
        .map((text) => ({ id: `${text.kind}:${text.ref}`, a: text.a, b: text.b, c: text.c })),
    );
    return [lang, index] as const;
  }),
);

const stitch = async (need: EvalNeed) =>
  (await searchNeeds(database.db, { q: need.q, lang: need.lang, limit: 10 }, ranking)).hits.map(
    (hit) => `${hit.kind}:${hit.ref}`,
  );
const baseline = async (need: EvalNeed) =>
  baselines
    .get(need.lang)!
    .search(need.q)
    .slice(0, 10)
    .map((result) => String(result.id));

const titles = new Map(texts.map((text) => [`${text.kind}:${text.ref}:${text.lang}`, text.title]));
const name = (id: string, lang: string) => titles.get(`${id}:${lang}`) ?? id;
const out = (line = '') => process.stdout.write(`${line}\n`);

function print(label: string, report: EvalReport) {
  out(`  ${label}`);
  for (const line of formatTallies({ overall: report.overall })) out(`    ${line}`);
  for (const line of formatTallies(report.byTarget)) out(`    ${line}`);
  for (const line of formatTallies(report.byLang)) out(`    ${line}`);
  for (const line of formatTallies(report.byKind)) out(`    ${line}`);
}

for (const part of ['tuning', 'held-out'] as EvalPart[]) {
  const needs = loadNeeds(part);
  const ours = await evaluateNeeds(needs, stitch);
  const theirs = await evaluateNeeds(needs, baseline);
  out(`\n${part} part (${needs.length} needs)`);
  print('Stitch need search', ours);
  print('baseline: MiniSearch BM25 over the same texts', theirs);
  if (part === 'tuning' || showHeldOutMisses) {
    out(`  misses (expected answer not first):`);
    for (const miss of ours.misses) {
      out(
        `    [${miss.lang}/${miss.kind}] ${miss.q} → expected ${name(miss.expect, miss.lang)} ` +
          `(rank ${miss.rank ?? '–'}); got ${miss.got.map((id) => name(id, miss.lang)).join(' | ') || 'nothing'}`,
      );
    }
  }
}
await database.close();
