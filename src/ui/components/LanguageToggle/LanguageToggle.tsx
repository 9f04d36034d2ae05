import { t, type Lang } from '../../../platform/i18n/index.js';

export interface LanguageToggleProps {
  lang: Lang;
  /** The same page in the other language. */
  alternatePath: string;
}

/** The link to the same page in the other official language, marked up in that language. */
export function LanguageToggle({ lang, alternatePath }: LanguageToggleProps) {
  const other: Lang = lang === 'en' ? 'fr' : 'en';
  return (
    <a class="lang-toggle" href={alternatePath} lang={other === 'en' ? 'en-CA' : 'fr-CA'} hrefLang={other}>
      {t(lang, 'common.otherLanguage')}
    </a>
  );
}
