import {
  loadLocations,
  loadOrganizations,
  loadServices,
  type Location,
  type Organization,
  type Service,
} from '../../catalog/index.js';
import { recordView, type INTERACTION_CHANNELS } from '../../measurement/index.js';
import { getClusterAgreement, getClusterBranding } from '../../partnerships/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang, LocalizedText } from '../../../platform/i18n/index.js';
import { ClusterNotFoundError } from '../errors.js';
import { findPublished } from '../repository.js';
import type { ClusterKind, ClusterStatus } from '../schemas.js';
import type { Answers } from '../screener/answers.js';
import { buildChecklist, type StepFit } from '../screener/checklist.js';
import type { PublishedCluster } from '../types.js';
import { getClusterVersion } from './listClusterVersions.js';
import { rememberScreen } from './screenMemo.js';

export type ScreenChannel = (typeof INTERACTION_CHANNELS)[number];

/** A partner as a cluster screen shows it: its name in the asked language and its brand. */
export interface PartnerView {
  id: string;
  name: string;
  brandColour: string | null;
  logo: string | null;
}

/** Weekly opening hours of one span: days as iCalendar BYDAY codes, times as HH:MM. */
export interface WeeklyHours {
  days: string[];
  opensAt: string;
  closesAt: string;
}

/** One service of a step and every way to reach it. */
export interface ServiceWaysView {
  id: string;
  name: string;
  online: { id: string; url: string }[];
  phones: { id: string; number: string; hours: WeeklyHours[] }[];
  /** The names of the offices that offer it in person. */
  offices: string[];
  mail: { id: string; address: string[] }[];
}

export interface StepView {
  key: string;
  title: string;
  summary: string;
  timing: string | null;
  optional: boolean;
  /** Whether the step applies, or may apply because a question it depends on was left blank. */
  fit: StepFit;
  /** An alternative to the step before it (same alternative group). */
  alternativeToPrevious: boolean;
  responsible: PartnerView | null;
  services: ServiceWaysView[];
}

export interface StageView {
  key: string;
  title: string;
  summary: string | null;
  steps: StepView[];
}

/** A partner whose brand the cluster shows, as the agreement in force says. */
export interface CoBrandView {
  partner: PartnerView;
  /** The lead partner: first and most prominent. */
  lead: boolean;
  /** Whether its mark (logo, or its name as a mark) is shown. */
  showMark: boolean;
}

/** A public cluster as every channel shows it, in one language. */
export interface ClusterPageView {
  key: string;
  kind: ClusterKind;
  status: ClusterStatus;
  pilotEndsOn: string | null;
  /** The published version shown (a checklist keeps the version its answers were given on). */
  version: number;
  lang: Lang;
  title: string;
  summary: string;
  /** The cluster's slug in each language, for channels that address it by name. */
  slug: { en: string; fr: string };
  hasScreener: boolean;
  stages: StageView[];
  /** Steps left out because the screener answers show they do not apply (0 without answers). */
  omitted: number;
  /** Every partner of the cluster, the lead first, then by name. */
  partners: (PartnerView & { lead: boolean })[];
  /** The lead then the co-brands of the agreement in force; null without one. */
  coBrands: CoBrandView[] | null;
  /** The catalog records shown, in step order, for structured descriptions (schema.org). */
  records: { services: Service[]; organizations: Organization[]; locations: Location[] };
}

export interface ClusterPageQuery {
  /** The cluster's key, or its slug in `lang`. */
  key?: string;
  slug?: string;
  lang: Lang;
  /** Screener answers: only the steps that apply are shown, marked when they may apply. */
  answers?: Answers;
  /** The published version to show (a personal checklist's); the current one by default. */
  version?: number;
  /** When the screen is shown; decides the agreement in force, hence the co-brands. */
  now: Date;
  /** Who reads it; a reading of the whole cluster (no answers) is recorded as a view. */
  channel: ScreenChannel;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Agreements are dated in the partnership's time: the day in Ottawa and Toronto. */
const AGREEMENT_TIME_ZONE = 'America/Toronto';

/** The calendar day (YYYY-MM-DD) agreements are read on at `now`. */
export function agreementDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: AGREEMENT_TIME_ZONE }).format(now);
}

