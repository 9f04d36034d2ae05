import { describe, expect, it } from 'vitest';
import { problemsWithExamples, renderExamples } from '../../../testing/html.js';
import { examples } from './examples.js';

describe('ManageLayout examples', () => {
  const rendered = renderExamples(examples);

  it('are named, described, in both languages, each without a repeated id', () => {
    expect(problemsWithExamples(examples)).toEqual([]);
  });

  it('keep the back office out of search engines and give every page its landmarks', () => {
    for (const [name, { html, lang }] of rendered) {
      expect(html.startsWith(`<html lang="${lang}-CA">`), name).toBe(true);
      expect(html, name).toContain('<meta name="robots" content="noindex"/>');
      expect(html, name).toContain('<main id="main" class="container" tabindex="-1">');
      expect(html, name).toContain('<footer class="site-footer">');
    }
  });

  it('signs out with a POST that carries the anti-forgery token, never with a link', () => {
    const html = rendered.get('editor-en')!.html;
    expect(html).toMatch(
      /<form method="post" action="\/auth\/sign-out" class="inline-form"><input type="hidden" name="_csrf" value="example-token"\/><button type="submit" class="button-secondary">Sign out<\/button>/,
    );
    expect(html).not.toContain('href="/auth/sign-out"');
  });

  it('names the account and its roles, and marks the current section', () => {
    const en = rendered.get('editor-en')!.html;
    expect(en).toContain('Signed in as <strong>Service Canada Editor</strong>');
    expect(en).toContain('<a href="/en/manage/records" aria-current="page">Services and offices</a>');
    expect(en).toContain('<nav class="container" aria-label="Back office">');
    const fr = rendered.get('administrator-fr')!.html;
    expect(fr).toContain('Connecté');
    expect(fr).toContain('<title>Personnes – ');
    expect(fr).toContain('<a href="/fr/gestion/personnes" aria-current="page">Personnes</a>');
    expect(rendered.get('no-section-en')!.html).toContain('<a class="brand" href="/en">');
  });
});
