/**
 * Catalog records for tests: valid, bilingual, with fresh ids. Override any field; `aRichService` has
 * every kind of child. Imported by tests only.
 */
import type {
  JurisdictionInput,
  LocationInput,
  OrganizationInput,
  ServiceInput,
  TaxonomyInput,
  TaxonomyTermInput,
} from '../domains/catalog/schemas.js';
import { newId } from '../platform/ids/index.js';

const t = (en: string, fr: string) => ({ en, fr });

export function aJurisdiction(overrides: Partial<JurisdictionInput> = {}): JurisdictionInput {
  return {
    id: newId(),
    level: 'federal',
    code: `ca-${newId().slice(0, 8)}`,
    name: t('Canada', 'Canada'),
    ...overrides,
  };
}

export function anOrganization(overrides: Partial<OrganizationInput> = {}): OrganizationInput {
  return {
    id: newId(),
    name: t('Service Canada', 'Service Canada'),
    description: t('Federal services for people.', 'Services fédéraux pour la population.'),
    ...overrides,
  };
}

export function aLocation(overrides: Partial<LocationInput> = {}): LocationInput {
  return {
    id: newId(),
    location_type: 'physical',
    name: t('Ottawa Service Centre', 'Centre de services d’Ottawa'),
    addresses: [
      {
        id: newId(),
        address_1: '110 Laurier Avenue West',
        city: 'Ottawa',
        state_province: 'ON',
        postal_code: 'K1P 1J1',
        country: 'CA',
        address_type: 'physical',
      },
    ],
    ...overrides,
  };
}

/** A plain service; give it an organization_id you import too. */
export function aService(overrides: Partial<ServiceInput> & { organization_id: string }): ServiceInput {
  return {
    id: newId(),
    name: t('Employment Insurance', 'Assurance-emploi'),
    description: t('Money while you look for work.', 'Un revenu pendant que vous cherchez un emploi.'),
    status: 'active',
    ...overrides,
  };
}

export function aTaxonomy(overrides: Partial<TaxonomyInput> = {}): TaxonomyInput {
  return {
    id: newId(),
    name: t('Life events', 'Événements de la vie'),
    description: t('Moments', 'Moments'),
    ...overrides,
  };
}

export function aTaxonomyTerm(overrides: Partial<TaxonomyTermInput> = {}): TaxonomyTermInput {
  return {
    id: newId(),
    code: `term-${newId().slice(0, 8)}`,
    name: t('Job loss', 'Perte d’emploi'),
    description: t('Losing a job', 'Perdre son emploi'),
    ...overrides,
  };
}

const attribute = (termId?: string) => ({
  id: newId(),
  ...(termId ? { taxonomy_term_id: termId } : {}),
  link_type: 'topic',
  value: 'yes',
  label: 'Topic',
});
const metadata = () => ({
  id: newId(),
  last_action_date: '2026-01-15',
  last_action_type: 'update',
  field_name: 'name',
  previous_value: 'Old',
  replacement_value: 'New',
  updated_by: 'editor@example.org',
});
const linked = (termId?: string) => ({ attributes: [attribute(termId)], metadata: [metadata()] });

const phone = (number: string, termId?: string) => ({
  id: newId(),
  number,
  extension: 12,
  type: 'voice',
  description: t('Main line', 'Ligne principale'),
  languages: [
    { id: newId(), name: t('French', 'français'), code: 'fr', note: t('Ask', 'Demandez'), ...linked(termId) },
  ],
  ...linked(termId),
});

const schedule = (byday: string, opens: string, closes: string, termId?: string) => ({
  id: newId(),
  freq: 'WEEKLY' as const,
  wkst: 'MO' as const,
  interval: 1,
  byday,
  opens_at: opens,
  closes_at: closes,
  timezone: -5,
  valid_from: '2026-01-01',
  valid_to: '2026-12-31',
  description: t('Weekdays', 'En semaine'),
  attending_type: t('In person', 'En personne'),
  notes: t('Closed on holidays', 'Fermé les jours fériés'),
  closed: false,
  ...linked(termId),
});

const contact = (termId?: string) => ({
  id: newId(),
  name: 'Alex Martin',
  title: t('Manager', 'Gestionnaire'),
  department: t('Benefits', 'Prestations'),
  email: 'alex@example.org',
  phones: [phone('613-555-0101', termId)],
  ...linked(termId),
});

/**
 * A service with every kind of child (and every child with attributes and metadata), given in the
 * normalised form a read returns, so `getService` can be compared to its parse.
 */
