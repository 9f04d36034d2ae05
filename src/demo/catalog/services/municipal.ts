/**
 * City of Ottawa and Halifax Regional Municipality services. Ottawa serves clients in English and
 * French; most Halifax web pages are in English only, so their French address is the same page.
 */
import type { ServiceInput } from '../../../domains/catalog/index.js';
import { phone, service, t, walkIn, web, weekdays, weekly, type Text } from '../helpers.js';

const ottawa311 = phone(
  '613-580-2400',
  [
    weekly(
      'MO,TU,WE,TH,FR,SA,SU',
      '00:00',
      '23:59',
      t(
        'Urgent matters at all hours; general enquiries on weekdays',
        'Questions urgentes en tout temps; renseignements généraux en semaine',
      ),
    ),
  ],
  {
    description: t('City of Ottawa 3-1-1 (TTY 613-580-2401)', 'Ville d’Ottawa, 3-1-1 (ATS 613-580-2401)'),
    tty: '613-580-2401',
  },
);
const ottawaWeb = (en = 'https://ottawa.ca/en', fr = 'https://ottawa.ca/fr') => web(en, fr);
const ottawaCounter = walkIn(
  t(
    'At a City of Ottawa client service centre.',
    'Dans un centre du service à la clientèle de la Ville d’Ottawa.',
  ),
);
const OTTAWA_CSC = ['ottawa-city-hall', 'ottawa-ben-franklin-place', 'ottawa-orleans-csc'];
const ottawaFees = (what: Text) =>
  t(
    `A fee applies for ${what.en}; see the current amount on ottawa.ca.`,
    `Des frais s’appliquent pour ${what.fr}; consultez le montant en vigueur sur ottawa.ca.`,
  );

const HALIFAX = 'https://www.halifax.ca/';
const HALIFAX_HOURS = [weekdays('07:00', '22:00'), weekly('SA,SU', '08:00', '18:00')];
const halifax311 = phone('311', HALIFAX_HOURS, {
  description: t(
    'Halifax 311 (902-490-4000 from outside the region)',
    'Halifax 311 (902-490-4000 depuis l’extérieur de la région)',
  ),
  languages: ['en', 'fr'],
});
const halifaxWeb = (url = HALIFAX) =>
  web(url, url, { languages: ['en'], description: t('Information in English', 'Renseignements en anglais') });
const halifaxCounter = walkIn(
  t('At a Halifax customer service centre.', 'Dans un centre du service à la clientèle d’Halifax.'),
);
const HALIFAX_CSC = ['halifax-alderney-gate'];

