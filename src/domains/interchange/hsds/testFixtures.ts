/** A rich bilingual catalog for HSDS tests: every Stitch extension, French everywhere. Imported by tests only. */
import { stableId } from '../../../platform/ids/index.js';
import type { CatalogBundleInput } from '../../catalog/index.js';

const id = (name: string) => stableId(`hsds-test:${name}`);
const t = (en: string, fr: string) => ({ en, fr });

export const RICH_IDS = {
  canada: id('jurisdiction:ca'),
  ontario: id('jurisdiction:ca-on'),
  organization: id('organization:esdc'),
  provincial: id('organization:serviceontario'),
  program: id('program:ei'),
  location: id('location:ottawa'),
  service: id('service:ei'),
  link: id('sal:ei-ottawa'),
  taxonomy: id('taxonomy:life-events'),
  term: id('term:job-loss'),
  parentTerm: id('term:work'),
} as const;

export function richBundle(): CatalogBundleInput {
  const hours = (name: string, day: string) => ({
    id: id(`schedule:${name}`),
    freq: 'WEEKLY' as const,
    wkst: 'MO' as const,
    byday: day,
    opens_at: '08:30',
    closes_at: '16:30',
    timezone: -5,
    description: t('Weekdays', 'En semaine'),
  });
  return {
    jurisdictions: [
      {
        id: RICH_IDS.canada,
        level: 'federal',
        code: 'ca',
        name: t('Government of Canada', 'Gouvernement du Canada'),
      },
      {
        id: RICH_IDS.ontario,
        level: 'provincial',
        code: 'ca-on',
        name: t('Ontario', 'Ontario'),
        parent_id: RICH_IDS.canada,
      },
    ],
    taxonomies: [
      {
        id: RICH_IDS.taxonomy,
        name: t('Life events', 'Événements de la vie'),
        description: t('Moments that matter', 'Moments importants'),
        version: '1',
      },
    ],
    taxonomy_terms: [
      {
        id: RICH_IDS.parentTerm,
        code: 'work',
        name: t('Work', 'Travail'),
        description: t('Working life', 'Vie professionnelle'),
        taxonomy_id: RICH_IDS.taxonomy,
      },
      {
        id: RICH_IDS.term,
        code: 'job-loss',
        name: t('Losing a job', 'Perte d’emploi'),
        description: t('When work ends', 'Quand l’emploi prend fin'),
        parent_id: RICH_IDS.parentTerm,
        taxonomy_id: RICH_IDS.taxonomy,
        taxonomy: 'Life events',
        language: 'en',
      },
    ],
    organizations: [
      {
        id: RICH_IDS.organization,
        jurisdiction_id: RICH_IDS.canada,
        name: t('Employment and Social Development Canada', 'Emploi et Développement social Canada'),
        alternate_name: t('ESDC', 'EDSC'),
        description: t('Programs that support Canadians', 'Programmes qui soutiennent les Canadiens'),
        email: 'info@esdc.example.ca',
        website: t(
          'https://www.canada.ca/en/employment-social-development.html',
          'https://www.canada.ca/fr/emploi-developpement-social.html',
        ),
        year_incorporated: 2005,
        brand_colour: '#26374a',
        brand_accent_colour: '#af3c43',
        is_partner: true,
        assured_date: '2024-05-01',
        external_id: 'esdc',
        identifiers: [
          {
            id: id('identifier:esdc'),
            identifier_scheme: 'CA-GOV',
            identifier_type: 'Department',
            identifier: 'ESDC',
          },
        ],
        programs: [
          {
            id: RICH_IDS.program,
            name: t('Employment Insurance', 'Assurance-emploi'),
            description: t('Temporary income support', 'Aide financière temporaire'),
          },
        ],
        phones: [
          {
            id: id('phone:esdc'),
            number: '1-800-206-7218',
            type: 'voice',
            description: t('General enquiries', 'Renseignements généraux'),
          },
        ],
        funding: [{ id: id('funding:esdc'), source: t('Parliament', 'Parlement') }],
        attributes: [
          {
            id: id('attribute:org-term'),
            taxonomy_term_id: RICH_IDS.parentTerm,
            link_type: 'topic',
            value: 'work',
          },
        ],
      },
      {
        id: RICH_IDS.provincial,
        jurisdiction_id: RICH_IDS.ontario,
        name: t('ServiceOntario', 'ServiceOntario'),
        description: t('Ontario government services', 'Services du gouvernement de l’Ontario'),
        brand_colour: '#1a5a96',
      },
    ],
    locations: [
      {
        id: RICH_IDS.location,
        organization_id: RICH_IDS.organization,
        location_type: 'physical',
        name: t('Service Canada Centre — Ottawa', 'Centre Service Canada — Ottawa'),
        description: t('Walk-in centre', 'Centre sans rendez-vous'),
        transportation: t('OC Transpo route 1', 'Circuit 1 d’OC Transpo'),
        latitude: 45.42,
        longitude: -75.69,
        time_zone: 'America/Montreal',
        assured_date: '2024-04-01',
        addresses: [
          {
            id: id('address:ottawa'),
            address_1: '110 Laurier Avenue West',
            city: 'Ottawa',
            state_province: 'ON',
            postal_code: 'K1P 5J3',
            country: 'CA',
            address_type: 'physical',
          },
        ],
        schedules: [
          hours('ottawa-weekdays', 'MO,TU,WE,TH,FR'),
          {
            id: id('schedule:ottawa-holiday'),
            valid_from: '2024-12-25',
            valid_to: '2024-12-26',
            closed: true,
            description: t('Holiday', 'Jour férié'),
          },
        ],
        accessibility: [
          { id: id('accessibility:ottawa'), description: t('Step-free entrance', 'Entrée sans marche') },
        ],
        languages: [{ id: id('language:ottawa-fr'), code: 'fr', name: t('French', 'Français') }],
      },
    ],
    services: [
      {
        id: RICH_IDS.service,
        organization_id: RICH_IDS.organization,
        program_id: RICH_IDS.program,
        name: t('Employment Insurance regular benefits', 'Prestations régulières d’assurance-emploi'),
        description: t(
          'Temporary income if you lose your job',
          'Revenu temporaire si vous perdez votre emploi',
        ),
        status: 'active',
        eligibility_description: t(
          'You lost your job through no fault of your own',
          'Vous avez perdu votre emploi sans en être responsable',
        ),
        fees_description: t('Free', 'Gratuit'),
        minimum_age: 15,
        assured_date: '2024-05-01',
        last_modified: '2024-05-01T12:00:00.000Z',
        external_id: 'ei-regular',
        languages: [{ id: id('language:ei-en'), code: 'en', name: t('English', 'Anglais') }],
        required_documents: [
          { id: id('document:roe'), document: t('Record of Employment', 'Relevé d’emploi') },
        ],
        cost_options: [
          {
            id: id('cost:ei'),
            amount: 0,
            currency: 'CAD',
            option: t('All applicants', 'Tous les demandeurs'),
          },
        ],
        service_areas: [{ id: id('area:canada'), name: t('Canada', 'Canada'), extent_type: 'country' }],
        contacts: [
          {
            id: id('contact:ei'),
            name: 'EI Contact Centre',
            title: t('Agent', 'Agent'),
            phones: [
              {
                id: id('phone:contact-ei'),
                number: '1-800-206-7218',
                extension: 1,
                description: t('Agents', 'Agents'),
              },
            ],
          },
        ],
        service_at_locations: [
          {
            id: RICH_IDS.link,
            location_id: RICH_IDS.location,
            description: t('Help applying in person', 'Aide en personne pour présenter une demande'),
            schedules: [hours('ei-ottawa', 'MO,WE,FR')],
          },
        ],
        channels: [
          {
            id: id('channel:web'),
            kind: 'web',
            delivery: 'self_serve',
            url: t(
              'https://www.canada.ca/en/services/benefits/ei.html',
              'https://www.canada.ca/fr/services/prestations/ae.html',
            ),
            unit_cost: 1.25,
            languages: ['en', 'fr'],
          },
          {
            id: id('channel:phone'),
            kind: 'phone',
            delivery: 'serviced',
            phone_number: '1-800-206-7218',
            phone_extension: '2',
            tty_number: '1-800-529-3742',
            description: t('EI telephone line', 'Ligne téléphonique de l’AE'),
            unit_cost: 9.5,
            hours: [hours('ei-phone', 'MO,TU,WE,TH,FR')],
          },
          { id: id('channel:walk-in'), kind: 'walk_in', delivery: 'serviced', unit_cost: 22 },
          {
            id: id('channel:mail'),
            kind: 'mail',
            delivery: 'serviced',
            mail_address: {
              id: id('address:mail'),
              address_1: 'PO Box 2000',
              city: 'Bathurst',
              state_province: 'NB',
              postal_code: 'E2A 4T2',
              country: 'CA',
              address_type: 'postal',
            },
            unit_cost: 15,
          },
          { id: id('channel:email'), kind: 'email', delivery: 'serviced', email: 'ei@esdc.example.ca' },
        ],
        standards: [
          {
            id: id('standard:ei-decision'),
            channel_kind: 'web',
            name: t('Decision within 28 days', 'Décision en 28 jours'),
            threshold_value: 28,
            threshold_unit: 'days',
            target: 0.8,
            url: t('https://www.canada.ca/en/ei-standards.html', 'https://www.canada.ca/fr/normes-ae.html'),
          },
        ],
        attributes: [
          {
            id: id('attribute:ei-term'),
            taxonomy_term_id: RICH_IDS.term,
            link_type: 'life_event',
            value: 'job-loss',
          },
        ],
        metadata: [
          {
            id: id('metadata:ei'),
            last_action_date: '2024-05-01',
            last_action_type: 'update',
            field_name: 'name',
            previous_value: 'EI',
            replacement_value: 'Employment Insurance regular benefits',
            updated_by: 'editor',
          },
        ],
      },
    ],
  };
}
