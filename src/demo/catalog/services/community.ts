/**
 * Community and Indigenous partners' services. Programs change with funding, so descriptions stay
 * at the level of what each organisation is known for; call the organisation for current details.
 */
import type { ServiceInput } from '../../../domains/catalog/index.js';
import { HOLIDAY, phone, service, t, walkIn, web, weekdays, type Text } from '../helpers.js';

const ON_COMMUNITY = [
  weekdays('09:00', '16:30'),
  HOLIDAY.christmas,
  HOLIDAY.boxingDay,
  HOLIDAY.newYear,
  HOLIDAY.familyDay,
];
const NS_COMMUNITY = [
  weekdays('09:00', '16:30'),
  HOLIDAY.christmas,
  HOLIDAY.boxingDay,
  HOLIDAY.newYear,
  HOLIDAY.heritageDay,
];
const free = t('Free.', 'Gratuit.');
const site = (url: string, languages = ['en']) =>
  web(url, url, { languages, description: t('Organization website', 'Site Web de l’organisme') });
const counter = (where: Text) => walkIn(where, { cost: 30 });

export const communityServices: ServiceInput[] = [
  // --- Odawa Native Friendship Centre (Ottawa) ------------------------------------------------------
  service({
    slug: 'odawa-community-programs',
    org: 'odawa',
    name: t(
      'Friendship Centre cultural and community programs',
      'Programmes culturels et communautaires du centre d’amitié',
    ),
    description: t(
      'Cultural programs, traditional teachings, family and youth activities and community gatherings for First Nations, Inuit and Métis people in Ottawa, including the annual Odawa Pow Wow.',
      'Programmes culturels, enseignements traditionnels, activités pour les familles et les jeunes et rassemblements communautaires pour les Premières Nations, les Inuits et les Métis d’Ottawa, dont le pow-wow annuel d’Odawa.',
    ),
    url: t('https://odawa.ca/', 'https://odawa.ca/'),
    eligibility: t(
      'Indigenous people and families in the Ottawa region; everyone is welcome.',
      'Les Autochtones et leur famille dans la région d’Ottawa; tout le monde est bienvenu.',
    ),
    process: t(
      'Call or drop in; program coordinators register participants.',
      'Téléphonez ou passez sur place; les coordonnateurs de programme inscrivent les participants.',
    ),
    fees: free,
    channels: [
      site('https://odawa.ca/'),
      phone('613-722-3811', ON_COMMUNITY, { languages: ['en'] }),
      counter(t('At the Friendship Centre.', 'Au centre d’amitié.')),
    ],
    locations: ['odawa-centre'],
  }),
  service({
    slug: 'odawa-employment-training',
    org: 'odawa',
    name: t(
      'Indigenous employment and training support (Odawa)',
      'Soutien autochtone à l’emploi et à la formation (Odawa)',
    ),
    description: t(
      'Help for Indigenous job seekers: career planning, job search, training referrals and connections to employers, in a culturally safe setting.',
      'Aide aux chercheurs d’emploi autochtones : planification de carrière, recherche d’emploi, orientation vers des formations et liens avec des employeurs, dans un cadre culturellement sécuritaire.',
    ),
    url: t('https://odawa.ca/', 'https://odawa.ca/'),
    eligibility: t(
      'First Nations, Inuit and Métis people looking for work or training in the Ottawa region.',
      'Les Premières Nations, les Inuits et les Métis qui cherchent un emploi ou une formation dans la région d’Ottawa.',
    ),
    process: t(
      'Call to book a meeting with an employment worker.',
      'Téléphonez pour prendre rendez-vous avec un intervenant en emploi.',
    ),
    fees: free,
    channels: [
      site('https://odawa.ca/'),
      phone('613-722-3811', ON_COMMUNITY, { languages: ['en'] }),
      counter(t('At the Friendship Centre, by appointment.', 'Au centre d’amitié, sur rendez-vous.')),
    ],
    locations: ['odawa-centre'],
  }),

  // --- Wabano Centre for Aboriginal Health (Ottawa) -------------------------------------------------
  service({
    slug: 'wabano-health-wellness',
    org: 'wabano',
    name: t(
      'Indigenous health and wellness services (Wabano)',
      'Services autochtones de santé et de mieux-être (Wabano)',
    ),
    description: t(
      'Primary health care, mental health and addictions support, and family and cultural programs that blend traditional healing with mainstream care.',
      'Soins de santé primaires, soutien en santé mentale et en dépendances, et programmes familiaux et culturels qui allient guérison traditionnelle et soins courants.',
    ),
    url: t('https://wabano.com/', 'https://wabano.com/'),
    eligibility: t(
      'First Nations, Inuit and Métis people in Ottawa.',
      'Les Premières Nations, les Inuits et les Métis d’Ottawa.',
    ),
    process: t(
      'Call the centre to register as a client or ask about a program.',
      'Téléphonez au centre pour vous inscrire comme client ou vous renseigner sur un programme.',
    ),
    fees: free,
    channels: [
      site('https://wabano.com/'),
      phone('613-748-0657', ON_COMMUNITY, { languages: ['en'] }),
      counter(t('At the Wabano Centre.', 'Au Centre Wabano.')),
    ],
    locations: ['wabano-centre'],
  }),

  // --- OCISO (Ottawa) ----------------------------------------------------------------------------------
  service({
    slug: 'ociso-settlement-services',
    org: 'ociso',
    name: t(
      'Newcomer settlement services (OCISO)',
      'Services d’établissement pour les nouveaux arrivants (OCISO)',
    ),
    description: t(
      'Free, confidential help for immigrants and refugees: needs assessment, information on housing, health, schools and government services, help with forms, and referrals, in many languages.',
      'Aide gratuite et confidentielle pour les immigrants et les réfugiés : évaluation des besoins, renseignements sur le logement, la santé, les écoles et les services gouvernementaux, aide pour remplir les formulaires et orientation, dans de nombreuses langues.',
    ),
    url: t('https://ociso.org/', 'https://ociso.org/'),
    eligibility: t(
      'Permanent residents, refugees and other newcomers in Ottawa (eligibility depends on the funder of each program).',
      'Résidents permanents, réfugiés et autres nouveaux arrivants à Ottawa (l’admissibilité dépend du bailleur de fonds de chaque programme).',
    ),
    process: t(
      'Call or visit to book a meeting with a settlement counsellor who speaks your language.',
      'Téléphonez ou passez pour prendre rendez-vous avec un conseiller en établissement qui parle votre langue.',
    ),
    fees: free,
    interpretation: t(
      'Counsellors speak many languages; interpretation can be arranged.',
      'Les conseillers parlent de nombreuses langues; on peut prévoir des services d’interprétation.',
    ),
    channels: [
      site('https://ociso.org/'),
      phone('613-725-0202', ON_COMMUNITY, { languages: ['en', 'fr', 'ar', 'es', 'zh', 'so', 'fa'] }),
      counter(t('At the OCISO office.', 'Au bureau de l’OCISO.')),
    ],
    locations: ['ociso-wellington'],
  }),
  service({
    slug: 'ociso-employment-support',
    org: 'ociso',
    name: t(
      'Employment support for newcomers (OCISO)',
      'Soutien à l’emploi pour les nouveaux arrivants (OCISO)',
    ),
    description: t(
      'Job search help for newcomers: résumés adapted to the Canadian market, interview practice, and referrals to training and employers.',
      'Aide à la recherche d’emploi pour les nouveaux arrivants : curriculum vitæ adapté au marché canadien, préparation aux entrevues et orientation vers des formations et des employeurs.',
    ),
    url: t('https://ociso.org/', 'https://ociso.org/'),
    eligibility: t(
      'Newcomers to Canada living in Ottawa.',
      'Les nouveaux arrivants au Canada qui vivent à Ottawa.',
    ),
    process: t(
      'Ask your settlement counsellor for a referral, or call the main line.',
      'Demandez une orientation à votre conseiller en établissement ou composez la ligne principale.',
    ),
    fees: free,
    channels: [
      site('https://ociso.org/'),
      phone('613-725-0202', ON_COMMUNITY, { languages: ['en', 'fr', 'ar', 'es'] }),
      counter(t('At the OCISO office, by appointment.', 'Au bureau de l’OCISO, sur rendez-vous.')),
    ],
    locations: ['ociso-wellington'],
  }),

  // --- Mi'kmaw Native Friendship Centre (Halifax) ----------------------------------------------------
  service({
    slug: 'mnfc-programs-referrals',
    org: 'mikmaw-friendship-centre',
    name: t(
      'Friendship Centre programs and referrals (Halifax)',
      'Programmes et orientation du centre d’amitié (Halifax)',
    ),
    description: t(
      'A first stop for urban Indigenous people in Halifax: triage and referral, early childhood programs, housing and homelessness supports, justice programs, and cultural and language programs.',
      'Premier point de contact pour les Autochtones en milieu urbain à Halifax : accueil et orientation, programmes pour la petite enfance, soutien en matière de logement et d’itinérance, programmes de justice, et programmes culturels et linguistiques.',
    ),
    url: t('https://www.mymnfc.com/', 'https://www.mymnfc.com/'),
    eligibility: t(
      'Indigenous people living in or moving to the Halifax area; the centre has an open-door policy.',
      'Les Autochtones qui vivent dans la région d’Halifax ou qui s’y installent; le centre a une politique de porte ouverte.',
    ),
    process: t(
      'Drop in or call; triage staff connect you with the right program.',
      'Passez ou téléphonez; le personnel d’accueil vous dirige vers le bon programme.',
    ),
    fees: free,
    channels: [
      site('https://www.mymnfc.com/'),
      phone('902-420-1576', NS_COMMUNITY, { languages: ['en'] }),
      counter(t('At the Friendship Centre.', 'Au centre d’amitié.')),
    ],
    locations: ['mikmaw-friendship-centre'],
  }),
  service({
    slug: 'mnfc-training-employment',
    org: 'mikmaw-friendship-centre',
    name: t(
      'Indigenous training and employment programs (Halifax)',
      'Programmes autochtones de formation et d’emploi (Halifax)',
    ),
    description: t(
      'Career counselling, skills training and job placement support for Indigenous job seekers in the Halifax area.',
      'Orientation professionnelle, formation axée sur les compétences et soutien au placement pour les chercheurs d’emploi autochtones de la région d’Halifax.',
    ),
    url: t('https://www.mymnfc.com/', 'https://www.mymnfc.com/'),
    eligibility: t(
      'First Nations, Inuit and Métis people in the Halifax area who are looking for work or training.',
      'Les Premières Nations, les Inuits et les Métis de la région d’Halifax qui cherchent un emploi ou une formation.',
    ),
    process: t(
      'Call or visit to meet an employment counsellor.',
      'Téléphonez ou passez pour rencontrer un conseiller en emploi.',
    ),
    fees: free,
    channels: [
      site('https://www.mymnfc.com/'),
      phone('902-420-1576', NS_COMMUNITY, { languages: ['en'] }),
      counter(t('At the Friendship Centre.', 'Au centre d’amitié.')),
    ],
    locations: ['mikmaw-friendship-centre'],
  }),

  // --- ISANS (Halifax) --------------------------------------------------------------------------------
  service({
    slug: 'isans-settlement-services',
    org: 'isans',
    name: t(
      'Settlement services for immigrants (ISANS)',
      'Services d’établissement pour les immigrants (ISANS)',
    ),
    description: t(
      'Help settling in Nova Scotia: needs assessment, orientation, help with housing, health and school registration, and connections to community.',
      'Aide à l’établissement en Nouvelle-Écosse : évaluation des besoins, orientation, aide pour le logement, la santé et l’inscription à l’école, et liens avec la communauté.',
    ),
    url: t('https://isans.ca/', 'https://isans.ca/'),
    eligibility: t(
      'Immigrants and refugees in Nova Scotia (eligibility depends on each program’s funder).',
      'Les immigrants et les réfugiés en Nouvelle-Écosse (l’admissibilité dépend du bailleur de fonds de chaque programme).',
    ),
    process: t(
      'Register with ISANS online, by phone or in person.',
      'Inscrivez-vous auprès de l’ISANS en ligne, par téléphone ou en personne.',
    ),
    fees: free,
    channels: [
      site('https://isans.ca/'),
      phone('902-423-3607', NS_COMMUNITY, { languages: ['en', 'fr', 'ar', 'es'] }),
      counter(t('At the ISANS office.', 'Au bureau de l’ISANS.')),
    ],
    locations: ['isans-mumford'],
  }),
  service({
    slug: 'isans-language-assessment',
    org: 'isans',
    name: t(
      'English language assessment and classes (ISANS)',
      'Évaluation linguistique et cours d’anglais (ISANS)',
    ),
    description: t(
      'Assessment of your English level against the Canadian Language Benchmarks and referral to the right language classes.',
      'Évaluation de votre niveau d’anglais selon les Niveaux de compétence linguistique canadiens et orientation vers les cours appropriés.',
    ),
    url: t('https://isans.ca/', 'https://isans.ca/'),
    eligibility: t(
      'Adult immigrants in Nova Scotia who want to learn or improve English.',
      'Les immigrants adultes en Nouvelle-Écosse qui veulent apprendre l’anglais ou l’améliorer.',
    ),
    process: t(
      'Book an assessment; after it you are referred to classes that match your level and schedule.',
      'Prenez rendez-vous pour une évaluation; vous êtes ensuite orienté vers des cours adaptés à votre niveau et à votre horaire.',
    ),
    minimum_age: 18,
    fees: free,
    channels: [
      site('https://isans.ca/'),
      phone('902-423-3607', NS_COMMUNITY, { languages: ['en', 'fr', 'ar', 'es'] }),
      counter(t('At the ISANS office, by appointment.', 'Au bureau de l’ISANS, sur rendez-vous.')),
    ],
    locations: ['isans-mumford'],
  }),
  service({
    slug: 'isans-employment-services',
    org: 'isans',
    name: t('Employment services for immigrants (ISANS)', 'Services d’emploi pour les immigrants (ISANS)'),
    description: t(
      'Career planning, help with credential recognition, workplace language and culture, and connections to employers.',
      'Planification de carrière, aide à la reconnaissance des titres de compétences, langue et culture du milieu de travail, et liens avec des employeurs.',
    ),
    url: t('https://isans.ca/', 'https://isans.ca/'),
    eligibility: t(
      'Immigrants in Nova Scotia who are looking for work in their field.',
      'Les immigrants en Nouvelle-Écosse qui cherchent un emploi dans leur domaine.',
    ),
    process: t(
      'Register with ISANS and ask for employment services.',
      'Inscrivez-vous auprès de l’ISANS et demandez les services d’emploi.',
    ),
    fees: free,
    channels: [
      site('https://isans.ca/'),
      phone('902-423-3607', NS_COMMUNITY, { languages: ['en', 'fr', 'ar'] }),
      counter(t('At the ISANS office.', 'Au bureau de l’ISANS.')),
    ],
    locations: ['isans-mumford'],
  }),

  // --- Dalhousie Legal Aid Service (Halifax) ----------------------------------------------------------
  service({
    slug: 'dalhousie-legal-aid-help',
    org: 'dalhousie-legal-aid',
    name: t(
      'Free legal help for people with low incomes (community legal clinic)',
      'Aide juridique gratuite pour les personnes à faible revenu (clinique juridique communautaire)',
    ),
    description: t(
      'Legal advice and representation on housing, income assistance, disability benefits, Employment Insurance and Canada Pension Plan appeals, and other poverty law matters.',
      'Conseils juridiques et représentation en matière de logement, d’aide au revenu, de prestations d’invalidité, d’appels en assurance-emploi et au Régime de pensions du Canada, et d’autres questions de droit de la pauvreté.',
    ),
    url: t('https://www.dal.ca/faculty/law/dlas.html', 'https://www.dal.ca/faculty/law/dlas.html'),
    eligibility: t(
      'People with a low income in the Halifax area whose legal problem is within the clinic’s areas of practice.',
      'Les personnes à faible revenu de la région d’Halifax dont le problème juridique relève des domaines de pratique de la clinique.',
    ),
    process: t(
      'Call the intake line; staff check eligibility and book an appointment.',
      'Composez la ligne d’accueil; le personnel vérifie votre admissibilité et fixe un rendez-vous.',
    ),
    fees: free,
    channels: [
      site('https://www.dal.ca/faculty/law/dlas.html'),
      phone('902-423-8105', NS_COMMUNITY, { languages: ['en'] }),
      counter(t('At the clinic, by appointment.', 'À la clinique, sur rendez-vous.')),
    ],
    locations: ['dalhousie-legal-aid'],
  }),
];
