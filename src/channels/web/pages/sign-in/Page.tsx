import type { ComponentChildren } from 'preact';
import { t, type Lang, type MessageKey } from '../../../../platform/i18n/index.js';
import type { SignInProblemReason } from '../../../http/oidc.js';
import { managePath, signInPath } from '../../../http/paths.js';
import { renderHtml } from '../../html.js';

export function SignInPage(props: {
  lang: Lang;
  signedInAs: string | undefined;
  startHref: string | undefined;
}) {
  const { lang } = props;
  return (
    <>
      <h1>{t(lang, 'auth.signIn.title')}</h1>
      {props.signedInAs ? (
        <>
          <p>{t(lang, 'auth.signIn.signedInAs', { name: props.signedInAs })}</p>
          <p>
            <a class="button" href={managePath(lang)}>
              {t(lang, 'auth.signIn.toBackOffice')}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{t(lang, 'auth.signIn.intro')}</p>
          {props.startHref ? (
            <>
              <p>{t(lang, 'auth.signIn.how')}</p>
              <p>
                <a class="button" href={props.startHref}>
                  {t(lang, 'auth.signIn.button')}
                </a>
              </p>
            </>
          ) : (
            <p>{t(lang, 'auth.signIn.notConfigured')}</p>
          )}
        </>
      )}
      <p>{t(lang, 'auth.signIn.public')}</p>
    </>
  );
}

const PROBLEM_TEXT = {
  denied: 'auth.problem.denied',
  expired: 'auth.problem.expired',
  disabled: 'auth.problem.disabled',
  unavailable: 'auth.problem.unavailable',
  failed: 'auth.problem.failed',
} as const satisfies Record<SignInProblemReason, MessageKey>;

export function ProblemPage({ lang, reason }: { lang: Lang; reason: SignInProblemReason }) {
  return (
    <>
      <h1>{t(lang, 'auth.problem.title')}</h1>
      <p>{t(lang, PROBLEM_TEXT[reason])}</p>
      <ul>
        <li>
          <a href={signInPath(lang)}>{t(lang, 'auth.problem.tryAgain')}</a>
        </li>
        <li>
          <a href={`/${lang}`}>{t(lang, 'auth.signIn.toHome')}</a>
        </li>
      </ul>
    </>
  );
}

export function ThrottledPage({ lang, waitMs }: { lang: Lang; waitMs: number }) {
  const seconds = Math.ceil(waitMs / 1000);
  return (
    <>
      <h1>{t(lang, 'auth.throttled.title')}</h1>
      <p>{t(lang, 'auth.throttled.body')}</p>
      <p>
        {seconds > 90
          ? t(lang, 'auth.throttled.waitMinutes', { minutes: Math.ceil(seconds / 60) })
          : t(lang, 'auth.throttled.waitSeconds', { seconds })}
      </p>
      <p>
        <a href={`/${lang}`}>{t(lang, 'auth.signIn.toHome')}</a>
      </p>
    </>
  );
}

/** A sign-in page in the site frame; the language toggle leads to the sign-in page in the other language. */
function frame(lang: Lang, title: string, body: ComponentChildren, demo: boolean | undefined): string {
  return renderHtml(lang, title, signInPath(lang === 'en' ? 'fr' : 'en'), body, { demo });
}

export function renderSignInPage(
  lang: Lang,
  props: { signedInAs: string | undefined; startHref: string | undefined },
  demo: boolean | undefined,
): string {
  return frame(lang, t(lang, 'auth.signIn.title'), <SignInPage lang={lang} {...props} />, demo);
}

export function renderProblemPage(
  lang: Lang,
  reason: SignInProblemReason,
  demo: boolean | undefined,
): string {
  return frame(lang, t(lang, 'auth.problem.title'), <ProblemPage lang={lang} reason={reason} />, demo);
}

export function renderThrottledPage(lang: Lang, waitMs: number, demo: boolean | undefined): string {
  return frame(lang, t(lang, 'auth.throttled.title'), <ThrottledPage lang={lang} waitMs={waitMs} />, demo);
}
