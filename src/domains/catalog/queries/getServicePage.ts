import { z } from 'zod';
import { listClustersOfServices, type ClusterSummary } from '../../clusters/index.js';
import { INTERACTION_CHANNELS, recordView } from '../../measurement/index.js';
import type { Db } from '../../../platform/db/index.js';
import { NotFoundError, parseInput } from '../../../platform/errors/index.js';
import { LANGUAGES, type LocalizedText } from '../../../platform/i18n/index.js';
import { CHANNEL_KINDS, Id, type Location, type Service } from '../schemas.js';
import { loadLocations, loadOrganizations, loadServices } from './load.js';

export const ServicePageQuery = z.object({
  id: Id,
  lang: z.enum(LANGUAGES),
  /** Where the visitor is reading: measurement counts views per channel. */
  channel: z.enum(INTERACTION_CHANNELS).default('web'),
  /** The instant the page is about: coming closures are listed from its date on. */
  now: z.date().default(() => new Date()),
});
export type ServicePageQuery = z.input<typeof ServicePageQuery>;

export type ServiceChannel = Service['channels'][number];
export type CostOption = Service['cost_options'][number];
export type RequiredDocument = Service['required_documents'][number];
export type ServiceStandard = Service['standards'][number];

/** An office where the service is offered in person. */
export interface ServiceOffice {
  /** The service-at-location's id: one office may appear once per service. */
  id: string;
  location: Location;
}

/** Everything a channel shows of one public service, in the order and form the channels present it. */
export interface ServicePageView {
  id: string;
  name: LocalizedText;
  summary: LocalizedText | null;
  alert: LocalizedText | null;
  organization: {
    id: string;
    name: LocalizedText;
    brandColour: string | null;
    website: LocalizedText | null;
  };
  /** The public clusters this service is a step of. */
  partOf: ClusterSummary[];
  /** Who may get it: the partner's words and the age range, each absent when not given. */
  eligibility: { text: LocalizedText | null; minimumAge: number | null; maximumAge: number | null };
  /** Ways to get the service, web first, then phone, in person, kiosk, mail and email. */
  channels: ServiceChannel[];
  /** Offices in the partner's order; offices that no longer resolve are left out. */
  offices: ServiceOffice[];
  howToApply: LocalizedText | null;
  documents: RequiredDocument[];
  /** What it costs: priced options and the partner's own words; neither means free. */
  fees: { options: CostOption[]; note: LocalizedText | null };
  standards: ServiceStandard[];
  /** When the partner last confirmed the record (`YYYY-MM-DD`), or null. */
  assuredDate: string | null;
  /** `YYYY-MM-DD`: hours tables list closures from this day on. */
  today: string;
}

/** The date in Canada's westernmost zone: a closure stays listed until its day is over across the country. */
function earliestCanadianDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Vancouver' }).format(now);
}

/**
 * A public service's page: the service, its organisation, offices, channels, documents, fees and
 * standards, and the clusters it belongs to. Throws NotFoundError for an unknown service and for one
 * awaiting translation (channels never show those). Records a view.
 */
export async function getServicePage(db: Db, input: ServicePageQuery): Promise<ServicePageView> {
  const { id, lang, now, channel } = parseInput(ServicePageQuery, input, 'Invalid service page query');
  const [service] = await loadServices(db, [id]);
  if (!service || service.translation_pending) throw new NotFoundError('service', id);
  const [[organization], locations, clusters] = await Promise.all([
    loadOrganizations(db, [service.organization_id]),
    loadLocations(db, [...new Set(service.service_at_locations.map((sal) => sal.location_id))]),
    listClustersOfServices(db, [service.id]),
  ]);
  if (!organization) throw new NotFoundError('organization', service.organization_id);
  const locationById = new Map(locations.map((location) => [location.id, location]));
  recordView(db, {
    channel,
    kind: 'view',
    lang,
    service_id: service.id,
    organization_id: service.organization_id,
  });
  return {
    id: service.id,
    name: service.name,
    summary: service.description ?? null,
    alert: service.alert ?? null,
    organization: {
      id: organization.id,
      name: organization.name,
      brandColour: organization.brand_colour ?? null,
      website: organization.website ?? null,
    },
    partOf: clusters.get(service.id) ?? [],
    eligibility: {
      text: service.eligibility_description ?? null,
      minimumAge: service.minimum_age ?? null,
      maximumAge: service.maximum_age ?? null,
    },
    channels: [...service.channels].sort(
      (a, b) => CHANNEL_KINDS.indexOf(a.kind) - CHANNEL_KINDS.indexOf(b.kind),
    ),
    offices: service.service_at_locations.flatMap((sal) => {
      const location = locationById.get(sal.location_id);
      return location ? [{ id: sal.id, location }] : [];
    }),
    howToApply: service.application_process ?? null,
    documents: service.required_documents,
    fees: { options: service.cost_options, note: service.fees_description ?? null },
    standards: service.standards,
    assuredDate: service.assured_date ?? null,
    today: earliestCanadianDate(now),
  };
}
