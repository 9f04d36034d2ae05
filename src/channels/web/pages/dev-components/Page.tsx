import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import type { ExampleToShow } from '../../../../ui/components/index.js';
import { languageName } from '../../../../ui/format.js';
import { renderDocument } from '../../../../ui/render.js';

/** The page's own chrome is in English; the examples keep their own language. */
const LANG: Lang = 'en';
const htmlLang = (lang: Lang) => (lang === 'en' ? 'en-CA' : 'fr-CA');

/** An example's anchor on the page, also the start of its ids: unique across components. */
export const exampleAnchor = (example: Pick<ExampleToShow, 'component' | 'name'>) =>
  `${example.component}-${example.name}`;

/**
 * The example as a document of its own for its frame: a whole page (a layout) as it is, anything else inside
 * a main landmark, with the site's style sheet. A frame keeps each example's ids and landmarks apart from
 * the other examples' and from this page's.
 */
export function exampleDocument(example: ExampleToShow): { html: string; empty: boolean; page: boolean } {
  const body = renderToString(example.render());
  if (body.startsWith('<html')) return { html: `<!doctype html>${body}`, empty: false, page: true };
  const frame: VNode = (
    <html lang={htmlLang(example.lang)}>
      <head>
        <meta charSet="utf-8" />
        <title>{`${example.component} – ${example.name}`}</title>
        <link rel="stylesheet" href="/assets/stitch.css" />
      </head>
      <body>
        <main class="container" dangerouslySetInnerHTML={{ __html: body }} />
      </body>
    </html>
  );
  return { html: renderDocument(frame), empty: body === '', page: false };
}

function Example({ example }: { example: ExampleToShow }) {
  const anchor = exampleAnchor(example);
  const { html, empty, page } = exampleDocument(example);
  return (
    <section class="component-example" id={anchor} aria-labelledby={`${anchor}-name`}>
      <h3 id={`${anchor}-name`}>{example.name}</h3>
      <p>{example.description}</p>
      <p class="meta">
        {t(LANG, 'dev.components.language')}: {languageName(LANG, example.lang)}
      </p>
      {empty && <p class="meta">{t(LANG, 'dev.components.rendersNothing')}</p>}
      <div lang={htmlLang(example.lang)}>
        <iframe
          class={page ? 'component-example-frame component-example-page' : 'component-example-frame'}
          title={t(LANG, 'dev.components.frameTitle', {
            component: example.component,
            example: example.name,
          })}
          srcdoc={html}
        />
      </div>
    </section>
  );
}

/** Every shared component's examples, grouped by component, each rendered in its own frame. */
export function ComponentExamplesPage({ examples }: { examples: readonly ExampleToShow[] }) {
  const components = [...new Set(examples.map((example) => example.component))];
  const title = t(LANG, 'dev.components.title');
  return (
    <html lang={htmlLang(LANG)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t(LANG, 'common.siteName')}`}</title>
        <link rel="stylesheet" href="/assets/stitch.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(LANG, 'common.skipToContent')}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <p class="brand">{t(LANG, 'common.siteName')}</p>
          </div>
        </header>
        <main id="main" class="container" tabIndex={-1}>
          <h1>{title}</h1>
          <p class="lead">{t(LANG, 'dev.components.intro')}</p>
          <p class="meta">{t(LANG, 'dev.components.developmentOnly')}</p>
          <nav aria-labelledby="components-contents">
            <h2 id="components-contents">{t(LANG, 'dev.components.contents')}</h2>
            <ul>
              {components.map((component) => (
                <li key={component}>
                  <a href={`#${component}`}>{component}</a>{' '}
                  <span class="meta">
                    (
                    {t(LANG, 'dev.components.examples', {
                      count: examples.filter((example) => example.component === component).length,
                    })}
                    )
                  </span>
                </li>
              ))}
            </ul>
          </nav>
          {components.map((component) => (
            <section key={component} id={component} aria-labelledby={`${component}-heading`}>
              <h2 id={`${component}-heading`}>{component}</h2>
              {examples
                .filter((example) => example.component === component)
                .map((example) => (
                  <Example key={example.name} example={example} />
                ))}
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

/** The examples page as an HTML document. */
export function renderComponentExamplesPage(examples: readonly ExampleToShow[]): string {
  return renderDocument(<ComponentExamplesPage examples={examples} />);
}
