import { t, type Lang, type MessageKey } from '../../../platform/i18n/index.js';
import { formatDate, formatTime } from '../../format.js';
import { PhoneLink } from '../PhoneLink/PhoneLink.js';

/*
 * The props are this component's own plain types; a cluster screen from the clusters domain
 * (getClusterPage) fits them as it is, so every channel that renders HTML shows a cluster alike.
 */

export type ClusterKindName = 'life-event' | 'business-event' | 'client-group';

export interface ClusterPartner {
  id: string;
  name: string;
  brandColour: string | null;
  logo: string | null;
}

export interface ClusterWeeklyHours {
  /** iCalendar BYDAY codes: MO, TU, WE, TH, FR, SA, SU. */
  days: readonly string[];
  /** HH:MM. */
  opensAt: string;
  closesAt: string;
}

export interface ClusterServiceWays {
  id: string;
  name: string;
  online: readonly { id: string; url: string }[];
  phones: readonly { id: string; number: string; hours: readonly ClusterWeeklyHours[] }[];
  offices: readonly string[];
  mail: readonly { id: string; address: readonly string[] }[];
}

export interface ClusterStep {
  key: string;
  title: string;
  summary: string;
  timing: string | null;
  optional: boolean;
  fit: 'applies' | 'may_apply';
  alternativeToPrevious: boolean;
  responsible: ClusterPartner | null;
  services: readonly ClusterServiceWays[];
}

export interface ClusterStage {
  key: string;
  title: string;
  summary: string | null;
  steps: readonly ClusterStep[];
}

export interface ClusterCoBrand {
  partner: ClusterPartner;
  lead: boolean;
  showMark: boolean;
}

export interface ClusterPageModel {
  kind: ClusterKindName;
  status: string;
  pilotEndsOn: string | null;
  title: string;
  summary: string;
  hasScreener: boolean;
  stages: readonly ClusterStage[];
  partners: readonly (ClusterPartner & { lead: boolean })[];
  coBrands: readonly ClusterCoBrand[] | null;
}

/** Where the links of a cluster page lead, as the rendering channel addresses them. */
export interface ClusterPaths {
  /** The list of clusters; the kind's section is `#<kind>` on it. */
  home: string;
  /** The screener that makes a personal checklist. */
  checklist: string;
  offices: string;
  service: (id: string) => string;
  organization: (id: string) => string;
}

export interface ClusterPageProps {
  lang: Lang;
  cluster: ClusterPageModel;
  paths: ClusterPaths;
}

const KIND_LABEL = {
  'life-event': 'clusters.kinds.life-event',
  'business-event': 'clusters.kinds.business-event',
  'client-group': 'clusters.kinds.client-group',
} as const satisfies Record<ClusterKindName, MessageKey>;

const WEEKDAY_LABEL = {
  MO: 'web.hours.MO',
  TU: 'web.hours.TU',
  WE: 'web.hours.WE',
  TH: 'web.hours.TH',
  FR: 'web.hours.FR',
  SA: 'web.hours.SA',
  SU: 'web.hours.SU',
} as const satisfies Record<string, MessageKey>;
const DAY_ORDER = Object.keys(WEEKDAY_LABEL);

const colon = (lang: Lang) => (lang === 'fr' ? '\u00a0: ' : ': ');

/** Weekly hours in one line: "Monday – Friday: 8:30 a.m. to 5:00 p.m.". */
export function hoursLine(lang: Lang, hours: readonly ClusterWeeklyHours[]): string {
  const spans = new Map<string, string[]>();
  for (const span of hours) {
    const text = t(lang, 'web.hours.span', {
      opens: formatTime(lang, span.opensAt),
      closes: formatTime(lang, span.closesAt),
    });
    spans.set(text, [...(spans.get(text) ?? []), ...span.days]);
  }
  const dayName = (day: string | undefined) =>
    day && Object.hasOwn(WEEKDAY_LABEL, day)
      ? t(lang, WEEKDAY_LABEL[day as keyof typeof WEEKDAY_LABEL])
      : (day ?? '');
  return [...spans.entries()]
    .map(([span, days]) => {
      const sorted = [...new Set(days)].sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
      const first = DAY_ORDER.indexOf(sorted[0]!);
      const contiguous = sorted.every((day, i) => DAY_ORDER.indexOf(day) === first + i);
      const names =
        contiguous && sorted.length > 2
          ? `${dayName(sorted[0])} – ${dayName(sorted.at(-1))}`
          : sorted.map(dayName).join(', ');
      return `${names}${colon(lang)}${span}`;
    })
    .join('; ');
}

