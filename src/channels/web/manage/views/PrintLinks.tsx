/** The print hint the results' printable pages share: the browser prints; no script is needed. */
import { t, type Lang } from '../../../../platform/i18n/index.js';

/**
 * Says how to print and links to the printable version (no filters, every chart's table open), or back
 * from it to the full page. Hidden when printed.
 */
export function PrintLinks(props: { lang: Lang; print: boolean; printable: string; full: string }) {
  const { lang } = props;
  return (
    <div class="print-links no-print">
      <p>{t(lang, 'results.print.hint')}</p>
      <p>
        {props.print ? (
          <a href={props.full}>{t(lang, 'results.print.full')}</a>
        ) : (
          <a href={props.printable}>{t(lang, 'results.print.printable')}</a>
        )}
      </p>
    </div>
  );
}