/** The text in the asked language; the other language only for records awaiting translation. */
export function localText(text: LocalizedText | null | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] || text[lang === 'en' ? 'fr' : 'en'] || '';
}

/** The public cluster a screen is about, or ClusterNotFoundError. */
export async function findPublicCluster(
  db: Db | Tx,
  query: { key?: string; slug?: string; lang: Lang },
): Promise<PublishedCluster> {
  const name = query.key ?? query.slug ?? '';
  // A name that no cluster can have is not looked up.
  if (!SLUG.test(name) || name.length > 80) throw new ClusterNotFoundError(name.slice(0, 80));
  const cluster = await findPublished(
    db,
    query.key !== undefined ? { key: query.key } : { slug: name, lang: query.lang },
    { publicOnly: true },
  );
  if (!cluster) throw new ClusterNotFoundError(name);
  return cluster;
}

function partnerView(organization: Organization, lang: Lang): PartnerView {
  return {
    id: organization.id,
    name: localText(organization.name, lang),
    brandColour: organization.brand_colour ?? null,
    logo: organization.logo ?? null,
  };
}

function serviceWays(service: Service, locations: Map<string, Location>, lang: Lang): ServiceWaysView {
  return {
    id: service.id,
    name: localText(service.name, lang),
    online: service.channels
      .filter((channel) => channel.kind === 'web' && channel.url)
      .map((channel) => ({ id: channel.id, url: localText(channel.url, lang) })),
    phones: service.channels
      .filter((channel) => channel.kind === 'phone' && channel.phone_number)
      .map((channel) => ({
        id: channel.id,
        number: channel.phone_number!,
        hours: channel.hours
          .filter((s) => !s.closed && s.freq === 'WEEKLY' && s.byday && s.opens_at && s.closes_at)
          .map((s) => ({
            days: s.byday!.split(',').map((day) => day.trim()),
            opensAt: s.opens_at!,
            closesAt: s.closes_at!,
          })),
      })),
    offices: service.service_at_locations
      .map((sal) => locations.get(sal.location_id))
      .filter((location): location is Location => !!location)
      .map((location) => localText(location.name, lang)),
    mail: service.channels
      .filter((channel) => channel.kind === 'mail' && channel.mail_address)
      .map((channel) => {
        const address = channel.mail_address!;
        return {
          id: channel.id,
          address: [
            address.attention,
            address.address_1,
            address.city,
            address.state_province,
            address.postal_code,
          ].filter((part): part is string => !!part),
        };
      }),
  };
}

