import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_EXAMPLES } from '../../../../ui/components/index.js';
import { createTestApp, type TestApp } from '../../../../testing/app.js';
import { duplicateIdsIn } from '../../../../testing/html.js';
import { exampleAnchor } from './Page.js';

describe('GET /dev/components', () => {
  let development: TestApp;
  let response: Awaited<ReturnType<TestApp['app']['inject']>>;
  beforeAll(async () => {
    development = await createTestApp();
    response = await development.app.inject({ method: 'GET', url: '/dev/components' });
  });
  afterAll(() => development?.close());

  it('shows every component’s every example in a titled frame of its own, French ones marked French', () => {
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-store');
    const html = response.body;
    expect(html.startsWith('<!doctype html><html lang="en-CA">')).toBe(true);
    expect(html).toContain('<meta name="robots" content="noindex"/>');
    expect(html).toContain('<main id="main" class="container" tabindex="-1"><h1>Component examples</h1>');
    expect(duplicateIdsIn(html)).toEqual([]);
    expect(ALL_EXAMPLES.length).toBeGreaterThan(20);
    for (const example of ALL_EXAMPLES) {
      const anchor = exampleAnchor(example);
      const section = html.slice(html.indexOf(`<section class="component-example" id="${anchor}"`));
      expect(section, anchor).toMatch(new RegExp(`^<section class="component-example" id="${anchor}"`));
      const own = section.slice(0, section.indexOf('</section>'));
      expect(own, anchor).toContain(`<h3 id="${anchor}-name">${example.name}</h3>`);
      expect(own, anchor).toContain(`Language: ${example.lang === 'en' ? 'English' : 'French'}`);
      expect(own, anchor).toContain(`<div lang="${example.lang}-CA"><iframe`);
      expect(own, anchor).toContain(`title="${example.component}, example ${example.name}"`);
      expect(own, anchor).toMatch(/srcdoc="&lt;!doctype html>&lt;html lang=&quot;(en|fr)-CA&quot;>/);
    }
  });

  it('puts a whole page as it is in its frame, and anything else inside a main landmark', () => {
    const html = response.body;
    const frameOf = (anchor: string) => {
      const own = html.slice(html.indexOf(`id="${anchor}"`));
      return own.slice(own.indexOf('srcdoc="'), own.indexOf('</section>'));
    };
    expect(frameOf('Layout-services-fr-demo')).toContain('class=&quot;skip-link&quot;');
    expect(frameOf('Layout-services-fr-demo')).not.toContain('&lt;main class=&quot;container&quot;>');
    expect(frameOf('FeedbackForm-question-fr')).toContain(
      '&lt;main class=&quot;container&quot;>&lt;section class=&quot;feedback&quot;',
    );
    expect(html).toContain('This example renders nothing.');
  });

  it('is not served in production', async () => {
    const production = await createTestApp({ production: true });
    try {
      const answer = await production.app.inject({ method: 'GET', url: '/dev/components' });
      expect(answer.statusCode).toBe(404);
    } finally {
      await production.close();
    }
  });
});
