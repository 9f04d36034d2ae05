import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../platform/i18n/index.js';
import { createTestApp, type TestApp } from '../../testing/app.js';

const PAGES = ['/en', '/fr', '/en/services', '/fr/bureaux', '/en/no-such-page', '/fr/connexion'];

describe('the demonstration data banner', () => {
  let demo: TestApp;
  let real: TestApp;
  beforeAll(async () => {
    [demo, real] = await Promise.all([createTestApp({ demoData: true }), createTestApp({ demoData: false })]);
  });
  afterAll(async () => {
    await demo?.close();
    await real?.close();
  });

  it('shows on every page, in the page’s language, when the demo data are on', async () => {
    for (const url of PAGES) {
      const page = await demo.app.inject(url);
      expect(page.headers['content-type'], url).toContain('text/html');
      expect(page.body, url).toContain(t(url.startsWith('/fr') ? 'fr' : 'en', 'common.demoBanner'));
    }
  });

  it('is absent when the demo data are off (STITCH_DEMO_DATA=false)', async () => {
    for (const url of PAGES) {
      const page = await real.app.inject(url);
      expect(page.headers['content-type'], url).toContain('text/html');
      expect(page.body, url).not.toContain('demo-banner');
      expect(page.body, url).not.toContain(t(url.startsWith('/fr') ? 'fr' : 'en', 'common.demoBanner'));
    }
  });
});
