import { MAX_NEED_LENGTH } from '../../../../domains/search/index.js';
import { t, type Lang } from '../../../../platform/i18n/index.js';
import { searchPath } from '../../../http/paths.js';

/** "What do you need?": the search that reads needs in people's words. */
export function NeedSearchForm({ lang, query, id = 'need' }: { lang: Lang; query?: string; id?: string }) {
  return (
    <form class="search-form" action={searchPath(lang)} method="get" role="search">
      <label for={id}>{t(lang, 'web.home.searchLabel')}</label>
      <p class="meta" id={`${id}-hint`}>
        {t(lang, 'web.home.searchHint')}
      </p>
      <input
        type="search"
        id={id}
        name="q"
        value={query ?? ''}
        aria-describedby={`${id}-hint`}
        maxLength={MAX_NEED_LENGTH}
      />
      <button type="submit">{t(lang, 'web.home.searchButton')}</button>
    </form>
  );
}
