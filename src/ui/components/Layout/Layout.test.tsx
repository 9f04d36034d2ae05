import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { renderDocument } from '../../render.js';
import { examples } from './examples.js';
import { Layout } from './Layout.js';

describe('Layout examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('frame each page with the landmarks, skip link and language of the page', () => {
    for (const [name, { html, lang }] of rendered) {
      expect(html.startsWith(`<html lang="${lang}-CA">`), name).toBe(true);
      expect(html, name).toContain('<a class="skip-link" href="#main">');
      expect(html, name).toContain('<main id="main" class="container" tabindex="-1">');
      expect(html, name).toMatch(/<header class="site-header">[\s\S]*<nav class="container" aria-label="/);
      expect(html, name).toContain('<footer class="site-footer">');
    }
  });

  it('marks the current entry and links the toggle to the same page in the other language', () => {
    const fr = rendered.get('services-fr-demo')!.html;
    expect(fr).toContain('<a href="/fr/services" aria-current="page">Services</a>');
    expect(fr).toContain('href="/en/services" lang="en-CA" hreflang="en">English</a>');
    expect(fr).toContain('Données de démonstration');
    expect(fr).toContain('<title>Services – Stitch</title>');
    expect(rendered.get('home-en')!.html).toContain('<a href="/en" aria-current="page">Home</a>');
    expect(rendered.get('long-title-en')!.html).not.toContain('aria-current');
  });
});

describe('Layout', () => {
  it('renders a French page with the toggle to the same page in English and the demo notice', () => {
    const html = renderDocument(
      <Layout lang="fr" title="Accueil" alternatePath="/en/services" current="home" demo>
        <h1>Bonjour</h1>
      </Layout>,
    );
    expect(html.startsWith('<!doctype html><html lang="fr-CA">')).toBe(true);
    expect(html).toContain('href="/en/services"');
    expect(html).toContain('Données de démonstration');
    expect(html).toContain('aria-current="page"');
    expect(html).toContain('<title>Accueil – Stitch</title>');
  });

  it('says nothing of demonstration data unless the data are the demo', () => {
    const html = renderDocument(
      <Layout lang="en" title="Home" alternatePath="/fr">
        <h1>Hello</h1>
      </Layout>,
    );
    expect(html).toContain('<h1>Hello</h1>');
    expect(html).not.toContain('Demonstration data');
    expect(html).not.toContain('demo-banner');
  });

  it('escapes text so markup in data stays inert', () => {
    const html = renderDocument(
      <Layout lang="en" title={'<script>alert(1)</script>'} alternatePath="/fr">
        <p>{'<img src=x onerror=alert(1)>'}</p>
      </Layout>,
    );
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
  });
});
