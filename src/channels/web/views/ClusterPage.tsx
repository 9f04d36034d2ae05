import type { Location, Organization, Service, ScheduleInput } from '../../../domains/catalog/index.js';
import type { BrandedParty } from '../../../domains/partnerships/index.js';
import type {
  ChecklistStage,
  ClusterStep,
  PublishedCluster,
  StepFit,
} from '../../../domains/clusters/index.js';
import { t, type Lang } from '../../../platform/i18n/index.js';
import { formatDate, formatTime } from '../../../ui/format.js';
import { PhoneLink } from '../../../ui/components/PhoneLink/PhoneLink.js';
import { checklistPath, officesPath, organizationPath, servicePath } from '../../http/paths.js';
import { local } from './text.js';
import { CLUSTER_KIND_LABEL, isLabelled, WEEKDAY_LABEL } from '../../labels.js';

/** A partner whose brand the cluster shows, as the agreement in force says (see getClusterBranding). */
export interface CoBrandParty extends BrandedParty {
  organization: Organization;
}

/** Everything a cluster page shows, loaded in a few batched queries by the route. */
export interface ClusterContent {
  cluster: PublishedCluster;
  services: Map<string, Service>;
  organizations: Map<string, Organization>;
  locations: Map<string, Location>;
}

const DAY_ORDER = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** Weekly hours in one line: "Monday to Friday, 8:30 a.m. to 5:00 p.m.". */
export function hoursLine(lang: Lang, schedules: readonly ScheduleInput[]): string {
  const weekly = schedules.filter(
    (s) => !s.closed && s.freq === 'WEEKLY' && s.byday && s.opens_at && s.closes_at,
  );
  const spans = new Map<string, string[]>();
  for (const schedule of weekly) {
    const span = t(lang, 'web.hours.span', {
      opens: formatTime(lang, schedule.opens_at!),
      closes: formatTime(lang, schedule.closes_at!),
    });
    const days = schedule.byday!.split(',').map((d) => d.trim());
    spans.set(span, [...(spans.get(span) ?? []), ...days]);
  }
  return [...spans.entries()]
    .map(([span, days]) => {
      const sorted = [...new Set(days)].sort((a, b) => DAY_ORDER.indexOf(a) - DAY_ORDER.indexOf(b));
      const first = DAY_ORDER.indexOf(sorted[0]!);
      const contiguous = sorted.every((day, i) => DAY_ORDER.indexOf(day) === first + i);
      const dayName = (day: string | undefined) =>
        isLabelled(WEEKDAY_LABEL, day) ? t(lang, WEEKDAY_LABEL[day]) : (day ?? '');
      const names =
        contiguous && sorted.length > 2
          ? `${dayName(sorted[0])} – ${dayName(sorted.at(-1))}`
          : sorted.map(dayName).join(', ');
      return `${names}${lang === 'fr' ? '\u00a0: ' : ': '}${span}`;
    })
    .join('; ');
}

export function BrandMark({ organization }: { organization: Organization }) {
  return organization.brand_colour ? (
    <span class="brand-swatch" style={`background:${organization.brand_colour}`} aria-hidden="true" />
  ) : null;
}