export const municipalServices: ServiceInput[] = [
  // --- City of Ottawa ------------------------------------------------------------------------------
  service({
    slug: 'ottawa-311',
    org: 'ottawa',
    name: t(
      '3-1-1: City of Ottawa information and service requests',
      '3-1-1 : renseignements et demandes de service de la Ville d’Ottawa',
    ),
    description: t(
      'One number and website for City information, service requests (potholes, missed collection, noise) and payments, in English and French.',
      'Un seul numéro et un seul site pour les renseignements municipaux, les demandes de service (nids-de-poule, collecte manquée, bruit) et les paiements, en français et en anglais.',
    ),
    url: t('https://ottawa.ca/en/3-1-1', 'https://ottawa.ca/fr/3-1-1'),
    eligibility: t('Anyone in Ottawa.', 'Toute personne à Ottawa.'),
    process: t(
      'Call 3-1-1, use the online service request forms, or visit a client service centre.',
      'Composez le 3-1-1, utilisez les formulaires de demande en ligne ou rendez-vous dans un centre du service à la clientèle.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      ottawaWeb('https://ottawa.ca/en/3-1-1', 'https://ottawa.ca/fr/3-1-1'),
      ottawa311,
      ottawaCounter,
    ],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-property-tax',
    org: 'ottawa',
    name: t('Pay your property tax (Ottawa)', 'Payer votre impôt foncier (Ottawa)'),
    description: t(
      'Property tax bills are issued twice a year. Pay by pre-authorized debit, online banking, by mail or in person.',
      'Les comptes de taxes foncières sont envoyés deux fois par année. Payez par prélèvement automatique, par services bancaires en ligne, par la poste ou en personne.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t('Property owners in Ottawa.', 'Les propriétaires d’un immeuble à Ottawa.'),
    process: t(
      'Use the roll number on your bill; due dates are printed on each bill.',
      'Utilisez le numéro de rôle inscrit sur votre compte; les dates d’échéance figurent sur chaque compte.',
    ),
    channels: [ottawaWeb(), ottawa311, ottawaCounter],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-waste-collection',
    org: 'ottawa',
    name: t(
      'Garbage, recycling and green bin collection (Ottawa)',
      'Collecte des ordures, du recyclage et du bac vert (Ottawa)',
    ),
    description: t(
      'Find your collection calendar, what goes in the blue box, black box and green bin, and sign up for reminders.',
      'Consultez votre calendrier de collecte, ce qui va dans la boîte bleue, la boîte noire et le bac vert, et inscrivez-vous aux rappels.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Residents of homes with City curbside collection.',
      'Les résidents des habitations desservies par la collecte municipale en bordure de rue.',
    ),
    process: t(
      'Look up your address in the collection calendar; report a missed collection through 3-1-1.',
      'Cherchez votre adresse dans le calendrier de collecte; signalez une collecte manquée au 3-1-1.',
    ),
    fees: t(
      'Included in property taxes and the solid waste charge.',
      'Compris dans l’impôt foncier et les frais de gestion des déchets solides.',
    ),
    channels: [ottawaWeb(), ottawa311],
  }),
  service({
    slug: 'ottawa-recreation-registration',
    org: 'ottawa',
    name: t(
      'Register for recreation and cultural programs (Ottawa)',
      'S’inscrire aux programmes récréatifs et culturels (Ottawa)',
    ),
    description: t(
      'Swimming lessons, day camps, fitness, arts and programs for older adults at City facilities, in English and French.',
      'Cours de natation, camps de jour, conditionnement physique, arts et programmes pour les aînés dans les installations municipales, en français et en anglais.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Residents and visitors; fee assistance is available for residents with a low income.',
      'Résidents et visiteurs; une aide financière est offerte aux résidents à faible revenu.',
    ),
    process: t(
      'Create an online account and register when registration opens for the season.',
      'Créez un compte en ligne et inscrivez-vous à l’ouverture des inscriptions de la saison.',
    ),
    fees: ottawaFees(t('most programs', 'la plupart des programmes')),
    channels: [ottawaWeb(), ottawa311],
  }),
  service({
    slug: 'ottawa-child-care-fee-subsidy',
    org: 'ottawa',
    name: t('Child care fee subsidy (Ottawa)', 'Subvention pour frais de garde d’enfants (Ottawa)'),
    description: t(
      'The City helps eligible families pay for licensed child care; families first add their child to the Ottawa child care registry.',
      'La Ville aide les familles admissibles à payer les services de garde agréés; les familles inscrivent d’abord leur enfant au registre des services de garde d’Ottawa.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Ottawa families who work, study or have a special need, with an income assessed under Ontario rules.',
      'Les familles d’Ottawa qui travaillent, étudient ou ont un besoin particulier, dont le revenu est évalué selon les règles de l’Ontario.',
    ),
    process: t(
      'Apply online; the City reviews your income with the tax information you provide.',
      'Présentez une demande en ligne; la Ville évalue votre revenu à partir des renseignements fiscaux fournis.',
    ),
    documents: [t('Notice of assessment for each parent', 'Avis de cotisation de chaque parent')],
    channels: [ottawaWeb(), ottawa311],
  }),
  service({
    slug: 'ottawa-marriage-licence',
    org: 'ottawa',
    name: t('Get a marriage licence (Ottawa)', 'Obtenir une licence de mariage (Ottawa)'),
    description: t(
      'Ontario marriage licences are issued by municipalities. In Ottawa, apply at a client service centre; the licence is valid for 3 months.',
      'En Ontario, les licences de mariage sont délivrées par les municipalités. À Ottawa, présentez une demande dans un centre du service à la clientèle; la licence est valide trois mois.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Both people are at least 18 (16 or 17 with parental consent) and are not already married.',
      'Les deux personnes ont au moins 18 ans (16 ou 17 ans avec le consentement des parents) et ne sont pas déjà mariées.',
    ),
    process: t(
      'Complete the application signed by both people and bring identification for both to the counter.',
      'Remplissez la demande signée par les deux personnes et apportez au comptoir les pièces d’identité des deux.',
    ),
    fees: ottawaFees(t('the licence', 'la licence')),
    documents: [
      t(
        'Government-issued identification for both people',
        'Pièce d’identité délivrée par un gouvernement pour chaque personne',
      ),
      t('Proof of divorce, if previously married', 'Preuve de divorce, en cas de mariage antérieur'),
    ],
    channels: [ottawaWeb(), ottawaCounter],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-pet-registration',
    org: 'ottawa',
    name: t('Register your cat or dog (Ottawa)', 'Enregistrer votre chat ou votre chien (Ottawa)'),
    description: t(
      'Cats and dogs in Ottawa must be registered with the City; the tag helps bring lost pets home.',
      'Les chats et les chiens doivent être enregistrés auprès de la Ville d’Ottawa; la médaille aide à retrouver les animaux perdus.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t('Owners of cats and dogs in Ottawa.', 'Les propriétaires de chats et de chiens à Ottawa.'),
    process: t(
      'Register online, by phone through 3-1-1 or at a client service centre.',
      'Enregistrez votre animal en ligne, par téléphone au 3-1-1 ou dans un centre du service à la clientèle.',
    ),
    fees: ottawaFees(
      t(
        'registration (reduced for spayed or neutered pets)',
        'l’enregistrement (réduits pour les animaux stérilisés)',
      ),
    ),
    channels: [ottawaWeb(), ottawa311, ottawaCounter],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-business-licence',
    org: 'ottawa',
    name: t('Apply for a business licence (Ottawa)', 'Demander un permis d’entreprise (Ottawa)'),
    description: t(
      'Some businesses need a City licence, such as food premises, public garages and second-hand goods shops.',
      'Certaines entreprises ont besoin d’un permis municipal, comme les établissements alimentaires, les garages publics et les magasins de marchandises d’occasion.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Businesses in a licensed category operating in Ottawa.',
      'Les entreprises d’une catégorie visée qui exercent leurs activités à Ottawa.',
    ),
    process: t(
      'Check whether your business category needs a licence, then apply with the required inspections and documents.',
      'Vérifiez si votre catégorie d’entreprise exige un permis, puis présentez une demande avec les inspections et documents requis.',
    ),
    fees: ottawaFees(t('each licence category', 'chaque catégorie de permis')),
    channels: [ottawaWeb(), ottawa311, ottawaCounter],
    locations: ['ottawa-city-hall', 'ottawa-ben-franklin-place'],
  }),
  service({
    slug: 'ottawa-ontario-works',
    org: 'ottawa',
    name: t(
      'Ontario Works financial and employment assistance (Ottawa)',
      'Aide financière et aide à l’emploi d’Ontario au travail (Ottawa)',
    ),
    alternate_name: t('social assistance, welfare', 'aide sociale, bien-être social'),
    description: t(
      'Money for basic needs and shelter, health benefits and help finding a job, delivered in Ottawa by the City’s Employment and Social Services.',
      'Aide financière pour les besoins essentiels et le logement, prestations de santé et aide à trouver un emploi, offertes à Ottawa par les Services d’emploi et d’aide sociale de la Ville.',
    ),
    url: t('https://www.ontario.ca/page/ontario-works', 'https://www.ontario.ca/fr/page/serviceontario'),
    eligibility: t(
      'Ottawa residents in financial need, aged 18 or older (16 or 17 in some cases), who meet income and asset rules.',
      'Les résidents d’Ottawa dans le besoin de 18 ans ou plus (16 ou 17 ans dans certains cas) qui respectent les règles sur les revenus et les biens.',
    ),
    process: t(
      'Apply online or call 3-1-1; a caseworker then meets you, by phone or in person.',
      'Présentez une demande en ligne ou composez le 3-1-1; un travailleur social vous rencontre ensuite, au téléphone ou en personne.',
    ),
    documents: [
      t(
        'Identification and Social Insurance Number for each household member',
        'Pièces d’identité et numéro d’assurance sociale de chaque membre du ménage',
      ),
      t('Proof of income, assets and rent', 'Preuve de revenus, de biens et de loyer'),
    ],
    channels: [
      web('https://www.ontario.ca/page/ontario-works', 'https://www.ontario.ca/fr/page/serviceontario'),
      ottawa311,
      walkIn(
        t(
          'At an Employment and Social Services office.',
          'Dans un bureau des Services d’emploi et d’aide sociale.',
        ),
      ),
    ],
    locations: ['ottawa-ess-catherine', 'ottawa-mary-pitt'],
  }),
  service({
    slug: 'ottawa-transit-seniors',
    org: 'ottawa',
    name: t('OC Transpo fares for seniors', 'Tarifs d’OC Transpo pour les aînés'),
    description: t(
      'Riders 65 and older pay reduced senior fares on OC Transpo and ride free on certain days; a senior fare Presto card needs proof of age.',
      'Les usagers de 65 ans et plus paient un tarif réduit pour aînés à OC Transpo et voyagent gratuitement certains jours; la carte Presto au tarif aîné exige une preuve d’âge.',
    ),
    url: t('https://www.octranspo.com/en', 'https://www.octranspo.com/fr'),
    eligibility: t(
      'Ottawa transit riders aged 65 or older.',
      'Les usagers du transport en commun d’Ottawa de 65 ans ou plus.',
    ),
    process: t(
      'Show proof of age at an OC Transpo customer service centre or client service centre to set the senior fare on your Presto card.',
      'Présentez une preuve d’âge à un centre du service à la clientèle d’OC Transpo ou de la Ville pour appliquer le tarif aîné à votre carte Presto.',
    ),
    minimum_age: 65,
    fees: t('Senior fares apply; see octranspo.com.', 'Le tarif aîné s’applique; consultez octranspo.com.'),
    channels: [
      web('https://www.octranspo.com/en', 'https://www.octranspo.com/fr'),
      phone('613-560-5000', [weekdays('07:00', '21:00')], {
        description: t('OC Transpo customer service', 'Service à la clientèle d’OC Transpo'),
      }),
      ottawaCounter,
    ],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-death-registration',
    org: 'ottawa',
    name: t(
      'Death registration and burial permit (Ottawa)',
      'Enregistrement du décès et permis d’inhumation (Ottawa)',
    ),
    description: t(
      'When someone dies in Ottawa, the funeral director registers the death with the City as division registrar and receives the burial permit. Families usually do not need to act themselves.',
      'Lorsqu’une personne meurt à Ottawa, le directeur de funérailles enregistre le décès auprès de la Ville, à titre de registraire de division, et reçoit le permis d’inhumation. La famille n’a habituellement pas de démarche à faire elle-même.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Funeral directors acting for the family, for deaths in Ottawa.',
      'Les directeurs de funérailles qui agissent au nom de la famille, pour les décès survenus à Ottawa.',
    ),
    process: t(
      'The funeral director submits the statement of death and medical certificate; the City issues the burial permit.',
      'Le directeur de funérailles remet la déclaration de décès et le certificat médical; la Ville délivre le permis d’inhumation.',
    ),
    channels: [ottawaWeb(), ottawa311, ottawaCounter],
    locations: ['ottawa-city-hall'],
  }),
  service({
    slug: 'ottawa-commissioner-oaths',
    org: 'ottawa',
    name: t('Commissioner of oaths (Ottawa)', 'Commissaire à l’assermentation (Ottawa)'),
    description: t(
      'Have a document sworn or affirmed, such as a declaration for a government application, at a City client service centre.',
      'Faites assermenter ou affirmer solennellement un document, comme une déclaration pour une demande gouvernementale, dans un centre du service à la clientèle de la Ville.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Anyone with an unsigned document that needs to be commissioned.',
      'Toute personne ayant un document non signé qui doit être assermenté.',
    ),
    process: t(
      'Bring the unsigned document and photo identification to the counter.',
      'Apportez au comptoir le document non signé et une pièce d’identité avec photo.',
    ),
    fees: ottawaFees(t('each document', 'chaque document')),
    channels: [ottawaCounter, ottawa311],
    locations: OTTAWA_CSC,
  }),

  service({
    slug: 'ottawa-funeral-assistance',
    org: 'ottawa',
    name: t(
      'Help paying for a funeral, burial or cremation (Ottawa)',
      'Aide pour payer des funérailles, une inhumation ou une incinération (Ottawa)',
    ),
    description: t(
      'The City helps pay for the direct disposition, burial or cremation of an Ottawa resident whose estate cannot cover the costs, such as a person who received Ontario Works or ODSP.',
      'La Ville aide à payer la disposition directe, l’inhumation ou l’incinération d’un résident d’Ottawa dont la succession ne peut pas couvrir les frais, par exemple une personne qui recevait de l’aide d’Ontario au travail ou du POSPH.',
    ),
    url: t(
      'https://ottawa.ca/en/family-and-social-services/financial-and-social-assistance/apply-financial-assistance/funerals',
      'https://ottawa.ca/fr',
    ),
    eligibility: t(
      'The deceased lived in Ottawa and received Ontario Works or ODSP, or had a low income, and the estate does not have enough money for the costs.',
      'La personne décédée vivait à Ottawa et recevait l’aide d’Ontario au travail ou du POSPH, ou avait un faible revenu, et la succession ne dispose pas de l’argent nécessaire.',
    ),
    process: t(
      'The person making the arrangements calls 3-1-1 before signing a contract with a funeral home or cemetery; a caseworker reviews the deceased person’s income and assets.',
      'La personne qui organise les funérailles appelle le 3-1-1 avant de signer un contrat avec un salon funéraire ou un cimetière; un travailleur social examine les revenus et les biens de la personne décédée.',
    ),
    fees: t('Free.', 'Gratuit.'),
    documents: [
      t(
        'Deceased’s date of birth, date of death and Social Insurance Number',
        'Date de naissance, date du décès et numéro d’assurance sociale de la personne décédée',
      ),
      t('Deceased’s income and assets', 'Revenus et biens de la personne décédée'),
    ],
    channels: [
      web(
        'https://ottawa.ca/en/family-and-social-services/financial-and-social-assistance/apply-financial-assistance/funerals',
        'https://ottawa.ca/fr',
      ),
      ottawa311,
    ],
  }),
  service({
    slug: 'ottawa-property-tax-deferral',
    org: 'ottawa',
    name: t(
      'Property tax deferral for low-income seniors and people with disabilities (Ottawa)',
      'Report de l’impôt foncier pour les aînés et les personnes handicapées à faible revenu (Ottawa)',
    ),
    description: t(
      'Eligible homeowners can defer all or part of their yearly property taxes, and their water bill, at a reduced interest rate; the deferred amount is repaid when the home is sold or the owner no longer qualifies.',
      'Les propriétaires admissibles peuvent reporter la totalité ou une partie de leur impôt foncier annuel, ainsi que leur facture d’eau, à un taux d’intérêt réduit; le montant reporté est remboursé à la vente de la maison ou lorsque le propriétaire n’est plus admissible.',
    ),
    url: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    eligibility: t(
      'Ottawa homeowners who live in their home, with a household income under the yearly limit, who are low-income seniors or receive disability benefits.',
      'Les propriétaires-occupants d’Ottawa dont le revenu du ménage est inférieur au plafond annuel et qui sont des aînés à faible revenu ou reçoivent des prestations d’invalidité.',
    ),
    process: t(
      'Apply online or through 3-1-1 by December 31 of the year; renew every year by September 30.',
      'Présentez une demande en ligne ou par le 3-1-1 au plus tard le 31 décembre de l’année; renouvelez-la chaque année au plus tard le 30 septembre.',
    ),
    fees: ottawaFees(t('the application and yearly renewal', 'la demande et le renouvellement annuel')),
    documents: [t('Proof of household income', 'Preuve du revenu du ménage')],
    channels: [ottawaWeb(), ottawa311, ottawaCounter],
    locations: OTTAWA_CSC,
  }),
  service({
    slug: 'ottawa-public-health-parenting',
    org: 'ottawa',
    name: t(
      'Prenatal classes and parenting support (Ottawa Public Health)',
      'Cours prénataux et soutien aux parents (Santé publique Ottawa)',
    ),
    alternate_name: t('Parenting in Ottawa', 'Être parent à Ottawa'),
    description: t(
      'Free prenatal education, breastfeeding help, baby drop-ins and advice from public health nurses for pregnant people and parents of young children, in English and French.',
      'Cours prénataux gratuits, aide à l’allaitement, haltes-accueil pour bébés et conseils d’infirmières en santé publique pour les personnes enceintes et les parents de jeunes enfants, en français et en anglais.',
    ),
    url: t(
      'https://www.parentinginottawa.ca/en/index.aspx',
      'https://www.parentinginottawa.ca/fr/index.aspx',
    ),
    eligibility: t(
      'Pregnant people, parents and caregivers in Ottawa.',
      'Les personnes enceintes, les parents et les personnes qui s’occupent d’enfants à Ottawa.',
    ),
    process: t(
      'Register for the online prenatal program or call the Ottawa Public Health Information Centre to speak with a public health nurse.',
      'Inscrivez-vous au programme prénatal en ligne ou appelez le Centre d’information de Santé publique Ottawa pour parler à une infirmière en santé publique.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web('https://www.parentinginottawa.ca/en/index.aspx', 'https://www.parentinginottawa.ca/fr/index.aspx'),
      phone('613-580-6744', [weekdays('09:00', '16:00')], {
        description: t(
          'Ottawa Public Health Information Centre (TTY 613-580-9656)',
          'Centre d’information de Santé publique Ottawa (ATS 613-580-9656)',
        ),
        tty: '613-580-9656',
      }),
    ],
  }),

  // --- Halifax Regional Municipality --------------------------------------------------------------
  service({
    slug: 'halifax-311',
    org: 'halifax',
    name: t(
      'Halifax 311: municipal information and service requests',
      'Halifax 311 : renseignements municipaux et demandes de service',
    ),
    description: t(
      'One number for municipal information and service requests such as missed collection, potholes, transit and by-law concerns.',
      'Un seul numéro pour les renseignements municipaux et les demandes de service, comme une collecte manquée, un nid-de-poule, le transport en commun ou un problème de règlement municipal.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t('Anyone in the Halifax region.', 'Toute personne dans la région d’Halifax.'),
    process: t(
      'Call 311, use the online form, or email.',
      'Composez le 311, utilisez le formulaire en ligne ou écrivez un courriel.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [halifaxWeb(), halifax311],
  }),
  service({
    slug: 'halifax-property-tax',
    org: 'halifax',
    name: t('Pay your property tax (Halifax)', 'Payer votre impôt foncier (Halifax)'),
    description: t(
      'Halifax issues property tax bills twice a year; pay online, through your bank, by pre-authorized payment or in person.',
      'Halifax envoie les comptes d’impôt foncier deux fois par année; payez en ligne, par votre banque, par prélèvement préautorisé ou en personne.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Property owners in the Halifax region.',
      'Les propriétaires d’un immeuble dans la région d’Halifax.',
    ),
    process: t(
      'Use the account number on your bill; due dates are printed on each bill.',
      'Utilisez le numéro de compte inscrit sur votre facture; les dates d’échéance figurent sur chaque facture.',
    ),
    channels: [halifaxWeb(), halifax311, halifaxCounter],
    locations: HALIFAX_CSC,
  }),
  service({
    slug: 'halifax-low-income-tax-relief',
    org: 'halifax',
    name: t(
      'Property tax relief for low-income homeowners (Halifax)',
      'Allègement de l’impôt foncier pour les propriétaires à faible revenu (Halifax)',
    ),
    description: t(
      'Halifax offers tax relief to eligible homeowners with a low household income; apply each year by the deadline.',
      'Halifax offre un allègement fiscal aux propriétaires admissibles dont le revenu du ménage est faible; présentez une demande chaque année avant la date limite.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Homeowners who live in their home in the Halifax region and whose household income is under the program limit.',
      'Les propriétaires-occupants de la région d’Halifax dont le revenu du ménage est inférieur au plafond du programme.',
    ),
    process: t(
      'Apply with the annual application form and proof of household income.',
      'Présentez le formulaire de demande annuel avec une preuve du revenu du ménage.',
    ),
    documents: [
      t(
        'Notice of assessment for everyone in the household',
        'Avis de cotisation de toutes les personnes du ménage',
      ),
    ],
    channels: [halifaxWeb(), halifax311, halifaxCounter],
    locations: HALIFAX_CSC,
  }),
  service({
    slug: 'halifax-waste-collection',
    org: 'halifax',
    name: t(
      'Garbage, recycling and green cart collection (Halifax)',
      'Collecte des ordures, du recyclage et du bac vert (Halifax)',
    ),
    description: t(
      'Look up your collection day and how to sort garbage, recyclables and organics.',
      'Trouvez votre jour de collecte et la façon de trier les ordures, les matières recyclables et les matières organiques.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Residents with municipal curbside collection.',
      'Les résidents desservis par la collecte municipale en bordure de rue.',
    ),
    process: t(
      'Check your collection schedule online or through 311; report a missed collection to 311.',
      'Consultez votre calendrier de collecte en ligne ou au 311; signalez une collecte manquée au 311.',
    ),
    channels: [halifaxWeb(), halifax311],
  }),
  service({
    slug: 'halifax-recreation',
    org: 'halifax',
    name: t('Register for recreation programs (Halifax)', 'S’inscrire aux programmes récréatifs (Halifax)'),
    description: t(
      'Swimming, skating, camps and community programs at municipal facilities across the region.',
      'Natation, patinage, camps et programmes communautaires dans les installations municipales de la région.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Residents and visitors; some programs are for specific ages.',
      'Résidents et visiteurs; certains programmes visent des groupes d’âge précis.',
    ),
    process: t(
      'Register online or by phone when registration opens.',
      'Inscrivez-vous en ligne ou par téléphone à l’ouverture des inscriptions.',
    ),
    fees: t(
      'Fees apply for most programs; see halifax.ca.',
      'Des frais s’appliquent pour la plupart des programmes; consultez halifax.ca.',
    ),
    channels: [halifaxWeb(), halifax311],
  }),
  service({
    slug: 'halifax-dog-licence',
    org: 'halifax',
    name: t('Get a dog licence (Halifax)', 'Obtenir une licence pour chien (Halifax)'),
    description: t(
      'Dogs in the Halifax region must be licensed; the tag helps return lost dogs to their owners.',
      'Les chiens de la région d’Halifax doivent avoir une licence; la médaille aide à rendre les chiens perdus à leurs propriétaires.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Dog owners in the Halifax region.',
      'Les propriétaires de chiens de la région d’Halifax.',
    ),
    process: t(
      'Buy or renew the licence online, through 311 or at a customer service centre.',
      'Achetez ou renouvelez la licence en ligne, au 311 ou dans un centre du service à la clientèle.',
    ),
    fees: t(
      'A fee applies, lower for spayed or neutered dogs; see halifax.ca.',
      'Des frais s’appliquent, moins élevés pour les chiens stérilisés; consultez halifax.ca.',
    ),
    channels: [halifaxWeb(), halifax311, halifaxCounter],
    locations: HALIFAX_CSC,
  }),
  service({
    slug: 'halifax-low-income-transit-pass',
    org: 'halifax',
    name: t(
      'Low-Income Transit Pass (Halifax)',
      'Laissez-passer de transport en commun pour personnes à faible revenu (Halifax)',
    ),
    description: t(
      'A discounted Halifax Transit pass for residents with a low income.',
      'Laissez-passer à prix réduit d’Halifax Transit pour les résidents à faible revenu.',
    ),
    url: t(HALIFAX, HALIFAX),
    eligibility: t(
      'Halifax residents whose household income is under the program limit.',
      'Les résidents d’Halifax dont le revenu du ménage est inférieur au plafond du programme.',
    ),
    process: t(
      'Apply with proof of income; approved riders buy the pass at a discount.',
      'Présentez une demande avec une preuve de revenu; les usagers approuvés achètent le laissez-passer à prix réduit.',
    ),
    documents: [t('Notice of assessment', 'Avis de cotisation')],
    channels: [halifaxWeb(), halifax311, halifaxCounter],
    locations: HALIFAX_CSC,
  }),
  service({
    slug: 'halifax-library-card',
    org: 'halifax-public-libraries',
    name: t(
      'Get a free library card (Halifax Public Libraries)',
      'Obtenir une carte de bibliothèque gratuite (Bibliothèques publiques d’Halifax)',
    ),
    description: t(
      'Borrow books and e-books, use computers and Wi-Fi, and join programs, including newcomer and language programs, at any branch.',
      'Empruntez des livres et des livres numériques, utilisez les ordinateurs et le Wi-Fi, et participez aux programmes, dont des programmes pour nouveaux arrivants et de langues, dans toutes les succursales.',
    ),
    url: t('https://www.halifaxpubliclibraries.ca/', 'https://www.halifaxpubliclibraries.ca/'),
    eligibility: t('Residents of Nova Scotia.', 'Les résidents de la Nouvelle-Écosse.'),
    process: t(
      'Sign up at any branch with identification, or start online.',
      'Inscrivez-vous dans une succursale avec une pièce d’identité, ou commencez en ligne.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      halifaxWeb('https://www.halifaxpubliclibraries.ca/'),
      walkIn(t('At any library branch.', 'Dans toutes les succursales.'), { cost: 6 }),
    ],
    locations: ['halifax-central-library'],
  }),
  service({
    slug: 'halifax-development-permit',
    org: 'halifax',
    name: t(
      'Check zoning and get a development permit for a business (Halifax)',
      'Vérifier le zonage et obtenir un permis d’aménagement pour une entreprise (Halifax)',
    ),
    description: t(
      'Before you open a shop, office or home-based business, check that the land use by-law allows it at that address; changing the use of a building or running some home businesses needs a development permit, and renovations need a building permit.',
      'Avant d’ouvrir un commerce, un bureau ou une entreprise à domicile, vérifiez que le règlement d’utilisation des sols le permet à cette adresse; changer l’usage d’un bâtiment ou exploiter certaines entreprises à domicile exige un permis d’aménagement, et les rénovations, un permis de construire.',
    ),
    url: t(
      'https://www.halifax.ca/home-property/building-development-permits',
      'https://www.halifax.ca/home-property/building-development-permits',
    ),
    eligibility: t(
      'Business owners and property owners in the Halifax region.',
      'Les propriétaires d’entreprise et d’immeuble de la région d’Halifax.',
    ),
    process: t(
      'Look up the zone of the address, then ask a development officer through 311 which permits you need and apply online.',
      'Vérifiez le zonage de l’adresse, puis demandez à un agent d’aménagement, par le 311, de quels permis vous avez besoin, et présentez la demande en ligne.',
    ),
    fees: t('Permit fees apply; see halifax.ca.', 'Des frais de permis s’appliquent; consultez halifax.ca.'),
    channels: [halifaxWeb('https://www.halifax.ca/home-property/building-development-permits'), halifax311],
  }),
];
