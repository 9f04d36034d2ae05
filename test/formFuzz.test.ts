/**
 * Bounded property-based runs over what the public site parses from strangers: form bodies (the
 * screener, feedback, the satisfaction survey, a checklist by email) and sealed checklist links. Whatever
 * arrives, the answer is a page with a status below 500, in the site's shape.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/index.js';
import { getSecretKey, seal, unseal } from '../src/platform/secrets/index.js';
import { createTestApp, type TestApp } from '../src/testing/app.js';

const RUNS = { numRuns: 60 };

/** Field names a form knows, and names it does not; values of every awkward kind. */
function formBody(knownNames: string[]) {
  const name = fc.oneof(
    fc.constantFrom(...knownNames, '_csrf', '__proto__', 'constructor', 'a[b]', 'x[]'),
    fc.string({ maxLength: 12 }),
  );
  const value = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      '',
      'yes',
      'no',
      'on',
      '-1',
      '1e308',
      'NaN',
      '2026-02-30',
      '\u0000',
      '\ud800',
      'x'.repeat(3000),
    ),
  );
  return fc.oneof(
    fc.array(fc.tuple(name, value), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString()),
    fc.string({ maxLength: 200 }),
  );
}

describe('public forms and links under arbitrary input', () => {
  let test: TestApp;
  let screenerPath: string;
  let questionNames: string[];
  let checklistPath: string;
  beforeAll(async () => {
    test = await createTestApp();
    await seedDemo(test.database.db);
    const { clusters } = (await test.app.inject('/api/v1/clusters')).json() as {
      clusters: { url: { en: string } }[];
    };
    const clusterPage = await test.app.inject(new URL(clusters[0]!.url.en, 'http://x').pathname);
    screenerPath = /href="(\/en\/[^"]+\/checklist)"/.exec(clusterPage.body)?.[1] ?? '';
    expect(screenerPath).not.toBe('');
    const form = await test.app.inject(screenerPath);
    questionNames = [...new Set([...form.body.matchAll(/name="([^"]+)"/g)].map((m) => m[1]!))];
    // The first choice of every question: a real checklist, and so a real sealed link.
    const firstChoices = new URLSearchParams();
    for (const [input] of form.body.matchAll(/<input[^>]*>/g)) {
      const name = /name="([^"]+)"/.exec(input)?.[1];
      const value = /value="([^"]*)"/.exec(input)?.[1];
      if (name && value !== undefined && !firstChoices.has(name)) firstChoices.set(name, value);
    }
    const started = await test.app.inject({
      method: 'POST',
      url: screenerPath,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: firstChoices.toString(),
    });
    expect(started.statusCode).toBe(303);
    checklistPath = String(started.headers.location);
  });
  afterAll(() => test.close());

  const post = (url: string, payload: string) =>
    test.app.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload,
    });

  it('the screener answers a checklist or its form again, never a failure', async () => {
    await fc.assert(
      fc.asyncProperty(formBody(questionNames), async (body) => {
        const response = await post(screenerPath, body);
        expect([303, 400]).toContain(response.statusCode);
      }),
      RUNS,
    );
  });

  it('feedback, the satisfaction survey and a checklist by email refuse what they cannot use, in a page', async () => {
    const targets = ['/en/feedback', '/fr/feedback', '/en/satisfaction', '/fr/satisfaction'];
    if (checklistPath) targets.push(`${checklistPath}/email`);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...targets),
        formBody(['page', 'useful', 'comment', 'score', 'email', 'service', 'lang', 'return_to']),
        async (url, body) => {
          const response = await post(url, body);
          expect(response.statusCode, `${url} ${body}`).toBeLessThan(500);
        },
      ),
      RUNS,
    );
  });

  it('a checklist link that was never sealed, or was altered, is simply not found', async () => {
    const token = checklistPath.split('/').at(-1) ?? '';
    const base = checklistPath.slice(0, -token.length);
    expect(token.length).toBeGreaterThan(20);
    const altered = fc
      .tuple(fc.nat(Math.max(token.length - 1, 0)), fc.constantFrom(...'ABCxyz019-_'))
      .map(([at, char]) => token.slice(0, at) + char + token.slice(at + 1))
      .filter((candidate) => candidate !== token);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          altered,
          fc.string({ minLength: 1, maxLength: 80 }),
          fc.base64String({ minLength: 4, maxLength: 120 }),
        ),
        async (candidate) => {
          const response = await test.app.inject(`${base}${encodeURIComponent(candidate)}`);
          expect([400, 404]).toContain(response.statusCode);
        },
      ),
      RUNS,
    );
  });

  it('unsealing reads back exactly what was sealed, and nothing from any other text', async () => {
    const key = await getSecretKey(test.database.db, 'fuzz-test');
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.string({ maxLength: 200 }), (value, noise) => {
        const token = seal(key, value);
        expect(unseal(key, token)).toEqual(JSON.parse(JSON.stringify(value)));
        // One character changed where every bit counts (the nonce and tag lead the token).
        const at = 10;
        const flipped = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
        expect(unseal(key, flipped)).toBeUndefined();
        expect(unseal(key, noise)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
