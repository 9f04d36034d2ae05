/**
 * The development identity provider's pages, server-rendered and bilingual: sign-in (with the demo
 * accounts listed), the sign-out question, signed out, and errors. They work without JavaScript.
 */
import type { ComponentChildren } from 'preact';
import { hasMessage, t, type Lang } from '../../platform/i18n/index.js';
import { ErrorSummary } from '../../ui/components/ErrorSummary/ErrorSummary.js';
import { FieldError } from '../../ui/components/FieldError/FieldError.js';
import { renderDocument } from '../../ui/render.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './users.js';

export const PROVIDER_CSS_PATH = '/assets/provider.css';

const other = (lang: Lang): Lang => (lang === 'en' ? 'fr' : 'en');
const htmlLang = (lang: Lang) => (lang === 'en' ? 'en-CA' : 'fr-CA');

interface FrameProps {
  lang: Lang;
  title: string;
  /** This page in the other language, when there is one to link to. */
  alternateHref?: string | undefined;
  children: ComponentChildren;
}

function Frame({ lang, title, alternateHref, children }: FrameProps) {
  return (
    <html lang={htmlLang(lang)}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t(lang, 'auth.provider.siteName')}`}</title>
        <link rel="stylesheet" href={PROVIDER_CSS_PATH} />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(lang, 'common.skipToContent')}
        </a>
        <header>
          <div class="container header-row">
            <p class="site-name">{t(lang, 'auth.provider.siteName')}</p>
            {alternateHref && (
              <a href={alternateHref} lang={htmlLang(other(lang))} hrefLang={other(lang)}>
                {t(lang, 'common.otherLanguage')}
              </a>
            )}
          </div>
        </header>
        <div class="banner" role="note">
          <p class="container">{t(lang, 'auth.provider.banner')}</p>
        </div>
        <main id="main" class="container" tabIndex={-1}>
          {children}
        </main>
        <footer>
          <p class="container">{t(lang, 'auth.provider.siteName')}</p>
        </footer>
      </body>
    </html>
  );
}

export type LoginProblem = 'missing' | 'wrong' | 'locked';

export interface LoginPageProps {
  lang: Lang;
  uid: string;
  problem?: LoginProblem | undefined;
  lockedMinutes?: number;
  username?: string;
}

/** What a demonstration account may do; users.test.ts checks that every account has its words. */
function accountRole(lang: Lang, id: string): string {
  const key = `auth.provider.accounts.${id}`;
  return hasMessage(lang, key) ? t(lang, key) : '';
}

export function renderLoginPage(props: LoginPageProps): string {
  const { lang, uid, problem } = props;
  const title = t(lang, 'auth.provider.title');
  const message =
    problem === 'locked'
      ? t(lang, 'auth.provider.locked', { minutes: props.lockedMinutes ?? 1 })
      : problem === 'missing'
        ? t(lang, 'auth.provider.missing')
        : problem === 'wrong'
          ? t(lang, 'auth.provider.wrong')
          : undefined;
  const invalidUser = problem === 'missing' && !props.username;
  const invalidPassword = problem !== undefined && !invalidUser;
  return renderDocument(
    <Frame
      lang={lang}
      title={problem ? `${t(lang, 'auth.provider.errorSummary')} – ${title}` : title}
      alternateHref={`/interaction/${uid}?lang=${other(lang)}`}
    >
      <h1>{title}</h1>
      <ErrorSummary
        heading={t(lang, 'auth.provider.errorSummary')}
        problems={message ? [{ target: invalidUser ? 'username' : 'password', text: message }] : []}
      />
      <p>{t(lang, 'auth.provider.intro')}</p>
      <p>
        {t(lang, 'auth.provider.password')} <code>{DEMO_PASSWORD}</code>
      </p>
      <table>
        <caption>{t(lang, 'auth.provider.accountsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'auth.provider.name')}</th>
            <th scope="col">{t(lang, 'auth.provider.username')}</th>
            <th scope="col">{t(lang, 'auth.provider.role')}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_ACCOUNTS.map((account) => (
            <tr key={account.id}>
              <th scope="row">{account.name}</th>
              <td>
                <code>{account.id}</code>
              </td>
              <td>{accountRole(lang, account.id)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(lang, 'auth.provider.formTitle')}</h2>
      <form method="post" action={`/interaction/${uid}/login`} noValidate>
        <input type="hidden" name="lang" value={lang} />
        <div class="field">
          <label for="username">{t(lang, 'auth.provider.username')}</label>
          {message && invalidUser && <FieldError lang={lang} id="login-error" message={message} />}
          <input
            type="text"
            id="username"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellcheck={false}
            value={props.username ?? ''}
            aria-invalid={invalidUser ? 'true' : undefined}
            aria-describedby={invalidUser ? 'login-error' : undefined}
          />
        </div>
        <div class="field">
          <label for="password">{t(lang, 'auth.provider.passwordLabel')}</label>
          {message && invalidPassword && <FieldError lang={lang} id="login-error" message={message} />}
          <input
            type="password"
            id="password"
            name="password"
            autoComplete="current-password"
            aria-invalid={invalidPassword ? 'true' : undefined}
            aria-describedby={invalidPassword ? 'login-error' : undefined}
          />
        </div>
        <button type="submit">{t(lang, 'auth.provider.submit')}</button>
      </form>
      <form method="post" action={`/interaction/${uid}/abort`}>
        <input type="hidden" name="lang" value={lang} />
        <button type="submit" class="secondary">
          {t(lang, 'auth.provider.cancel')}
        </button>
      </form>
    </Frame>,
  );
}

/** The provider's own logout question; `form` is its hidden form (action and anti-forgery token). */
export function renderLogoutPage(lang: Lang, form: string): string {
  return renderDocument(
    <Frame lang={lang} title={t(lang, 'auth.provider.logout.title')}>
      <h1>{t(lang, 'auth.provider.logout.title')}</h1>
      <p>{t(lang, 'auth.provider.logout.body')}</p>
      <div dangerouslySetInnerHTML={{ __html: form }} />
      <button type="submit" form="op.logoutForm" name="logout" value="yes">
        {t(lang, 'auth.provider.logout.yes')}
      </button>
      <button type="submit" form="op.logoutForm" class="secondary">
        {t(lang, 'auth.provider.logout.no')}
      </button>
    </Frame>,
  );
}

export function renderLoggedOutPage(lang: Lang): string {
  return renderDocument(
    <Frame lang={lang} title={t(lang, 'auth.provider.loggedOut.title')}>
      <h1>{t(lang, 'auth.provider.loggedOut.title')}</h1>
      <p>{t(lang, 'auth.provider.loggedOut.body')}</p>
    </Frame>,
  );
}

export function renderErrorPage(lang: Lang, code: string): string {
  return renderDocument(
    <Frame lang={lang} title={t(lang, 'auth.provider.error.title')}>
      <h1>{t(lang, 'auth.provider.error.title')}</h1>
      <p>{t(lang, 'auth.provider.error.body')}</p>
      <p>{t(lang, 'auth.provider.error.code', { code })}</p>
    </Frame>,
  );
}
