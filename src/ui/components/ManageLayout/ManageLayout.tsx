import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../../platform/i18n/index.js';
import { LanguageToggle } from '../LanguageToggle/LanguageToggle.js';

export interface ManageNavItem {
  key: string;
  href: string;
  label: string;
}

export interface ManageLayoutProps {
  lang: Lang;
  title: string;
  /** The stylesheet's address (content-hashed by the web channel); the plain name otherwise. */
  stylesheet?: string;
  /** The same page in the other language. */
  alternatePath: string;
  /** Who is signed in, shown with the sign-out button. */
  accountName: string;
  /** What the account may do, in words (roles and their scope). */
  accountRoles: string;
  csrfToken: string;
  signOutAction: string;
  nav: ManageNavItem[];
  current?: string | undefined;
  children: ComponentChildren;
}

/**
 * The back-office frame: the account, a sign-out form (a POST with the session's anti-forgery token:
 * a link could be triggered by another site) and the sections this account may use.
 */
export function ManageLayout(props: ManageLayoutProps) {
  const { lang, title, alternatePath, nav, current, stylesheet, children } = props;
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return (
    <html lang={lang === 'en' ? 'en-CA' : 'fr-CA'}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t(lang, 'common.manage.siteName')}`}</title>
        <link rel="stylesheet" href={stylesheet ?? '/assets/stitch.css'} />
        <link rel="alternate" hrefLang={other === 'en' ? 'en-CA' : 'fr-CA'} href={alternatePath} />
      </head>
      <body class="manage">
        <a class="skip-link" href="#main">
          {t(lang, 'common.skipToContent')}
        </a>
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href={nav[0]?.href ?? `/${lang}`}>
              {t(lang, 'common.manage.siteName')}
            </a>
            <LanguageToggle lang={lang} alternatePath={alternatePath} />
          </div>
          <div class="container account-row">
            <p class="account">
              {t(lang, 'common.manage.signedInAs')} <strong>{props.accountName}</strong>
              <span class="account-roles"> ({props.accountRoles})</span>
            </p>
            <form method="post" action={props.signOutAction} class="inline-form">
              <input type="hidden" name="_csrf" value={props.csrfToken} />
              <button type="submit" class="button-secondary">
                {t(lang, 'common.manage.signOut')}
              </button>
            </form>
          </div>
          <nav class="container" aria-label={t(lang, 'common.manage.navLabel')}>
            <ul class="nav-list">
              {nav.map((item) => (
                <li key={item.key}>
                  <a href={item.href} aria-current={current === item.key ? 'page' : undefined}>
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="container">
            <p>
              <a href={`/${lang}`}>{t(lang, 'common.manage.publicSite')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
