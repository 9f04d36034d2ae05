import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';

const CHANNELS = ['online', 'phone', 'in_person', 'mail', 'email', 'fax', 'other'] as const;
const STAGES = ['registration', 'authentication', 'application', 'decision', 'issuance', 'feedback'] as const;

const CHANNEL_LABEL = {
  online: 'web.results.channels.online',
  phone: 'web.results.channels.phone',
  in_person: 'web.results.channels.in_person',
  mail: 'web.results.channels.mail',
  email: 'web.results.channels.email',
  fax: 'web.results.channels.fax',
  other: 'web.results.channels.other',
} as const satisfies Record<(typeof CHANNELS)[number], MessageKey>;

const STAGE_LABEL = {
  registration: 'web.results.stages.registration',
  authentication: 'web.results.stages.authentication',
  application: 'web.results.stages.application',
  decision: 'web.results.stages.decision',
  issuance: 'web.results.stages.issuance',
  feedback: 'web.results.stages.feedback',
} as const satisfies Record<(typeof STAGES)[number], MessageKey>;

const ANSWER_LABEL = {
  Y: 'web.results.answers.Y',
  N: 'web.results.answers.N',
  NA: 'web.results.answers.NA',
  none: 'web.results.answers.none',
} as const satisfies Record<'Y' | 'N' | 'NA' | 'none', MessageKey>;

type Answer = 'Y' | 'N' | 'NA' | null;

/** One fiscal year of a service's published figures, as the page shows them. */
export interface PublishedResultsYear {
  fiscalYear: string;
  applicationsByChannel: Record<(typeof CHANNELS)[number], number>;
  applicationsTotal: number;
  /** False when the source gave no application figure at all that year. */
  applicationsPublished: boolean;
  onlineShare: number | null;
  phoneEnquiries: number | null;
  onlineStages: Record<(typeof STAGES)[number], Answer>;
  /** Each standard's result that year, named in the page's language; shares from 0 to 1. */
  standards: { name: string; target: number | null; performance: number | null; targetMet: Answer }[];
}

export interface PublishedResultsProps {
  lang: Lang;
  /** Newest year first. */
  years: PublishedResultsYear[];
}

/**
 * A service's results as its department published them (the GC Service Inventory), year by year:
 * applications by channel with the online share, telephone enquiries, each standard's result against its
 * target, and which stages can be done online. Every figure sits in a table with its caption.
 */
export function PublishedResults({ lang, years }: PublishedResultsProps) {
  const locale = lang === 'en' ? 'en-CA' : 'fr-CA';
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const share = (value: number | null) =>
    value === null ? t(lang, 'web.results.notPublished') : percent.format(value);
  const answer = (value: Answer) => t(lang, ANSWER_LABEL[value ?? 'none']);
  if (years.length === 0) return null;
  return (
    <section aria-labelledby="published-results" class="published-results">
      <h2 id="published-results">{t(lang, 'web.results.heading')}</h2>
      <p>{t(lang, 'web.results.intro')}</p>
      {years.map((year) => {
        const id = `results-${year.fiscalYear}`;
        return (
          <section key={year.fiscalYear} aria-labelledby={id}>
            <h3 id={id}>{t(lang, 'web.results.year', { year: year.fiscalYear })}</h3>
            {year.applicationsPublished ? (
              <table class="data-table">
                <caption>{t(lang, 'web.results.applicationsCaption', { year: year.fiscalYear })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, 'web.results.channel')}</th>
                    <th scope="col" class="numeric">
                      {t(lang, 'web.results.applications')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {CHANNELS.map((channel) => (
                    <tr key={channel}>
                      <th scope="row">{t(lang, CHANNEL_LABEL[channel])}</th>
                      <td class="numeric">{number.format(year.applicationsByChannel[channel])}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t(lang, 'web.results.allChannels')}</th>
                    <td class="numeric">{number.format(year.applicationsTotal)}</td>
                  </tr>
                </tfoot>
              </table>
            ) : (
              <p>{t(lang, 'web.results.noApplications')}</p>
            )}
            <dl>
              <dt>{t(lang, 'web.results.onlineShare')}</dt>
              <dd>{share(year.onlineShare)}</dd>
              <dt>{t(lang, 'web.results.phoneEnquiries')}</dt>
              <dd>
                {year.phoneEnquiries === null
                  ? t(lang, 'web.results.notPublished')
                  : number.format(year.phoneEnquiries)}
              </dd>
            </dl>
            {year.standards.length > 0 && (
              <table class="data-table">
                <caption>{t(lang, 'web.results.standardsCaption', { year: year.fiscalYear })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, 'web.results.standard')}</th>
                    <th scope="col" class="numeric">
                      {t(lang, 'web.results.target')}
                    </th>
                    <th scope="col" class="numeric">
                      {t(lang, 'web.results.result')}
                    </th>
                    <th scope="col">{t(lang, 'web.results.met')}</th>
                  </tr>
                </thead>
                <tbody>
                  {year.standards.map((standard, i) => (
                    <tr key={i}>
                      <th scope="row">{standard.name}</th>
                      <td class="numeric">{share(standard.target)}</td>
                      <td class="numeric">{share(standard.performance)}</td>
                      <td>{answer(standard.targetMet)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <table class="data-table">
              <caption>{t(lang, 'web.results.stagesCaption', { year: year.fiscalYear })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(lang, 'web.results.stage')}</th>
                  <th scope="col">{t(lang, 'web.results.online')}</th>
                </tr>
              </thead>
              <tbody>
                {STAGES.map((stage) => (
                  <tr key={stage}>
                    <th scope="row">{t(lang, STAGE_LABEL[stage])}</th>
                    <td>{answer(year.onlineStages[stage])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </section>
  );
}
