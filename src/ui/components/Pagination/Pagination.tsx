import { t, type Lang } from '../../../platform/i18n/index.js';

export interface PaginationProps {
  lang: Lang;
  page: number;
  pages: number;
  /** Builds the link to a page, keeping the other query parameters. */
  href: (page: number) => string;
}

/** Previous / next links with the position in words; renders nothing for a single page. */
export function Pagination({ lang, page, pages, href }: PaginationProps) {
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label={t(lang, 'common.pagination.label')}>
      {page > 1 && (
        <a href={href(page - 1)} rel="prev">
          {t(lang, 'common.pagination.previous')}
        </a>
      )}
      <span>{t(lang, 'common.pagination.pageOf', { page, pages })}</span>
      {page < pages && (
        <a href={href(page + 1)} rel="next">
          {t(lang, 'common.pagination.next')}
        </a>
      )}
    </nav>
  );
}
