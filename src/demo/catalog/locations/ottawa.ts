/**
 * Ottawa locations. Street addresses are the organisations' published ones; coordinates are placed
 * on the building or its block (4 decimals, about 10 m of precision, not of accuracy). Opening hours
 * are typical weekday hours for demonstration: always check the partner's own page before a visit.
 */
import type { LocationInput } from '../../../domains/catalog/index.js';
import { HOLIDAY, ONTARIO_HOLIDAYS, location, t, weekdays, weekly } from '../helpers.js';

const CITY_HOLIDAYS = [...ONTARIO_HOLIDAYS, HOLIDAY.truthAndReconciliation];

export const ottawaLocations: LocationInput[] = [
  location({
    slug: 'ottawa-city-hall',
    org: 'ottawa',
    name: t(
      'Ottawa City Hall – Government Service Centre',
      'Hôtel de ville d’Ottawa – Centre de services gouvernementaux',
    ),
    alternate_name: t(
      'City Hall Client Service Centre',
      'Centre du service à la clientèle de l’hôtel de ville',
    ),
    description: t(
      'City of Ottawa client service counters at City Hall, where City, ServiceOntario and Service Canada services are offered under one roof. City services include marriage licences, commissioner of oaths, pet registration and business licences.',
      'Comptoirs du service à la clientèle de la Ville d’Ottawa, à l’hôtel de ville, où les services de la Ville, de ServiceOntario et de Service Canada sont offerts sous un même toit. Les services municipaux comprennent les licences de mariage, la commissaire à l’assermentation, l’enregistrement des animaux et les permis d’entreprise.',
    ),
    address: { address_1: '110 Laurier Avenue West', city: 'Ottawa', province: 'ON', postal_code: 'K1P 1J1' },
    latitude: 45.4206,
    longitude: -75.6903,
    phones: [
      { number: '613-580-2400', description: t('3-1-1 (TTY 613-580-2401)', '3-1-1 (ATS 613-580-2401)') },
    ],
    hours: [weekdays('08:30', '16:30'), ...CITY_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Step-free entrance, elevators and accessible washrooms.',
      'Entrée sans marche, ascenseurs et toilettes accessibles.',
    ),
    transportation: t(
      'O-Train Line 1, Parliament or Lyon stations, a short walk away.',
      'Ligne 1 de l’O-Train, stations Parlement ou Lyon, à quelques minutes à pied.',
    ),
    url: 'https://ottawa.ca/en/3-1-1',
  }),
  location({
    slug: 'ottawa-ben-franklin-place',
    org: 'ottawa',
    name: t(
      'Ben Franklin Place Client Service Centre',
      'Centre du service à la clientèle de la Place-Ben-Franklin',
    ),
    description: t(
      'City of Ottawa client service centre in Nepean, in the Centrepointe civic complex.',
      'Centre du service à la clientèle de la Ville d’Ottawa à Nepean, dans le complexe municipal Centrepointe.',
    ),
    address: { address_1: '101 Centrepointe Drive', city: 'Ottawa', province: 'ON', postal_code: 'K2G 5K7' },
    latitude: 45.3447,
    longitude: -75.761,
    phones: [{ number: '613-580-2400', description: t('3-1-1', '3-1-1') }],
    hours: [weekdays('08:30', '16:30'), ...CITY_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Accessible entrance and accessible parking.',
      'Entrée accessible et stationnement accessible.',
    ),
  }),
  location({
    slug: 'ottawa-orleans-csc',
    org: 'ottawa',
    name: t('Orléans Client Service Centre', 'Centre du service à la clientèle d’Orléans'),
    description: t(
      'City of Ottawa client service centre in Orléans, next to the Shenkman Arts Centre.',
      'Centre du service à la clientèle de la Ville d’Ottawa à Orléans, à côté du Centre des arts Shenkman.',
    ),
    address: {
      address_1: '255 Centrum Boulevard',
      city: 'Ottawa (Orléans)',
      province: 'ON',
      postal_code: 'K1E 3V8',
    },
    latitude: 45.479,
    longitude: -75.512,
    phones: [{ number: '613-580-2400', description: t('3-1-1', '3-1-1') }],
    hours: [weekdays('08:30', '16:30'), ...CITY_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Step-free access and accessible washrooms.',
      'Accès sans marche et toilettes accessibles.',
    ),
  }),
  location({
    slug: 'ottawa-ess-catherine',
    org: 'ottawa',
    name: t(
      'Employment and Social Services – Catherine Street',
      'Services d’emploi et d’aide sociale – rue Catherine',
    ),
    description: t(
      'City of Ottawa office for Ontario Works (financial and employment assistance) and related social services.',
      'Bureau de la Ville d’Ottawa pour Ontario au travail (aide financière et aide à l’emploi) et les services sociaux connexes.',
    ),
    address: { address_1: '370 Catherine Street', city: 'Ottawa', province: 'ON', postal_code: 'K1R' },
    latitude: 45.4068,
    longitude: -75.7028,
    phones: [
      {
        number: '613-580-2400',
        description: t(
          '3-1-1, ask for Employment and Social Services',
          '3-1-1, demandez les Services d’emploi et d’aide sociale',
        ),
      },
    ],
    hours: [weekdays('08:30', '16:30'), ...CITY_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Accessible entrance; private interview rooms.',
      'Entrée accessible; salles d’entrevue privées.',
    ),
  }),
  location({
    slug: 'ottawa-mary-pitt',
    org: 'ottawa',
    name: t('Mary Pitt Centre', 'Centre Mary-Pitt'),
    description: t(
      'City of Ottawa building in the Centrepointe area housing Employment and Social Services (second floor, west) and the Provincial Offences court office.',
      'Immeuble de la Ville d’Ottawa, secteur Centrepointe, qui abrite les Services d’emploi et d’aide sociale (deuxième étage, aile ouest) et le greffe de la Cour des infractions provinciales.',
    ),
    address: {
      address_1: '100 Constellation Drive',
      address_2: '2nd floor, west',
      city: 'Ottawa',
      province: 'ON',
      postal_code: 'K2G 6J8',
    },
    latitude: 45.3456,
    longitude: -75.7583,
    phones: [{ number: '613-580-2400', description: t('3-1-1', '3-1-1') }],
    hours: [weekdays('08:30', '16:30'), ...CITY_HOLIDAYS],
    languages: ['en', 'fr'],
    accessibility: t(
      'Elevator to the second floor; accessible washrooms.',
      'Ascenseur jusqu’au deuxième étage; toilettes accessibles.',
    ),
  }),
  location({
    slug: 'odawa-centre',
    org: 'odawa',
    name: t('Odawa Native Friendship Centre', 'Centre d’amitié autochtone Odawa'),
    description: t(
      'The Friendship Centre’s home near St. Laurent Boulevard and McArthur Avenue: cultural programs, family and youth services, employment support and community gatherings.',
      'Le centre d’amitié, près du boulevard St-Laurent et de l’avenue McArthur : programmes culturels, services aux familles et aux jeunes, soutien à l’emploi et rassemblements communautaires.',
    ),
    address: {
      address_1: '815 St. Laurent Boulevard',
      city: 'Ottawa',
      province: 'ON',
      postal_code: 'K1K 3A7',
    },
    latitude: 45.4333,
    longitude: -75.6458,
    phones: [
      {
        number: '613-722-3811',
        description: t(
          'Main line; enter your program coordinator’s extension',
          'Ligne principale; composez le poste de la coordonnatrice ou du coordonnateur de votre programme',
        ),
      },
    ],
    // Split hours: closed for lunch.
    hours: [
      weekdays('09:00', '12:00'),
      weekdays('13:00', '16:30'),
      HOLIDAY.christmas,
      HOLIDAY.boxingDay,
      HOLIDAY.newYear,
      HOLIDAY.familyDay,
    ],
    languages: ['en', 'oj'],
    accessibility: t(
      'Ground-floor programs with step-free access from the parking lot.',
      'Programmes au rez-de-chaussée, accès sans marche depuis le stationnement.',
    ),
    url: 'https://odawa.ca/',
  }),
  location({
    slug: 'ociso-wellington',
    org: 'ociso',
    name: t('OCISO – Wellington Street West', 'OCISO – rue Wellington Ouest'),
    description: t(
      'OCISO’s main office in Hintonburg: settlement counselling, employment services and community programs for newcomers, in many languages.',
      'Bureau principal de l’OCISO à Hintonburg : counseling en établissement, services d’emploi et programmes communautaires pour les nouveaux arrivants, dans de nombreuses langues.',
    ),
    address: {
      address_1: '959 Wellington Street West',
      city: 'Ottawa',
      province: 'ON',
      postal_code: 'K1Y 2X5',
    },
    latitude: 45.4029,
    longitude: -75.7293,
    phones: [{ number: '613-725-0202', description: t('Main line', 'Ligne principale') }],
    hours: [
      weekly('MO,TU,WE,TH', '09:00', '16:30'),
      weekly('FR', '09:00', '12:00'),
      weekly('FR', '13:00', '16:00'),
      HOLIDAY.christmas,
      HOLIDAY.boxingDay,
      HOLIDAY.newYear,
      HOLIDAY.familyDay,
    ],
    languages: ['en', 'fr', 'ar', 'es', 'zh', 'so', 'fa'],
    accessibility: t('Accessible entrance and elevator.', 'Entrée accessible et ascenseur.'),
    url: 'https://ociso.org/',
  }),
  location({
    slug: 'wabano-centre',
    org: 'wabano',
    name: t('Wabano Centre for Aboriginal Health', 'Centre Wabano pour la santé des Autochtones'),
    description: t(
      'Indigenous health and wellness centre in Vanier: primary care, mental health and cultural programs.',
      'Centre autochtone de santé et de mieux-être à Vanier : soins primaires, santé mentale et programmes culturels.',
    ),
    address: { address_1: '299 Montréal Road', city: 'Ottawa', province: 'ON', postal_code: 'K1L 6B8' },
    latitude: 45.4385,
    longitude: -75.6565,
    phones: [{ number: '613-748-0657', description: t('Main line', 'Ligne principale') }],
    hours: [
      weekdays('08:30', '16:30'),
      HOLIDAY.christmas,
      HOLIDAY.boxingDay,
      HOLIDAY.newYear,
      HOLIDAY.familyDay,
    ],
    languages: ['en', 'iu'],
    accessibility: t(
      'Step-free entrance, elevator and accessible washrooms.',
      'Entrée sans marche, ascenseur et toilettes accessibles.',
    ),
    url: 'https://wabano.com/',
  }),
];
