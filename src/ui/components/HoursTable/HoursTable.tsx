import { t, type Lang, type LocalizedText, type MessageKey } from '../../../platform/i18n/index.js';
import { formatDate, formatTime } from '../../format.js';

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
const DAY_LABEL = {
  MO: 'web.hours.MO',
  TU: 'web.hours.TU',
  WE: 'web.hours.WE',
  TH: 'web.hours.TH',
  FR: 'web.hours.FR',
  SA: 'web.hours.SA',
  SU: 'web.hours.SU',
} as const satisfies Record<(typeof DAYS)[number], MessageKey>;

/**
 * One HSDS schedule row, as much of it as the table reads: a weekly opening span (`byday` like `MO,TU`,
 * times as `HH:MM[:SS]`) or a closure (`closed` with the day in `valid_from`).
 */
export interface HoursSchedule {
  id: string;
  closed?: boolean | null | undefined;
  freq?: string | null | undefined;
  byday?: string | null | undefined;
  opens_at?: string | null | undefined;
  closes_at?: string | null | undefined;
  valid_from?: string | null | undefined;
  description?: LocalizedText | null | undefined;
}

/** The closure's reason in the visitor's language, else in the other one while it awaits translation. */
const reasonIn = (text: LocalizedText | null | undefined, lang: Lang): string =>
  text ? text[lang] || text[lang === 'en' ? 'fr' : 'en'] || '' : '';

export interface HoursTableProps {
  lang: Lang;
  schedules: readonly HoursSchedule[];
  caption: string;
  /** Today's date, to list only coming closures. */
  today: string;
}

/** Weekly hours, one row per day with every opening span (split hours shown together), then coming closures. */
export function HoursTable({ lang, schedules, caption, today }: HoursTableProps) {
  const weekly = schedules.filter(
    (s) => !s.closed && s.freq === 'WEEKLY' && s.byday && s.opens_at && s.closes_at,
  );
  const closures = schedules
    .filter((s) => s.closed && s.valid_from && s.valid_from >= today)
    .sort((a, b) => (a.valid_from ?? '').localeCompare(b.valid_from ?? ''))
    .slice(0, 5);
  if (weekly.length === 0 && closures.length === 0) return null;
  const spansFor = (day: string) =>
    weekly
      .filter((s) =>
        s
          .byday!.split(',')
          .map((d) => d.trim())
          .includes(day),
      )
      .sort((a, b) => a.opens_at!.localeCompare(b.opens_at!))
      .map((s) =>
        t(lang, 'web.hours.span', {
          opens: formatTime(lang, s.opens_at!),
          closes: formatTime(lang, s.closes_at!),
        }),
      );
  return (
    <>
      {weekly.length > 0 && (
        <table class="hours">
          <caption class="meta">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'web.hours.day')}</th>
              <th scope="col">{t(lang, 'web.hours.time')}</th>
            </tr>
          </thead>
          <tbody>
            {DAYS.map((day) => {
              const spans = spansFor(day);
              return (
                <tr key={day}>
                  <th scope="row">{t(lang, DAY_LABEL[day])}</th>
                  <td>{spans.length ? spans.join(', ') : t(lang, 'web.hours.closed')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {closures.length > 0 && (
        <ul>
          {closures.map((c) => (
            <li key={c.id}>
              {t(lang, 'web.hours.closedOn', {
                date: formatDate(lang, c.valid_from!),
                reason: reasonIn(c.description, lang),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