export function BrandMark({ partner }: { partner: ClusterPartner }) {
  return partner.brandColour ? (
    <span class="brand-swatch" style={`background:${partner.brandColour}`} aria-hidden="true" />
  ) : null;
}

function ServiceWays({
  lang,
  stepKey,
  service,
  paths,
}: {
  lang: Lang;
  stepKey: string;
  service: ClusterServiceWays;
  paths: ClusterPaths;
}) {
  // A service may serve several steps of a page; step keys are unique in a cluster.
  const headingId = `ways-${stepKey}-${service.id}`;
  const { offices } = service;
  return (
    <section class="service-ways" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <a href={paths.service(service.id)}>{service.name}</a>
      </h4>
      <ul class="ways">
        {service.online.map((way) => (
          <li key={way.id}>
            <strong>{t(lang, 'clusters.online')}</strong>{' '}
            <a href={way.url}>{t(lang, 'clusters.onlineLink', { service: service.name })}</a>
          </li>
        ))}
        {service.phones.map((phone) => (
          <li key={phone.id}>
            <strong>{t(lang, 'clusters.phone')}</strong> <PhoneLink number={phone.number} />
            {phone.hours.length > 0 && <span class="meta"> ({hoursLine(lang, phone.hours)})</span>}
          </li>
        ))}
        {offices.length > 0 && (
          <li>
            <strong>{t(lang, 'clusters.inPerson')}</strong>{' '}
            {offices.length === 1
              ? t(lang, 'clusters.inPersonAtOne')
              : t(lang, 'clusters.inPersonAt', { count: offices.length })}{' '}
            {offices.slice(0, 3).join(' · ')} <a href={paths.offices}>{t(lang, 'clusters.findNearest')}</a>
          </li>
        )}
        {service.mail.map((mail) => (
          <li key={mail.id}>
            <strong>{t(lang, 'clusters.mail')}</strong> {mail.address.join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Step({ lang, step, paths }: { lang: Lang; step: ClusterStep; paths: ClusterPaths }) {
  const { responsible } = step;
  return (
    <li class={`step${step.optional ? ' step-optional' : ''}`} id={`step-${step.key}`}>
      {step.alternativeToPrevious && (
        <p class="alternative">
          <strong>{t(lang, 'clusters.alternativeLabel')}</strong> — {t(lang, 'clusters.alternative')}
        </p>
      )}
      <h3>
        {step.title}
        {step.optional && <span class="tag">{t(lang, 'clusters.optional')}</span>}
        {step.fit === 'may_apply' && (
          <span class="tag tag-warn">{t(lang, 'clusters.checklist.mayApply')}</span>
        )}
      </h3>
      {step.fit === 'may_apply' && <p class="meta">{t(lang, 'clusters.checklist.mayApplyHint')}</p>}
      <p>{step.summary}</p>
      {step.timing && (
        <p>
          <strong>{t(lang, 'clusters.timing')}</strong>
          {colon(lang)}
          {step.timing}
        </p>
      )}
      {responsible && (
        <p class="responsible">
          <BrandMark partner={responsible} />
          {t(lang, 'clusters.responsible')}{' '}
          <a href={paths.organization(responsible.id)}>{responsible.name}</a>
        </p>
      )}
      {step.services.map((service) => (
        <ServiceWays key={service.id} lang={lang} stepKey={step.key} service={service} paths={paths} />
      ))}
    </li>
  );
}

/** Stages in order, each with its steps; shared by the cluster page and the personal checklist. */
export function StageList({
  lang,
  stages,
  paths,
}: {
  lang: Lang;
  stages: readonly ClusterStage[];
  paths: ClusterPaths;
}) {
  return (
    <ol class="stages">
      {stages.map((stage, index) => (
        <li key={stage.key} class="stage">
          <h2 id={`stage-${stage.key}`}>
            <span class="stage-number">{t(lang, 'clusters.stage', { number: index + 1 })}</span> {stage.title}
          </h2>
          {stage.summary && <p>{stage.summary}</p>}
          <ol class="steps">
            {stage.steps.map((step) => (
              <Step key={step.key} lang={lang} step={step} paths={paths} />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}

export function PilotNotice({
  lang,
  cluster,
}: {
  lang: Lang;
  cluster: { status: string; pilotEndsOn: string | null };
}) {
  if (cluster.status !== 'pilot') return null;
  return (
    <div class="notice pilot" role="note">
      <strong>{t(lang, 'clusters.pilot')}</strong>{' '}
      {t(lang, 'clusters.pilotNotice', {
        date: cluster.pilotEndsOn ? formatDate(lang, cluster.pilotEndsOn) : '',
      })}
    </div>
  );
}

function Partners({
  lang,
  partners,
  paths,
}: {
  lang: Lang;
  partners: ClusterPageModel['partners'];
  paths: ClusterPaths;
}) {
  return (
    <section aria-labelledby="partners">
      <h2 id="partners">{t(lang, 'clusters.partnersHeading')}</h2>
      <ul class="partner-list">
        {partners.map((partner) => (
          <li key={partner.id}>
            <BrandMark partner={partner} />
            <a href={paths.organization(partner.id)}>{partner.name}</a>
            {partner.lead && <span class="meta"> ({t(lang, 'clusters.leadPartner')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const LOGO_URL = /^(https:\/\/|\/)[^\s"'<>]+$/;

/** One partner's brand: its logo when the catalog has one, else its name as a text mark, or just its name. */
function BrandName({ lang, brand, paths }: { lang: Lang; brand: ClusterCoBrand; paths: ClusterPaths }) {
  const { partner } = brand;
  const colour = partner.brandColour && COLOUR.test(partner.brandColour) ? partner.brandColour : null;
  const classes = ['co-brand-party', brand.lead ? 'co-brand-lead' : '', brand.showMark ? 'brand-mark' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <a
      href={paths.organization(partner.id)}
      class={classes}
      style={brand.showMark && colour ? `border-color:${colour}` : undefined}
    >
      {brand.showMark && partner.logo && LOGO_URL.test(partner.logo) ? (
        <img
          src={partner.logo}
          alt={t(lang, 'partnerships.brand.logo', { name: partner.name })}
          class="brand-logo"
        />
      ) : (
        partner.name
      )}
    </a>
  );
}

/**
 * "Delivered by <lead> with <co-brands>": the lead's brand first and most prominent, the others in the
 * agreement's order. The names are text, so no meaning rests on a colour.
 */
export function CoBrand({
  lang,
  brands,
  paths,
}: {
  lang: Lang;
  brands: readonly ClusterCoBrand[];
  paths: ClusterPaths;
}) {
  const [lead, ...others] = brands;
  if (!lead) return null;
  return (
    <section class="co-brand" aria-label={t(lang, 'partnerships.brand.label')}>
      <p>
        {t(lang, 'partnerships.brand.deliveredBy')} <BrandName lang={lang} brand={lead} paths={paths} />
        {others.length > 0 && <> {t(lang, 'partnerships.brand.with')} </>}
        {others.map((brand, index) => (
          <span key={brand.partner.id}>
            {index > 0 && (index === others.length - 1 ? ` ${t(lang, 'partnerships.brand.and')} ` : ', ')}
            <BrandName lang={lang} brand={brand} paths={paths} />
          </span>
        ))}
      </p>
    </section>
  );
}

/** A cluster step by step: who does what, every way to reach each service, its partners and brands. */
export function ClusterPage({ lang, cluster, paths }: ClusterPageProps) {
  return (
    <article class="cluster">
      <p class="meta">
        <a href={`${paths.home}#${cluster.kind}`}>{t(lang, KIND_LABEL[cluster.kind])}</a>
      </p>
      <h1>{cluster.title}</h1>
      {cluster.coBrands && <CoBrand lang={lang} brands={cluster.coBrands} paths={paths} />}
      <PilotNotice lang={lang} cluster={cluster} />
      <p class="lead">{cluster.summary}</p>
      {cluster.hasScreener && (
        <div class="callout">
          <p>{t(lang, 'clusters.checklistCtaIntro')}</p>
          <p>
            <a class="button" href={paths.checklist}>
              {t(lang, 'clusters.checklistCta')}
            </a>
          </p>
        </div>
      )}
      <nav aria-labelledby="contents" class="contents">
        <h2 id="contents">{t(lang, 'clusters.contents')}</h2>
        <ol>
          {cluster.stages.map((stage) => (
            <li key={stage.key}>
              <a href={`#stage-${stage.key}`}>{stage.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      <StageList lang={lang} stages={cluster.stages} paths={paths} />
      <Partners lang={lang} partners={cluster.partners} paths={paths} />
    </article>
  );
}
