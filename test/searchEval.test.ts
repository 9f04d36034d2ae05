import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/index.js';
import { evaluateNeeds, type EvalNeed } from '../src/domains/search/eval/evaluate.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';

const needs = JSON.parse(
  readFileSync(new URL('../src/domains/search/eval/needs.json', import.meta.url), 'utf8'),
) as EvalNeed[];

/** The floor below which search has regressed; the measured rate is in the README. */
const FLOOR = 0.9;

describe('need search against the evaluation set, through GET /api/v1/search', () => {
  let test: TestApp;
  beforeAll(async () => {
    test = await createTestApp();
    await seedDemo(test.database.db);
  });
  afterAll(() => test.close());

  it('holds at least 80 needs in both languages', () => {
    expect(needs.length).toBeGreaterThanOrEqual(80);
    expect(needs.filter((n) => n.lang === 'fr').length).toBeGreaterThanOrEqual(40);
    expect(needs.filter((n) => n.lang === 'en').length).toBeGreaterThanOrEqual(40);
  });

  it(`finds the expected cluster in the top 3 for at least ${FLOOR * 100}% of needs`, async () => {
    const report = await evaluateNeeds(needs, async (need) => {
      const response = await test.app.inject({
        url: `/api/v1/search?${new URLSearchParams({ q: need.q, lang: need.lang })}`,
      });
      expect(response.statusCode).toBe(200);
      const { results } = response.json() as { results: { type: string; key?: string }[] };
      // The first three results of any kind: a cluster ranked under three services is a miss.
      return results.map((r) => (r.type === 'cluster' ? r.key! : `service:${r.type}`));
    });
    if (report.rate < FLOOR) {
      process.stderr.write(
        `search eval: ${report.hits}/${report.total}; misses:\n${report.misses
          .map((m) => `  [${m.lang}] ${m.q} → expected ${m.expect}, got ${m.got.join(', ') || 'nothing'}`)
          .join('\n')}\n`,
      );
    }
    expect(report.rate).toBeGreaterThanOrEqual(FLOOR);
  });
});
