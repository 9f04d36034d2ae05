/**
 * Prints the hit rate of the need-search evaluation set (expected cluster in the top 3) on the demo
 * data, with every miss: `npm run eval:search`.
 */
import { readFileSync } from 'node:fs';
import { seedDemo } from '../src/demo/index.js';
import { searchNeeds } from '../src/domains/search/index.js';
import { evaluateNeeds, type EvalNeed } from '../src/domains/search/eval/evaluate.js';
import { createTestDatabase } from '../src/testing/db.js';

const needs = JSON.parse(
  readFileSync(new URL('../src/domains/search/eval/needs.json', import.meta.url), 'utf8'),
) as EvalNeed[];
const database = await createTestDatabase();
await seedDemo(database.db);
const report = await evaluateNeeds(needs, async (need) =>
  (await searchNeeds(database.db, { q: need.q, lang: need.lang, limit: 10 })).hits.map((hit) =>
    hit.kind === 'cluster' ? hit.ref : `service:${hit.title}`,
  ),
);
for (const miss of report.misses) {
  process.stdout.write(
    `miss [${miss.lang}] ${miss.q} → expected ${miss.expect}, got ${miss.got.join(', ') || 'nothing'}\n`,
  );
}
const pct = (hits: number, total: number) => `${hits}/${total} (${((100 * hits) / total).toFixed(1)}%)`;
process.stdout.write(
  `top-3 hit rate: ${pct(report.hits, report.total)}; English ${pct(report.byLang.en.hits, report.byLang.en.total)}; French ${pct(report.byLang.fr.hits, report.byLang.fr.total)}\n`,
);
await database.close();