function ServiceWays({
  lang,
  step,
  service,
  content,
}: {
  lang: Lang;
  step: ClusterStep;
  service: Service;
  content: ClusterContent;
}) {
  const name = local(service.name, lang);
  const online = service.channels.filter((c) => c.kind === 'web' && c.url);
  const phones = service.channels.filter((c) => c.kind === 'phone' && c.phone_number);
  const mail = service.channels.filter((c) => c.kind === 'mail' && c.mail_address);
  const offices = service.service_at_locations
    .map((sal) => content.locations.get(sal.location_id))
    .filter((location): location is Location => !!location);
  // A service may serve several steps of a page; step keys are unique in a cluster.
  const headingId = `ways-${step.key}-${service.id}`;
  return (
    <section class="service-ways" aria-labelledby={headingId}>
      <h4 id={headingId}>
        <a href={servicePath(lang, service.id)}>{name}</a>
      </h4>
      <ul class="ways">
        {online.map((channel) => (
          <li key={channel.id}>
            <strong>{t(lang, 'clusters.online')}</strong>{' '}
            <a href={local(channel.url, lang)}>{t(lang, 'clusters.onlineLink', { service: name })}</a>
          </li>
        ))}
        {phones.map((channel) => (
          <li key={channel.id}>
            <strong>{t(lang, 'clusters.phone')}</strong> <PhoneLink number={channel.phone_number!} />
            {channel.hours.length > 0 && <span class="meta"> ({hoursLine(lang, channel.hours)})</span>}
          </li>
        ))}
        {offices.length > 0 && (
          <li>
            <strong>{t(lang, 'clusters.inPerson')}</strong>{' '}
            {offices.length === 1
              ? t(lang, 'clusters.inPersonAtOne')
              : t(lang, 'clusters.inPersonAt', { count: offices.length })}{' '}
            {offices
              .slice(0, 3)
              .map((location) => local(location.name, lang))
              .join(' · ')}{' '}
            <a href={officesPath(lang)}>{t(lang, 'clusters.findNearest')}</a>
          </li>
        )}
        {mail.map((channel) => (
          <li key={channel.id}>
            <strong>{t(lang, 'clusters.mail')}</strong>{' '}
            {[
              channel.mail_address!.attention,
              channel.mail_address!.address_1,
              channel.mail_address!.city,
              channel.mail_address!.state_province,
              channel.mail_address!.postal_code,
            ]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Step({
  lang,
  step,
  fit,
  content,
  alternativeToPrevious,
}: {
  lang: Lang;
  step: ClusterStep;
  fit?: StepFit;
  content: ClusterContent;
  alternativeToPrevious: boolean;
}) {
  const services = [...new Set(step.service_ids)]
    .map((id) => content.services.get(id))
    .filter((s): s is Service => !!s);
  const responsibleId = step.responsible_organization_id ?? services[0]?.organization_id;
  const responsible = responsibleId ? content.organizations.get(responsibleId) : undefined;
  return (
    <li class={`step${step.optional ? ' step-optional' : ''}`} id={`step-${step.key}`}>
      {alternativeToPrevious && (
        <p class="alternative">
          <strong>{t(lang, 'clusters.alternativeLabel')}</strong> — {t(lang, 'clusters.alternative')}
        </p>
      )}
      <h3>
        {local(step.title, lang)}
        {step.optional && <span class="tag">{t(lang, 'clusters.optional')}</span>}
        {fit === 'may_apply' && <span class="tag tag-warn">{t(lang, 'clusters.checklist.mayApply')}</span>}
      </h3>
      {fit === 'may_apply' && <p class="meta">{t(lang, 'clusters.checklist.mayApplyHint')}</p>}
      <p>{local(step.summary, lang)}</p>
      {step.timing && (
        <p>
          <strong>{t(lang, 'clusters.timing')}</strong>
          {lang === 'fr' ? '\u00a0: ' : ': '}
          {local(step.timing, lang)}
        </p>
      )}
      {responsible && (
        <p class="responsible">
          <BrandMark organization={responsible} />
          {t(lang, 'clusters.responsible')}{' '}
          <a href={organizationPath(lang, responsible.id)}>{local(responsible.name, lang)}</a>
        </p>
      )}
      {services.map((service) => (
        <ServiceWays key={service.id} lang={lang} step={step} service={service} content={content} />
      ))}
    </li>
  );
}

/** Stages in order, each with its steps; shared by the cluster page and the personal checklist. */
export function StageList({
  lang,
  stages,
  content,
}: {
  lang: Lang;
  stages: readonly ChecklistStage[];
  content: ClusterContent;
}) {
  return (
    <ol class="stages">
      {stages.map((entry, index) => (
        <li key={entry.stage.key} class="stage">
          <h2 id={`stage-${entry.stage.key}`}>
            <span class="stage-number">{t(lang, 'clusters.stage', { number: index + 1 })}</span>{' '}
            {local(entry.stage.title, lang)}
          </h2>
          {entry.stage.summary && <p>{local(entry.stage.summary, lang)}</p>}
          <ol class="steps">
            {entry.steps.map(({ step, fit }, i) => {
              const previous = entry.steps[i - 1]?.step;
              return (
                <Step
                  key={step.key}
                  lang={lang}
                  step={step}
                  fit={fit}
                  content={content}
                  alternativeToPrevious={
                    !!step.alternative_group && previous?.alternative_group === step.alternative_group
                  }
                />
              );
            })}
          </ol>
        </li>
      ))}
    </ol>
  );
}

export function PilotNotice({ lang, cluster }: { lang: Lang; cluster: PublishedCluster }) {
  if (cluster.status !== 'pilot') return null;
  return (
    <div class="notice pilot" role="note">
      <strong>{t(lang, 'clusters.pilot')}</strong>{' '}
      {t(lang, 'clusters.pilotNotice', {
        date: cluster.pilot_ends_on ? formatDate(lang, cluster.pilot_ends_on) : '',
      })}
    </div>
  );
}

export function Partners({ lang, content }: { lang: Lang; content: ClusterContent }) {
  const lead = content.cluster.definition.lead_organization_id;
  const partners = [...content.organizations.values()].sort(
    (a, b) =>
      Number(b.id === lead) - Number(a.id === lead) ||
      local(a.name, lang).localeCompare(local(b.name, lang), lang),
  );
  return (
    <section aria-labelledby="partners">
      <h2 id="partners">{t(lang, 'clusters.partnersHeading')}</h2>
      <ul class="partner-list">
        {partners.map((organization) => (
          <li key={organization.id}>
            <BrandMark organization={organization} />
            <a href={organizationPath(lang, organization.id)}>{local(organization.name, lang)}</a>
            {organization.id === lead && <span class="meta"> ({t(lang, 'clusters.leadPartner')})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const COLOUR = /^#[0-9a-fA-F]{6}$/;
const LOGO_URL = /^(https:\/\/|\/)[^\s"'<>]+$/;

/** One partner's brand: its logo when the catalog has one, else its name as a text mark, or just its name. */
function BrandName({ lang, party }: { lang: Lang; party: CoBrandParty }) {
  const { organization } = party;
  const name = local(organization.name, lang);
  const colour =
    organization.brand_colour && COLOUR.test(organization.brand_colour) ? organization.brand_colour : null;
  const classes = ['co-brand-party', party.lead ? 'co-brand-lead' : '', party.show_mark ? 'brand-mark' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <a
      href={organizationPath(lang, organization.id)}
      class={classes}
      style={party.show_mark && colour ? `border-color:${colour}` : undefined}
    >
      {party.show_mark && organization.logo && LOGO_URL.test(organization.logo) ? (
        <img src={organization.logo} alt={t(lang, 'partnerships.brand.logo', { name })} class="brand-logo" />
      ) : (
        name
      )}
    </a>
  );
}

/**
 * "Delivered by <lead> with <co-brands>": the lead's brand first and most prominent, the others in the
 * agreement's order. The names are text, so no meaning rests on a colour.
 */
export function CoBrand({ lang, parties }: { lang: Lang; parties: readonly CoBrandParty[] }) {
  const [lead, ...others] = parties;
  if (!lead) return null;
  return (
    <section class="co-brand" aria-label={t(lang, 'partnerships.brand.label')}>
      <p>
        {t(lang, 'partnerships.brand.deliveredBy')} <BrandName lang={lang} party={lead} />
        {others.length > 0 && <> {t(lang, 'partnerships.brand.with')} </>}
        {others.map((party, index) => (
          <span key={party.organization.id}>
            {index > 0 && (index === others.length - 1 ? ` ${t(lang, 'partnerships.brand.and')} ` : ', ')}
            <BrandName lang={lang} party={party} />
          </span>
        ))}
      </p>
    </section>
  );
}

export function ClusterPage({
  lang,
  content,
  brands,
}: {
  lang: Lang;
  content: ClusterContent;
  /** The co-brands of the agreement in force; without one, no co-brand block. */
  brands?: readonly CoBrandParty[] | undefined;
}) {
  const { cluster } = content;
  const d = cluster.definition;
  const stages = d.stages.map((stage) => ({
    stage,
    steps: stage.steps.map((step) => ({ step, fit: 'applies' as const })),
  }));
  return (
    <article class="cluster">
      <p class="meta">
        <a href={`/${lang}#${cluster.kind}`}>{t(lang, CLUSTER_KIND_LABEL[cluster.kind])}</a>
      </p>
      <h1>{local(d.title, lang)}</h1>
      {brands && <CoBrand lang={lang} parties={brands} />}
      <PilotNotice lang={lang} cluster={cluster} />
      <p class="lead">{local(d.summary, lang)}</p>
      {d.screener.length > 0 && (
        <div class="callout">
          <p>{t(lang, 'clusters.checklistCtaIntro')}</p>
          <p>
            <a class="button" href={checklistPath(lang, d.slug[lang])}>
              {t(lang, 'clusters.checklistCta')}
            </a>
          </p>
        </div>
      )}
      <nav aria-labelledby="contents" class="contents">
        <h2 id="contents">{t(lang, 'clusters.contents')}</h2>
        <ol>
          {d.stages.map((stage) => (
            <li key={stage.key}>
              <a href={`#stage-${stage.key}`}>{local(stage.title, lang)}</a>
            </li>
          ))}
        </ol>
      </nav>
      <StageList lang={lang} stages={stages} content={content} />
      <Partners lang={lang} content={content} />
    </article>
  );
}
