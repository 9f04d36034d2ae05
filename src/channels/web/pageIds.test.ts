import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listServices } from '../../domains/catalog/index.js';
import { listPublicClusters } from '../../domains/clusters/index.js';
import { seedDemo } from '../../demo/index.js';
import type { Lang } from '../../platform/i18n/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';
import {
  checklistPath,
  clusterPath,
  officesPath,
  satisfactionPath,
  searchPath,
  servicePath,
} from '../http/paths.js';

const LANGS: Lang[] = ['en', 'fr'];

/** Every `id` attribute of the page, in order; text and attribute values cannot hold `id="` unescaped. */
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);

function duplicates(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].filter(([, count]) => count > 1).map(([value]) => value);
}

/** The opening tag of the first element with this id, as a browser would resolve `for` or `#id`. */
function elementWithId(html: string, id: string): string | undefined {
  return [...html.matchAll(/<[a-z][a-z0-9]*\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => tag.includes(` id="${id}"`));
}

describe('ids on the public pages of the demo', () => {
  let test: TestApp;
  const pages: string[] = [];
  const screeners: Record<Lang, string[]> = { en: [], fr: [] };

  beforeAll(async () => {
    test = await createTestApp({ demoData: true });
    await seedDemo(test.database.db);
    const clusters = await listPublicClusters(test.database.db);
    const service = (await listServices(test.database.db, { page: 1, perPage: 1, search: 'passport' }))
      .items[0]!;
    for (const lang of LANGS) {
      screeners[lang] = clusters.map((cluster) => checklistPath(lang, cluster.slug[lang]));
      pages.push(
        `/${lang}`,
        ...clusters.map((cluster) => clusterPath(lang, cluster.slug[lang])),
        ...screeners[lang],
        servicePath(lang, service.id),
        officesPath(lang),
        `${officesPath(lang)}?near=${encodeURIComponent('K1P 1J1')}`,
        `${searchPath(lang)}?q=${encodeURIComponent(lang === 'en' ? 'having a baby' : 'avoir un bébé')}`,
        `/${lang}/services?q=passport`,
        `${satisfactionPath(lang)}?page=${encodeURIComponent(servicePath(lang, service.id))}`,
      );
    }
    expect(clusters.length).toBeGreaterThan(0);
    // A personal checklist: the having-a-baby screener answered with its one required question.
    for (const lang of LANGS) {
      const baby = clusters.find((cluster) => cluster.key === 'having-a-baby')!;
      const answered = await test.app.inject({
        method: 'POST',
        url: checklistPath(lang, baby.slug[lang]),
        payload: 'province=on&born=yes&indigenous=first-nations',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(answered.statusCode).toBe(303);
      pages.push(answered.headers.location as string);
    }
  });
  afterAll(() => test?.close());

  it('gives every element a unique id, on home, every cluster, its screener and a checklist, services, offices and search', async () => {
    const found: string[] = [];
    for (const url of pages) {
      const page = await test.app.inject(url);
      expect(page.statusCode, url).toBe(200);
      expect(idsOf(page.body).length, url).toBeGreaterThan(0);
      for (const id of duplicates(idsOf(page.body))) found.push(`${url}: #${id}`);
    }
    expect(found).toEqual([]);
  });

  it.each(LANGS)('(%s) makes each label of a screener choose its own option', async (lang) => {
    let choices = 0;
    let unanswered = 0;
    for (const url of screeners[lang]) {
      const html = (await test.app.inject(url)).body;
      for (const [, input, target] of html.matchAll(
        /<div class="choice">(<input [^>]*>)<label for="([^"]+)">/g,
      )) {
        choices += 1;
        if (/ value[\s/>]| value=""/.test(input!)) unanswered += 1;
        // A browser gives a label's click to the first element with that id.
        expect(elementWithId(html, target!), `${url} #${target}`).toBe(input);
      }
    }
    expect(choices).toBeGreaterThan(20);
    // Preact writes an empty value as a bare `value`: the "I prefer not to say" options.
    expect(unanswered).toBeGreaterThan(3);
  });
});
