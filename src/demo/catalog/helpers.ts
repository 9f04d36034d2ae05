/**
 * Small builders that keep the demo data readable: the data files say what a service or location is,
 * and these helpers turn that into catalog input records with stable identifiers.
 *
 * Every id is `stableId('demo:…')` derived from the record's slug and its place in the record, so
 * seeding twice updates the same rows instead of adding new ones.
 */
import type { LocalizedText } from '../../platform/i18n/index.js';
import { stableId } from '../../platform/ids/index.js';
import type {
  LocationInput,
  ScheduleInput,
  ServiceChannelInput,
  ServiceInput,
  ServiceStandardInput,
} from '../../domains/catalog/index.js';

export type Text = LocalizedText;
type Address = NonNullable<LocationInput['addresses']>[number];
type Day = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

const NBSP = '\u00a0';

/**
 * French typography, so the data can be typed plainly: a non-breaking space before `:` `;` `?` `!`
 * and `$`, inside « », and the typographic apostrophe. English gets the typographic apostrophe too.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/'/g, '’')
    .replace(/(\d) (\d{3})\b/g, `$1${NBSP}$2`)
    .replace(/ ?([;?!$])/g, `${NBSP}$1`)
    .replace(/ ?:(?!\/\/|\d)/g, `${NBSP}:`)
    .replace(/« /g, `«${NBSP}`)
    .replace(/ »/g, `${NBSP}»`);
}

/** Client-facing text in both languages. */
export const t = (en: string, fr: string): Text => ({ en: en.replace(/'/g, '’'), fr: frenchTypography(fr) });

/** "Checked on" date for the demo records. */
export const ASSURED = '2026-01-15';

export const demoId = (kind: string, slug: string) => stableId(`demo:${kind}:${slug}`);
export const orgId = (slug: string) => demoId('organization', slug);
export const jurisdictionId = (code: string) => demoId('jurisdiction', code);
export const locationId = (slug: string) => demoId('location', slug);
export const serviceId = (slug: string) => demoId('service', slug);

// ---------------------------------------------------------------------------------------------
// Schedules

/** A schedule row before it has an id; `key` makes the id unique within its owner. */
export type ScheduleSpec = Omit<ScheduleInput, 'id'> & { key: string };

/** One weekly opening span: `weekly('MO,TU,WE,TH,FR', '08:30', '16:30')`. Split hours are two spans. */
export function weekly(days: string, opens: string, closes: string, notes?: Text): ScheduleSpec {
  const byday = days
    .split(',')
    .map((day) => day.trim().toUpperCase() as Day)
    .join(',');
  return {
    key: `weekly:${byday}:${opens}-${closes}`,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday,
    opens_at: opens,
    closes_at: closes,
    notes: notes ?? null,
    closed: false,
  };
}

/** Closed all day on `date` (a holiday), named in both languages. */
export function closedOn(date: string, name: Text): ScheduleSpec {
  return {
    key: `closed:${date}`,
    valid_from: date,
    valid_to: date,
    closed: true,
    description: name,
  };
}

/** Monday to Friday, one span. */
export const weekdays = (opens: string, closes: string, notes?: Text) =>
  weekly('MO,TU,WE,TH,FR', opens, closes, notes);

/** Statutory holidays between mid-2026 and early 2027 (the demo's horizon). */
export const HOLIDAY = {
  canadaDay: closedOn('2026-07-01', t('Canada Day', 'fête du Canada')),
  labourDay: closedOn('2026-09-07', t('Labour Day', 'fête du Travail')),
  truthAndReconciliation: closedOn(
    '2026-09-30',
    t('National Day for Truth and Reconciliation', 'Journée nationale de la vérité et de la réconciliation'),
  ),
  thanksgiving: closedOn('2026-10-12', t('Thanksgiving Day', 'Action de grâces')),
  remembranceDay: closedOn('2026-11-11', t('Remembrance Day', 'jour du Souvenir')),
  christmas: closedOn('2026-12-25', t('Christmas Day', 'jour de Noël')),
  boxingDay: closedOn('2026-12-26', t('Boxing Day', 'lendemain de Noël')),
  newYear: closedOn('2027-01-01', t('New Year’s Day', 'jour de l’An')),
  familyDay: closedOn('2027-02-15', t('Family Day (Ontario)', 'jour de la Famille (Ontario)')),
  heritageDay: closedOn(
    '2027-02-15',
    t('Heritage Day (Nova Scotia)', 'Jour du patrimoine (Nouvelle-Écosse)'),
  ),
} as const;

/** Federal offices: Family Day and Heritage Day are not federal holidays, so they stay open. */
export const FEDERAL_HOLIDAYS = [
  HOLIDAY.canadaDay,
  HOLIDAY.labourDay,
  HOLIDAY.truthAndReconciliation,
  HOLIDAY.thanksgiving,
  HOLIDAY.remembranceDay,
  HOLIDAY.christmas,
  HOLIDAY.boxingDay,
  HOLIDAY.newYear,
];
/** Ontario offices: Remembrance Day is not an Ontario statutory holiday. */
export const ONTARIO_HOLIDAYS = [
  HOLIDAY.canadaDay,
  HOLIDAY.labourDay,
  HOLIDAY.thanksgiving,
  HOLIDAY.christmas,
  HOLIDAY.boxingDay,
  HOLIDAY.newYear,
  HOLIDAY.familyDay,
];
/** Nova Scotia offices: Remembrance Day and Heritage Day are holidays there. */
export const NOVA_SCOTIA_HOLIDAYS = [
  HOLIDAY.canadaDay,
  HOLIDAY.labourDay,
  HOLIDAY.thanksgiving,
  HOLIDAY.remembranceDay,
  HOLIDAY.christmas,
  HOLIDAY.boxingDay,
  HOLIDAY.newYear,
  HOLIDAY.heritageDay,
];

function schedules(scope: string, specs: ScheduleSpec[]): ScheduleInput[] {
  return specs.map(({ key, ...row }) => ({ ...row, id: stableId(`${scope}:schedule:${key}`) }));
}

// ---------------------------------------------------------------------------------------------
// Addresses

export interface AddressSpec {
  attention?: string;
  address_1: string;
  address_2?: string;
  city: string;
  province: 'ON' | 'NS' | 'QC' | 'BC' | 'PE';
  postal_code: string;
}

function address(scope: string, spec: AddressSpec, type: 'physical' | 'postal'): Address {
  return {
    id: stableId(`${scope}:address:${type}`),
    attention: spec.attention ?? null,
    address_1: spec.address_1,
    address_2: spec.address_2 ?? null,
    city: spec.city,
    state_province: spec.province,
    postal_code: spec.postal_code,
    country: 'CA',
    address_type: type,
  };
}

// ---------------------------------------------------------------------------------------------
// Channels

/** Illustrative cost of one transaction per channel (CAD), for the results framework. */
export const UNIT_COST = { web: 1.5, phone: 12, walk_in: 25, mail: 18, email: 8, kiosk: 4 } as const;

export type ChannelSpec = Omit<ServiceChannelInput, 'id' | 'hours'> & { hours?: ScheduleSpec[] };

interface ChannelOptions {
  cost?: number;
  description?: Text;
  delivery?: 'self_serve' | 'serviced';
  languages?: string[];
}

export function web(en: string, fr: string, options: ChannelOptions = {}): ChannelSpec {
  return {
    kind: 'web',
    delivery: options.delivery ?? 'self_serve',
    url: { en, fr },
    description: options.description ?? null,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.web,
  };
}

export function phone(
  number: string,
  hours: ScheduleSpec[],
  options: ChannelOptions & { tty?: string } = {},
): ChannelSpec {
  return {
    kind: 'phone',
    delivery: options.delivery ?? 'serviced',
    phone_number: number,
    tty_number: options.tty ?? null,
    description: options.description ?? null,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.phone,
    hours,
  };
}

/** In person at the service's locations (its `service_at_locations`). */
export function walkIn(description: Text, options: ChannelOptions = {}): ChannelSpec {
  return {
    kind: 'walk_in',
    delivery: options.delivery ?? 'serviced',
    description,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.walk_in,
  };
}

export function mail(to: AddressSpec, options: ChannelOptions = {}): ChannelSpec {
  return {
    kind: 'mail',
    delivery: options.delivery ?? 'serviced',
    // The id is filled in by `service()` so that it is unique to the service.
    mail_address: { ...address('pending', to, 'postal') },
    description: options.description ?? null,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.mail,
  };
}

export function email(to: string, options: ChannelOptions = {}): ChannelSpec {
  return {
    kind: 'email',
    delivery: options.delivery ?? 'serviced',
    email: to,
    description: options.description ?? null,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.email,
  };
}

export function kiosk(description: Text, options: ChannelOptions = {}): ChannelSpec {
  return {
    kind: 'kiosk',
    delivery: options.delivery ?? 'self_serve',
    description,
    languages: options.languages ?? ['en', 'fr'],
    unit_cost: options.cost ?? UNIT_COST.kiosk,
  };
}

// ---------------------------------------------------------------------------------------------
// Service standards

export type StandardSpec = Omit<ServiceStandardInput, 'id'> & { key: string };

export function standard(spec: StandardSpec): StandardSpec {
  return spec;
}

// ---------------------------------------------------------------------------------------------
// Services

export interface ServiceSpec {
  slug: string;
  org: string;
  name: Text;
  alternate_name?: Text;
  description: Text;
  url?: Text;
  eligibility: Text;
  process: Text;
  /** Where a fee applies but the amount is not given here: say so, with where to check. */
  fees?: Text;
  costs?: Array<{ option: Text; amount: number; description?: Text }>;
  documents?: Text[];
  status?: ServiceInput['status'];
  assured?: string;
  minimum_age?: number;
  maximum_age?: number;
  alert?: Text;
  wait_time?: Text;
  interpretation?: Text;
  /** GC Service Inventory id, for federal services. */
  external_id?: string;
  channels: ChannelSpec[];
  standards?: StandardSpec[];
  /** Slugs of the demo locations where the service is offered in person. */
  locations?: string[];
}

export function service(spec: ServiceSpec): ServiceInput {
  const scope = `demo:service:${spec.slug}`;
  const id = stableId(scope);
  const kindCount = new Map<string, number>();
  return {
    id,
    organization_id: orgId(spec.org),
    name: spec.name,
    alternate_name: spec.alternate_name ?? null,
    description: spec.description,
    url: spec.url ?? null,
    status: spec.status ?? 'active',
    eligibility_description: spec.eligibility,
    application_process: spec.process,
    fees_description: spec.fees ?? null,
    interpretation_services: spec.interpretation ?? null,
    wait_time: spec.wait_time ?? null,
    alert: spec.alert ?? null,
    minimum_age: spec.minimum_age ?? null,
    maximum_age: spec.maximum_age ?? null,
    assured_date: spec.assured ?? ASSURED,
    // Several demo services are parts of one GC Service Inventory service: the slug keeps the key unique.
    external_id: spec.external_id ? `gc-si:${spec.external_id}/${spec.slug}` : null,
    cost_options: (spec.costs ?? []).map((cost, index) => ({
      id: stableId(`${scope}:cost:${index}`),
      option: cost.option,
      amount: cost.amount,
      currency: 'CAD',
      amount_description: cost.description ?? null,
    })),
    required_documents: (spec.documents ?? []).map((document, index) => ({
      id: stableId(`${scope}:document:${index}`),
      document,
    })),
    channels: spec.channels.map(({ hours, ...channel }) => {
      const n = (kindCount.get(channel.kind) ?? 0) + 1;
      kindCount.set(channel.kind, n);
      const channelScope = `${scope}:channel:${channel.kind}:${n}`;
      return {
        ...channel,
        id: stableId(channelScope),
        mail_address: channel.mail_address
          ? { ...channel.mail_address, id: stableId(`${channelScope}:address`) }
          : null,
        hours: schedules(channelScope, hours ?? []),
      };
    }),
    standards: (spec.standards ?? []).map(({ key, ...rest }) => ({
      ...rest,
      id: stableId(`${scope}:standard:${key}`),
    })),
    service_at_locations: (spec.locations ?? []).map((slug) => ({
      id: stableId(`${scope}:at:${slug}`),
      location_id: locationId(slug),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Locations

export interface LocationSpec {
  slug: string;
  org: string;
  name: Text;
  alternate_name?: Text;
  description: Text;
  address: AddressSpec;
  latitude: number;
  longitude: number;
  timeZone?: 'America/Toronto' | 'America/Halifax';
  phones?: Array<{ number: string; description?: Text }>;
  hours: ScheduleSpec[];
  /** ISO 639-1 codes of the languages served at the counter; `fr` flags French-language service. */
  languages: string[];
  accessibility: Text;
  transportation?: Text;
  url?: string;
  assured?: string;
}

const LANGUAGE_NAMES: Record<string, Text> = {
  en: t('English', 'anglais'),
  fr: t('French', 'français'),
  ar: t('Arabic', 'arabe'),
  es: t('Spanish', 'espagnol'),
  zh: t('Chinese', 'chinois'),
  fa: t('Persian (Farsi)', 'persan (farsi)'),
  so: t('Somali', 'somali'),
  mic: t('Mi’kmaw', 'mi’kmaq'),
  oj: t('Ojibwe', 'ojibwé'),
  iu: t('Inuktitut', 'inuktitut'),
};

export function location(spec: LocationSpec): LocationInput {
  const scope = `demo:location:${spec.slug}`;
  return {
    id: stableId(scope),
    organization_id: orgId(spec.org),
    location_type: 'physical',
    url: spec.url ?? null,
    name: spec.name,
    alternate_name: spec.alternate_name ?? null,
    description: spec.description,
    transportation: spec.transportation ?? null,
    latitude: spec.latitude,
    longitude: spec.longitude,
    time_zone: spec.timeZone ?? (spec.address.province === 'NS' ? 'America/Halifax' : 'America/Toronto'),
    assured_date: spec.assured ?? ASSURED,
    addresses: [address(scope, spec.address, 'physical')],
    phones: (spec.phones ?? []).map((p, index) => ({
      id: stableId(`${scope}:phone:${index}`),
      number: p.number,
      type: 'voice',
      description: p.description ?? null,
    })),
    schedules: schedules(scope, spec.hours),
    languages: spec.languages.map((code) => ({
      id: stableId(`${scope}:language:${code}`),
      code,
      name: LANGUAGE_NAMES[code] ?? null,
    })),
    accessibility: [{ id: stableId(`${scope}:accessibility`), description: spec.accessibility }],
  };
}