/** Assembles the screen of one published version: its services, partners, offices and co-brands. */
export async function clusterPageOf(
  db: Db | Tx,
  cluster: PublishedCluster,
  lang: Lang,
  now: Date,
  answers?: Answers,
): Promise<ClusterPageView> {
  const d = cluster.definition;
  const steps = d.stages.flatMap((stage) => stage.steps);
  const serviceIds = [...new Set(steps.flatMap((step) => step.service_ids))];
  const [serviceList, found] = await Promise.all([
    loadServices(db, serviceIds),
    getClusterAgreement(db, cluster.key, agreementDay(now)),
  ]);
  const services = new Map(serviceList.map((service) => [service.id, service]));
  const branding = getClusterBranding(found);
  const organizationIds = new Set<string>([d.lead_organization_id]);
  for (const service of serviceList) organizationIds.add(service.organization_id);
  for (const step of steps)
    if (step.responsible_organization_id) organizationIds.add(step.responsible_organization_id);
  const partnerIds = new Set(organizationIds);
  for (const party of branding?.parties ?? []) organizationIds.add(party.organization_id);
  const locationIds = [
    ...new Set(serviceList.flatMap((s) => s.service_at_locations.map((sal) => sal.location_id))),
  ];
  const [organizationList, locationList] = await Promise.all([
    loadOrganizations(db, [...organizationIds]),
    loadLocations(db, locationIds),
  ]);
  const organizations = new Map(organizationList.map((o) => [o.id, o]));
  const locations = new Map(locationList.map((l) => [l.id, l]));

  const chosen = answers
    ? buildChecklist(d, answers)
    : {
        stages: d.stages.map((stage) => ({
          stage,
          steps: stage.steps.map((step) => ({ step, fit: 'applies' as StepFit })),
        })),
        omitted: 0,
      };
  const stages: StageView[] = chosen.stages.map(({ stage, steps: entries }) => ({
    key: stage.key,
    title: localText(stage.title, lang),
    summary: stage.summary ? localText(stage.summary, lang) : null,
    steps: entries.map(({ step, fit }, index) => {
      const stepServices = [...new Set(step.service_ids)]
        .map((id) => services.get(id))
        .filter((s): s is Service => !!s);
      const responsibleId = step.responsible_organization_id ?? stepServices[0]?.organization_id;
      const responsible = responsibleId ? organizations.get(responsibleId) : undefined;
      const previous = entries[index - 1]?.step;
      return {
        key: step.key,
        title: localText(step.title, lang),
        summary: localText(step.summary, lang),
        timing: step.timing ? localText(step.timing, lang) : null,
        optional: !!step.optional,
        fit,
        alternativeToPrevious:
          !!step.alternative_group && previous?.alternative_group === step.alternative_group,
        responsible: responsible ? partnerView(responsible, lang) : null,
        services: stepServices.map((service) => serviceWays(service, locations, lang)),
      };
    }),
  }));

  const lead = d.lead_organization_id;
  const partners = [...partnerIds]
    .map((id) => organizations.get(id))
    .filter((o): o is Organization => !!o)
    .map((o) => ({ ...partnerView(o, lang), lead: o.id === lead }))
    .sort((a, b) => Number(b.lead) - Number(a.lead) || a.name.localeCompare(b.name, lang));
  const coBrands = branding
    ? branding.parties
        .filter((party) => organizations.has(party.organization_id))
        .map((party) => ({
          partner: partnerView(organizations.get(party.organization_id)!, lang),
          lead: party.lead,
          showMark: party.show_mark,
        }))
    : null;

  return {
    key: cluster.key,
    kind: cluster.kind,
    status: cluster.status,
    pilotEndsOn: cluster.pilot_ends_on,
    version: cluster.version,
    lang,
    title: localText(d.title, lang),
    summary: localText(d.summary, lang),
    slug: { en: d.slug.en, fr: d.slug.fr },
    hasScreener: d.screener.length > 0,
    stages,
    omitted: chosen.omitted,
    partners,
    coBrands,
    records: {
      services: serviceIds.map((id) => services.get(id)).filter((s): s is Service => !!s),
      organizations: [...organizations.values()],
      locations: [...locations.values()],
    },
  };
}

/**
 * A public cluster's screen in one language: its stages and steps with the partner responsible and
 * every way to reach each service, its partners, and the co-brands of the agreement in force at `now`.
 * With screener answers, only the steps that apply (see buildChecklist), on the version given. A reading
 * of the whole cluster is recorded as a view on the reader's channel. The screen of a whole cluster is
 * reused for a short while (screenMemo.ts), so a busy page costs no query.
 */
export async function getClusterPage(db: Db, query: ClusterPageQuery): Promise<ClusterPageView> {
  if (query.answers || query.version !== undefined) return assemble(db, query);
  const name = query.key !== undefined ? `key:${query.key}` : `slug:${query.slug ?? ''}`;
  const page = await rememberScreen(db, `page:${query.lang}:${name}:${agreementDay(query.now)}`, () =>
    assemble(db, query),
  );
  recordView(db, { channel: query.channel, kind: 'view', lang: query.lang, cluster_key: page.key });
  return page;
}

async function assemble(db: Db, query: ClusterPageQuery): Promise<ClusterPageView> {
  const current = await findPublicCluster(db, query);
  const cluster =
    query.version === undefined || query.version === current.version
      ? current
      : {
          ...current,
          version: query.version,
          definition: await getClusterVersion(db, current.key, query.version),
        };
  const page = await clusterPageOf(db, cluster, query.lang, query.now, query.answers);
  // An earlier version keeps its steps and words, but is reached under the cluster's current names.
  return { ...page, slug: { en: current.definition.slug.en, fr: current.definition.slug.fr } };
}
