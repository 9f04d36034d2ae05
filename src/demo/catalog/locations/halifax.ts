/**
 * Halifax locations. Street addresses are the organisations' published ones; where the suite or the
 * full postal code was not certain, the record gives the street and the postal area only. Opening
 * hours are typical weekday hours for demonstration: check the partner's own page before a visit.
 */
import type { LocationInput } from '../../../domains/catalog/index.js';
import {
  FEDERAL_HOLIDAYS,
  HOLIDAY,
  NOVA_SCOTIA_HOLIDAYS,
  location,
  t,
  weekdays,
  weekly,
} from '../helpers.js';

const COMMUNITY_HOLIDAYS = [HOLIDAY.christmas, HOLIDAY.boxingDay, HOLIDAY.newYear, HOLIDAY.heritageDay];

export const halifaxLocations: LocationInput[] = [
  location({
    slug: 'halifax-city-hall',
    org: 'halifax',
    name: t('Halifax City Hall', 'Hôtel de ville d’Halifax'),
    description: t(
      'The seat of Halifax Regional Council on the Grand Parade, home of the Municipal Clerk’s Office.',
      'Siège du conseil régional d’Halifax, sur la Grand Parade, où se trouve le bureau du greffier municipal.',
    ),
    address: { address_1: '1841 Argyle Street', city: 'Halifax', province: 'NS', postal_code: 'B3J 3A5' },
    latitude: 44.6489,
    longitude: -63.5753,
    phones: [{ number: '902-490-4000', description: t('Halifax 311', 'Halifax 311') }],
    hours: [weekdays('08:30', '16:30'), ...NOVA_SCOTIA_HOLIDAYS],
    languages: ['en'],
    accessibility: t(
      'Historic building: call 311 before your visit to arrange step-free access.',
      'Immeuble patrimonial : appelez le 311 avant votre visite pour prévoir un accès sans marche.',
    ),
  }),
  location({
    slug: 'halifax-alderney-gate',
    org: 'halifax',
    name: t('Alderney Gate Customer Service Centre', 'Centre du service à la clientèle d’Alderney Gate'),
    description: t(
      'Halifax customer service centre in downtown Dartmouth, beside the Alderney ferry terminal: property tax payments, pet licences, transit passes and other municipal services.',
      'Centre du service à la clientèle d’Halifax au centre-ville de Dartmouth, à côté du terminal de traversier Alderney : paiement de l’impôt foncier, licences pour animaux, laissez-passer de transport en commun et autres services municipaux.',
    ),
    address: { address_1: '60 Alderney Drive', city: 'Dartmouth', province: 'NS', postal_code: 'B2Y 4P8' },
    latitude: 44.6661,
    longitude: -63.5682,
    phones: [{ number: '902-490-4000', description: t('Halifax 311', 'Halifax 311') }],
    hours: [weekdays('08:30', '16:30'), ...NOVA_SCOTIA_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Step-free entrance from the ferry terminal level; elevators.',
      'Entrée sans marche au niveau du terminal de traversier; ascenseurs.',
    ),
    transportation: t(
      'Alderney ferry terminal and Halifax Transit routes at the door.',
      'Terminal de traversier Alderney et circuits d’Halifax Transit à la porte.',
    ),
  }),
  location({
    slug: 'access-ns-halifax',
    org: 'service-nova-scotia',
    name: t('Access Nova Scotia – Halifax', 'Accès Nouvelle-Écosse – Halifax'),
    description: t(
      'One-stop provincial service centre in Bayers Lake: driver’s licences, vehicle registration, identification cards, Vital Statistics and Registry of Joint Stock Companies services.',
      'Centre de services provinciaux à guichet unique de Bayers Lake : permis de conduire, immatriculation des véhicules, cartes d’identité, statistiques de l’état civil et registre des sociétés.',
    ),
    address: {
      address_1: '300 Horseshoe Lake Drive',
      city: 'Halifax',
      province: 'NS',
      postal_code: 'B3S 0B7',
    },
    latitude: 44.6476,
    longitude: -63.6688,
    phones: [
      {
        number: '1-800-670-4357',
        description: t(
          'Government of Nova Scotia public enquiries (902-424-5200 in the Halifax area)',
          'Renseignements généraux (902-424-5200 dans la région d’Halifax)',
        ),
      },
    ],
    hours: [weekdays('08:30', '16:30'), ...NOVA_SCOTIA_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Accessible parking and step-free entrance.',
      'Stationnement accessible et entrée sans marche.',
    ),
  }),
  location({
    slug: 'service-canada-halifax',
    org: 'service-canada',
    name: t(
      'Halifax Service Canada Centre – Passport Services',
      'Centre Service Canada d’Halifax – Services de passeport',
    ),
    description: t(
      'Service Canada office in downtown Halifax offering passport services as well as Employment Insurance, pensions and Social Insurance Number services. The exact suite is listed on canada.ca.',
      'Bureau de Service Canada au centre-ville d’Halifax qui offre les services de passeport ainsi que les services d’assurance-emploi, de pensions et de numéro d’assurance sociale. Le numéro du bureau figure sur canada.ca.',
    ),
    address: {
      address_1: 'Argyle Street',
      city: 'Halifax',
      province: 'NS',
      postal_code: 'B3J',
    },
    latitude: 44.6476,
    longitude: -63.5761,
    phones: [{ number: '1-800-622-6232', description: t('1 800 O-Canada', '1 800 O-Canada') }],
    hours: [weekdays('08:30', '16:00'), ...FEDERAL_HOLIDAYS, HOLIDAY.heritageDay],
    languages: ['en', 'fr'],
    accessibility: t(
      'Elevator access; priority service for people with disabilities on request.',
      'Accès par ascenseur; service prioritaire sur demande pour les personnes handicapées.',
    ),
  }),
  location({
    slug: 'mikmaw-friendship-centre',
    org: 'mikmaw-friendship-centre',
    name: t('Mi’kmaw Native Friendship Centre', 'Centre d’amitié autochtone mi’kmaw'),
    description: t(
      'The Friendship Centre on Gottingen Street in Halifax’s North End: triage and referral, early childhood, training and employment, housing and cultural programs.',
      'Le centre d’amitié de la rue Gottingen, dans le North End d’Halifax : accueil et orientation, petite enfance, formation et emploi, logement et programmes culturels.',
    ),
    address: { address_1: '2158 Gottingen Street', city: 'Halifax', province: 'NS', postal_code: 'B3K 3B4' },
    latitude: 44.6531,
    longitude: -63.5849,
    phones: [{ number: '902-420-1576', description: t('Main line', 'Ligne principale') }],
    // Split hours: closed for lunch.
    hours: [weekdays('09:00', '12:00'), weekdays('13:00', '16:30'), ...COMMUNITY_HOLIDAYS],
    languages: ['en', 'mic'],
    accessibility: t(
      'Step-free main entrance; call ahead for help with upper-floor programs.',
      'Entrée principale sans marche; appelez d’avance pour les programmes aux étages.',
    ),
    url: 'https://www.mymnfc.com/',
  }),
  location({
    slug: 'isans-mumford',
    org: 'isans',
    name: t('ISANS – Mumford Road', 'ISANS – chemin Mumford'),
    description: t(
      'ISANS’s main office in Halifax: settlement, language assessment and classes, employment services and community connections for immigrants.',
      'Bureau principal de l’ISANS à Halifax : établissement, évaluation et cours de langue, services d’emploi et liens avec la communauté pour les immigrants.',
    ),
    address: {
      address_1: '6960 Mumford Road',
      address_2: 'Suite 2120',
      city: 'Halifax',
      province: 'NS',
      postal_code: 'B3L 4P1',
    },
    latitude: 44.6502,
    longitude: -63.6192,
    phones: [{ number: '902-423-3607', description: t('Main line', 'Ligne principale') }],
    hours: [weekdays('08:30', '16:30'), ...COMMUNITY_HOLIDAYS],
    languages: ['en', 'fr', 'ar', 'es', 'zh', 'fa'],
    accessibility: t(
      'Elevator access and accessible washrooms.',
      'Accès par ascenseur et toilettes accessibles.',
    ),
    url: 'https://isans.ca/',
  }),
  location({
    slug: 'dalhousie-legal-aid',
    org: 'dalhousie-legal-aid',
    name: t('Dalhousie Legal Aid Service', 'Service d’aide juridique de Dalhousie'),
    description: t(
      'Community legal clinic on Gottingen Street: intake for housing, income assistance, disability benefits and other poverty law matters.',
      'Clinique juridique communautaire de la rue Gottingen : accueil pour le logement, l’aide au revenu, les prestations d’invalidité et d’autres questions de droit de la pauvreté.',
    ),
    address: { address_1: '2209 Gottingen Street', city: 'Halifax', province: 'NS', postal_code: 'B3K 3B5' },
    latitude: 44.6543,
    longitude: -63.5861,
    phones: [{ number: '902-423-8105', description: t('Intake line', 'Ligne d’accueil') }],
    // Split hours: intake in the morning and the afternoon, closed for lunch.
    hours: [weekdays('09:00', '12:00'), weekdays('13:00', '16:30'), ...COMMUNITY_HOLIDAYS],
    languages: ['en'],
    accessibility: t(
      'Call ahead to arrange an accessible meeting place.',
      'Appelez d’avance pour convenir d’un lieu de rencontre accessible.',
    ),
  }),
  location({
    slug: 'halifax-central-library',
    org: 'halifax-public-libraries',
    name: t('Halifax Central Library', 'Bibliothèque centrale d’Halifax'),
    description: t(
      'Halifax Public Libraries’ central branch: free library cards, computers, Wi-Fi and help using online government services.',
      'Succursale centrale des Bibliothèques publiques d’Halifax : carte de bibliothèque gratuite, ordinateurs, Wi-Fi et aide pour utiliser les services gouvernementaux en ligne.',
    ),
    address: {
      address_1: '5440 Spring Garden Road',
      city: 'Halifax',
      province: 'NS',
      postal_code: 'B3J 1E9',
    },
    latitude: 44.6428,
    longitude: -63.5747,
    phones: [{ number: '902-490-4000', description: t('Halifax 311', 'Halifax 311') }],
    hours: [
      weekly('MO,TU,WE,TH', '09:00', '21:00'),
      weekly('FR,SA', '09:00', '18:00'),
      weekly('SU', '12:00', '18:00'),
      ...NOVA_SCOTIA_HOLIDAYS,
    ],
    languages: ['en', 'fr'],
    accessibility: t(
      'Accessible building with elevators and accessible washrooms.',
      'Immeuble accessible, avec ascenseurs et toilettes accessibles.',
    ),
    url: 'https://www.halifaxpubliclibraries.ca/',
  }),
];
