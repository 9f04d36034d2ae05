import type { ComponentChildren } from 'preact';
import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { LanguageToggle } from '../LanguageToggle/LanguageToggle.js';

export interface LayoutProps {
  lang: Lang;
  title: string;
  /** The stylesheet's address (content-hashed by the web channel); the plain name otherwise. */
  stylesheet?: string;
  /** The same page in the other language, so the toggle keeps the visitor where they are. */
  alternatePath: string;
  /** Which main navigation entry is current. */
  current?: 'home' | 'services' | 'organizations' | 'offices';
  /** The data shown are the demonstration catalogue: a banner says so on every page. */
  demo?: boolean;
  children: ComponentChildren;
}

type NavEntry = NonNullable<LayoutProps['current']>;

const NAV_LABEL = {
  home: 'common.nav.home',
  services: 'common.nav.services',
  organizations: 'common.nav.organizations',
  offices: 'common.nav.offices',
} as const satisfies Record<NavEntry, MessageKey>;

/** The page frame: skip link, header with language toggle, demonstration notice (demo data only), main, footer. */
export function Layout({
  lang,
  title,
  alternatePath,
  current,
  demo = false,
  stylesheet,
  children,
}: LayoutProps) {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  const nav: { key: NavEntry; href: string }[] = [
    { key: 'home', href: `/${lang}` },
    { key: 'services', href: `/${lang}/services` },
    { key: 'organizations', href: `/${lang}/organizations` },
    { key: 'offices', href: `/${lang}/${lang === 'en' ? 'offices' : 'bureaux'}` },
  ];
  return (
    <html lang={lang === 'en' ? 'en-CA' : 'fr-CA'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – ${t(lang, 'common.siteName')}`}</title>
        <link rel="stylesheet" href={stylesheet ?? '/assets/stitch.css'} />
        <link rel="alternate" hrefLang={other === 'en' ? 'en-CA' : 'fr-CA'} href={alternatePath} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(lang, 'common.skipToContent')}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href={`/${lang}`}>
              {t(lang, 'common.siteName')}
              <span class="tagline">{t(lang, 'common.tagline')}</span>
            </a>
            <LanguageToggle lang={lang} alternatePath={alternatePath} />
          </div>
          <nav class="container" aria-label={t(lang, 'common.nav.label')}>
            <ul class="nav-list">
              {nav.map((item) => (
                <li key={item.key}>
                  <a href={item.href} aria-current={current === item.key ? 'page' : undefined}>
                    {t(lang, NAV_LABEL[item.key])}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {demo && (
          <div class="demo-banner" role="note">
            <p class="container">{t(lang, 'common.demoBanner')}</p>
          </div>
        )}
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>{t(lang, 'common.footer.about')}</p>
            <p>
              <a href="/api/v1/openapi.json">{t(lang, 'common.footer.api')}</a>
            </p>
            <p>
              <a href={`/${lang}/${lang === 'en' ? 'sign-in' : 'connexion'}`}>
                {t(lang, 'common.manage.partnerSignIn')}
              </a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
