import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/db.js';
import { ALL_EXAMPLES } from '../../src/ui/components/index.js';
import { duplicateIds, launchBrowser, WCAG } from './browser.js';

const SCREENSHOTS = 'test-results/screenshots';

describe('the component examples page in a real browser', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof createApp>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createApp({ db: database.db, dbKind: database.kind, logger: false, rateLimit: 100_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  it('has no WCAG 2.2 AA violation and no repeated id, on the page or in any example’s frame', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${base}/dev/components`);
    expect(response!.status()).toBe(200);
    await page.screenshot({ path: `${SCREENSHOTS}/dev-components.png`, fullPage: true });

    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    expect(frames).toHaveLength(ALL_EXAMPLES.length);

    const failures: string[] = [];
    // axe goes into every frame: each example is checked as the document it renders in.
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    for (const violation of results.violations) {
      const where = violation.nodes.map((node) => node.target.join(' > ')).join('; ');
      failures.push(`${violation.id} (${violation.nodes.length}) ${violation.help}: ${where}`);
    }
    for (const id of await duplicateIds(page))
      failures.push(`the page: id "${id}" is on more than one element`);
    for (const frame of frames) {
      const title = await (await frame.frameElement()).getAttribute('title');
      const repeated: string[] = await frame.evaluate(`(() => {
        const counts = new Map();
        for (const { id } of document.querySelectorAll('[id]')) counts.set(id, (counts.get(id) || 0) + 1);
        return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
      })()`);
      for (const id of repeated) failures.push(`${title}: id "${id}" is on more than one element`);
      // The frame's style sheet loads: the examples look as they do in pages.
      const styled = await frame.evaluate(
        `document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0`,
      );
      if (!styled) failures.push(`${title}: the style sheet did not load`);
    }
    await context.close();
    expect(failures).toEqual([]);
  });
});