export function aRichService(ids: {
  organization_id: string;
  location_id: string;
  program_id?: string;
  term_id?: string;
}): ServiceInput {
  const term = ids.term_id;
  return {
    id: newId(),
    organization_id: ids.organization_id,
    ...(ids.program_id ? { program_id: ids.program_id } : {}),
    name: t('Employment Insurance regular benefits', 'Prestations régulières d’assurance-emploi'),
    alternate_name: t('EI', 'AE'),
    description: t('Money while you look for work.', 'Un revenu pendant que vous cherchez un emploi.'),
    url: t(
      'https://www.canada.ca/en/services/benefits/ei.html',
      'https://www.canada.ca/fr/services/prestations/ae.html',
    ),
    email: 'ei@example.org',
    status: 'active',
    interpretation_services: t('Sign language', 'Langue des signes'),
    application_process: t('Apply online', 'Présentez une demande en ligne'),
    fees_description: t('Free', 'Gratuit'),
    wait_time: t('28 days', '28 jours'),
    fees: t('None', 'Aucuns'),
    accreditations: t('None', 'Aucune'),
    licenses: t('None', 'Aucun'),
    eligibility_description: t('You lost your job.', 'Vous avez perdu votre emploi.'),
    minimum_age: 15,
    maximum_age: 99.5,
    assured_date: '2026-11-01',
    assurer_email: 'assurer@example.org',
    alert: t('Delays in December', 'Retards en décembre'),
    last_modified: '2026-10-01T12:00:00.000Z',
    translation_pending: false,
    external_id: `EI-${newId().slice(0, 8)}`,
    phones: [phone('1-800-206-7218', term), phone('1-800-529-3742')],
    schedules: [
      schedule('MO,TU,WE,TH,FR', '08:30', '12:00', term),
      schedule('MO,TU,WE,TH,FR', '13:00', '16:30'),
    ],
    service_areas: [
      {
        id: newId(),
        name: t('Canada', 'Canada'),
        description: t('All of Canada', 'Tout le Canada'),
        extent: 'CA',
        extent_type: 'country',
        uri: 'https://example.org/ca',
        ...linked(term),
      },
    ],
    languages: [
      { id: newId(), name: t('English', 'anglais'), code: 'en', ...linked(term) },
      {
        id: newId(),
        name: t('French', 'français'),
        code: 'fr',
        note: t('Everywhere', 'Partout'),
        ...linked(),
      },
    ],
    funding: [{ id: newId(), source: t('Federal', 'Fédéral'), ...linked(term) }],
    cost_options: [
      {
        id: newId(),
        valid_from: '2026-01-01',
        valid_to: '2026-12-31',
        option: t('Standard', 'Standard'),
        currency: 'CAD',
        amount: 12.5,
        amount_description: t('Per copy', 'Par copie'),
        ...linked(term),
      },
    ],
    required_documents: [
      {
        id: newId(),
        document: t('Record of employment', 'Relevé d’emploi'),
        uri: 'https://example.org/roe',
        ...linked(term),
      },
    ],
    contacts: [contact(term)],
    service_at_locations: [
      {
        id: newId(),
        location_id: ids.location_id,
        description: t('At the counter', 'Au comptoir'),
        phones: [phone('613-555-0199', term)],
        contacts: [contact()],
        schedules: [schedule('SA', '09:00', '12:00:30', term)],
        ...linked(term),
      },
    ],
    channels: [
      {
        id: newId(),
        kind: 'web',
        delivery: 'self_serve',
        description: t('Apply online', 'En ligne'),
        url: t('https://example.org/en/apply', 'https://example.org/fr/demande'),
        languages: ['en', 'fr'],
        unit_cost: 1.25,
        currency: 'CAD',
        hours: [],
      },
      {
        id: newId(),
        kind: 'phone',
        delivery: 'serviced',
        phone_number: '1-800-206-7218',
        phone_extension: '2',
        tty_number: '1-800-529-3742',
        languages: ['en', 'fr', 'iu'],
        unit_cost: 8.5,
        currency: 'CAD',
        hours: [schedule('MO,TU,WE,TH,FR', '08:30', '16:30', term)],
      },
      {
        id: newId(),
        kind: 'mail',
        delivery: 'serviced',
        email: 'mail@example.org',
        mail_address: {
          id: newId(),
          attention: 'EI processing',
          address_1: 'PO Box 1000',
          address_2: 'Station A',
          city: 'Bathurst',
          region: 'Gloucester',
          state_province: 'NB',
          postal_code: 'E2A 4T1',
          country: 'CA',
          address_type: 'postal',
          ...linked(term),
        },
        languages: [],
        currency: 'CAD',
        hours: [],
      },
    ],
    standards: [
      {
        id: newId(),
        channel_kind: 'web',
        name: t('Payment within 28 days', 'Paiement dans les 28 jours'),
        description: t('From the date we receive it', 'À compter de la réception'),
        standard_type: 'timeliness',
        threshold_value: 28,
        threshold_unit: 'days',
        target: 0.8,
        url: t('https://example.org/en/standards', 'https://example.org/fr/normes'),
        external_id: `STD-${newId().slice(0, 8)}`,
      },
    ],
    ...linked(term),
  };
}

export { t as text };
