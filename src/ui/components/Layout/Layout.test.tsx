import { describe, expect, it } from 'vitest';
import { Layout } from './Layout.js';
import { renderDocument } from '../../render.js';

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
