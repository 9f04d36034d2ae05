/** The live record in the draft's shape, and what differs between two contents. */
import type { LocalizedText } from '../../../platform/i18n/index.js';
import type { Location, Service } from '../schemas.js';
import type { EditableColumn } from '../tables.js';
import { SERVICE_TEXT_FIELDS, WEEKDAYS, type LocationDraft, type ServiceDraft } from './schemas.js';
import type { ServiceSearchTerms } from './terms.js';

const emptyText = (): LocalizedText => ({ en: '', fr: '' });

/** The editable texts of a live service, absent ones as null. */
function serviceTexts(service: Service): Pick<ServiceDraft, EditableColumn<'service'>> {
  const texts = Object.fromEntries(SERVICE_TEXT_FIELDS.map((name) => [name, service[name] ?? null]));
  return texts as Pick<ServiceDraft, EditableColumn<'service'>>;
}

/** The live service in the draft's shape, with its editors' search terms when they were read. */
export function serviceContent(service: Service, searchTerms?: ServiceSearchTerms): ServiceDraft {
  return {
    ...serviceTexts(service),
    phones: service.phones.map((p) => ({
      id: p.id,
      number: p.number,
      extension: p.extension ?? null,
      description: p.description ?? null,
    })),
    channels: service.channels.map((c) => ({
      id: c.id,
      description: c.description ?? null,
      url: c.url ?? null,
      phone_number: c.phone_number ?? null,
      email: c.email ?? null,
    })),
    ...(searchTerms ? { search_terms: searchTerms } : {}),
  };
}

type Schedule = Location['schedules'][number];

/** The weekly opening spans the hours form edits; closures and other schedules are kept as they are. */
export const isWeeklySpan = (s: Schedule) =>
  !s.closed && s.freq === 'WEEKLY' && !!s.byday && !!s.opens_at && !!s.closes_at;

export const scheduleDays = (s: Schedule) => (s.byday ?? '').split(',').map((d) => d.trim());

/** The address the form edits: the first physical one, else the first. */
export const primaryAddress = (location: Location) =>
  location.addresses.find((a) => a.address_type === 'physical') ?? location.addresses[0];

export function locationContent(location: Location): LocationDraft {
  const weekly = location.schedules.filter(isWeeklySpan);
  const address = primaryAddress(location);
  return {
    name: location.name ?? emptyText(),
    address: address
      ? {
          address_1: address.address_1,
          address_2: address.address_2 ?? '',
          city: address.city,
          state_province: address.state_province,
          postal_code: address.postal_code,
        }
      : null,
    hours: WEEKDAYS.map((day) => {
      const spans = weekly
        .filter((s) => scheduleDays(s).includes(day))
        .map((s) => ({ opens: s.opens_at!.slice(0, 5), closes: s.closes_at!.slice(0, 5) }))
        .sort((a, b) => a.opens.localeCompare(b.opens));
      // A day without hours in a week that has some is a closed day; with no hours at all, nothing is known.
      return { day, closed: spans.length === 0 && weekly.length > 0, spans };
    }),
    languages: location.languages.flatMap((l) => (l.code ? [l.code] : [])),
  };
}

/** Top-level fields whose value differs between two contents (for the audit log and the conflict view). */
export function changedFields(before: object, after: object): string[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  return Object.keys(b).filter((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}
/** Today's date where the partners mostly are, for HSDS `assured_date`. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(now);
}
