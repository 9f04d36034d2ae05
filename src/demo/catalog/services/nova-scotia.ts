/**
 * Government of Nova Scotia services. Most provincial web pages are in English only, so the French
 * web address is the same page; French-language service is available at the Access Nova Scotia
 * centre in the demo. Fees are described, not quoted: check novascotia.ca for current amounts.
 */
import type { ServiceInput } from '../../../domains/catalog/index.js';
import { NOVA_SCOTIA_HOLIDAYS, phone, service, t, walkIn, web, weekdays, type Text } from '../helpers.js';

const HOURS = [weekdays('08:30', '16:30'), ...NOVA_SCOTIA_HOLIDAYS];
const nsWeb = (url: string) =>
  web(url, url, { languages: ['en'], description: t('Information in English', 'Renseignements en anglais') });
const enquiries = phone('1-800-670-4357', HOURS, {
  description: t(
    'Government of Nova Scotia public enquiries (902-424-5200 in the Halifax area)',
    'Renseignements généraux du gouvernement de la Nouvelle-Écosse (902-424-5200 dans la région d’Halifax)',
  ),
});
const accessCounter = walkIn(t('At an Access Nova Scotia centre.', 'Dans un centre Accès Nouvelle-Écosse.'));
const ACCESS = ['access-ns-halifax'];
const SNS = 'https://novascotia.ca/sns/access/';
const VITAL = 'https://novascotia.ca/sns/access/vitalstats.asp';
const RMV = 'https://novascotia.ca/sns/rmv/';
const HOME = 'https://novascotia.ca/';
const fees = (what: Text) =>
  t(
    `A fee applies for ${what.en}; see the current amount on novascotia.ca.`,
    `Des frais s’appliquent pour ${what.fr}; consultez le montant en vigueur sur novascotia.ca.`,
  );

export const novaScotiaServices: ServiceInput[] = [
  service({
    slug: 'ns-health-card',
    org: 'nova-scotia-health-wellness',
    name: t(
      'Register for MSI and get a Nova Scotia health card',
      'S’inscrire au MSI et obtenir une carte santé de la Nouvelle-Écosse',
    ),
    alternate_name: t('MSI, Medical Services Insurance', 'MSI, assurance-maladie de la Nouvelle-Écosse'),
    description: t(
      'Medical Services Insurance (MSI) pays for medically necessary doctor and hospital services for eligible Nova Scotia residents.',
      'Le régime Medical Services Insurance (MSI) paie les services médicaux et hospitaliers nécessaires pour les résidents admissibles de la Nouvelle-Écosse.',
    ),
    url: t('https://novascotia.ca/dhw/msi/', 'https://novascotia.ca/dhw/msi/'),
    eligibility: t(
      'Canadian citizens and permanent residents who make their home in Nova Scotia; the date coverage starts depends on where you moved from.',
      'Les citoyens canadiens et les résidents permanents qui s’établissent en Nouvelle-Écosse; la date du début de la couverture dépend de l’endroit d’où vous arrivez.',
    ),
    process: t(
      'Contact MSI Registration and Enquiry to register, then send copies of the requested documents.',
      'Communiquez avec le service d’inscription et de renseignements du MSI, puis envoyez des copies des documents demandés.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t('Proof of citizenship or permanent residence', 'Preuve de citoyenneté ou de résidence permanente'),
      t('Proof of Nova Scotia address', 'Preuve d’adresse en Nouvelle-Écosse'),
    ],
    channels: [
      nsWeb('https://novascotia.ca/dhw/msi/'),
      phone('1-800-563-8880', HOURS, {
        description: t(
          'MSI Registration and Enquiry (902-496-7008 in the Halifax area)',
          'Inscription et renseignements du MSI (902-496-7008 dans la région d’Halifax)',
        ),
        languages: ['en'],
      }),
    ],
  }),
  service({
    slug: 'ns-birth-registration',
    org: 'service-nova-scotia',
    name: t('Register a birth in Nova Scotia', 'Enregistrer une naissance en Nouvelle-Écosse'),
    description: t(
      'Parents register their baby’s birth with Vital Statistics; the registration is needed to get a birth certificate, a health card and federal benefits.',
      'Les parents enregistrent la naissance de leur bébé auprès des Statistiques de l’état civil; l’enregistrement est nécessaire pour obtenir le certificat de naissance, la carte santé et les prestations fédérales.',
    ),
    url: t(VITAL, VITAL),
    eligibility: t(
      'Parents of a child born in Nova Scotia.',
      'Les parents d’un enfant né en Nouvelle-Écosse.',
    ),
    process: t(
      'Complete the birth registration form given at the hospital or by the midwife and submit it to Vital Statistics.',
      'Remplissez le formulaire d’enregistrement remis à l’hôpital ou par la sage-femme et soumettez-le aux Statistiques de l’état civil.',
    ),
    fees: t(
      'Registering is free; a fee applies for certificates.',
      'L’enregistrement est gratuit; des frais s’appliquent pour les certificats.',
    ),
    channels: [nsWeb(VITAL), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-birth-certificate',
    org: 'service-nova-scotia',
    name: t(
      'Order a Nova Scotia birth certificate',
      'Commander un certificat de naissance de la Nouvelle-Écosse',
    ),
    description: t(
      'Order a birth certificate for a birth registered in Nova Scotia.',
      'Commandez un certificat de naissance pour une naissance enregistrée en Nouvelle-Écosse.',
    ),
    url: t(VITAL, VITAL),
    eligibility: t(
      'The person named on the certificate, a parent, or someone with legal authority.',
      'La personne nommée sur le certificat, un parent ou une personne ayant l’autorité légale.',
    ),
    process: t(
      'Apply online, by mail or at an Access Nova Scotia centre.',
      'Présentez une demande en ligne, par la poste ou dans un centre Accès Nouvelle-Écosse.',
    ),
    fees: fees(t('each certificate', 'chaque certificat')),
    channels: [nsWeb(VITAL), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-death-certificate',
    org: 'service-nova-scotia',
    name: t(
      'Order a Nova Scotia death certificate',
      'Commander un certificat de décès de la Nouvelle-Écosse',
    ),
    description: t(
      'After the funeral home registers the death, family members and the estate can order death certificates.',
      'Une fois le décès enregistré par le salon funéraire, la famille et la succession peuvent commander des certificats de décès.',
    ),
    url: t(VITAL, VITAL),
    eligibility: t(
      'Next of kin, the executor or someone with a legal need.',
      'Le plus proche parent, l’exécuteur testamentaire ou une personne qui en a besoin à des fins juridiques.',
    ),
    process: t(
      'Apply online, by mail or at an Access Nova Scotia centre.',
      'Présentez une demande en ligne, par la poste ou dans un centre Accès Nouvelle-Écosse.',
    ),
    fees: fees(t('each certificate', 'chaque certificat')),
    channels: [nsWeb(VITAL), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-marriage-licence',
    org: 'service-nova-scotia',
    name: t('Get a marriage licence in Nova Scotia', 'Obtenir une licence de mariage en Nouvelle-Écosse'),
    description: t(
      'Couples marrying in Nova Scotia need a marriage licence from an authorized issuer before the ceremony.',
      'Les couples qui se marient en Nouvelle-Écosse doivent obtenir une licence de mariage auprès d’un délivreur autorisé avant la cérémonie.',
    ),
    url: t(VITAL, VITAL),
    eligibility: t(
      'Both people are of legal age to marry (or have consent) and are not already married.',
      'Les deux personnes ont l’âge légal pour se marier (ou ont le consentement requis) et ne sont pas déjà mariées.',
    ),
    process: t(
      'Both partners apply in person with identification at a licence issuer.',
      'Les deux partenaires présentent la demande en personne, avec leurs pièces d’identité, auprès d’un délivreur de licences.',
    ),
    fees: fees(t('the licence', 'la licence')),
    documents: [
      t(
        'Government-issued photo identification for both partners',
        'Pièce d’identité avec photo délivrée par un gouvernement pour chaque partenaire',
      ),
      t('Birth certificates', 'Certificats de naissance'),
    ],
    channels: [nsWeb(VITAL), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-drivers-licence',
    org: 'service-nova-scotia',
    name: t(
      'Get or renew a Nova Scotia driver’s licence',
      'Obtenir ou renouveler un permis de conduire de la Nouvelle-Écosse',
    ),
    description: t(
      'Apply for a learner’s licence, exchange an out-of-province licence or renew your licence with the Registry of Motor Vehicles.',
      'Demandez un permis d’apprenti conducteur, échangez un permis d’une autre province ou renouvelez votre permis auprès du Registry of Motor Vehicles.',
    ),
    url: t(RMV, RMV),
    eligibility: t(
      'Nova Scotia residents; new residents must exchange their licence within 90 days.',
      'Les résidents de la Nouvelle-Écosse; les nouveaux résidents doivent échanger leur permis dans les 90 jours.',
    ),
    process: t(
      'Renew online when eligible or visit an Access Nova Scotia centre for tests, photos and exchanges.',
      'Renouvelez en ligne si vous êtes admissible ou rendez-vous dans un centre Accès Nouvelle-Écosse pour les examens, les photos et les échanges.',
    ),
    fees: fees(t('licences and tests', 'les permis et les examens')),
    documents: [
      t('Current licence or proof of identity', 'Permis actuel ou preuve d’identité'),
      t('Proof of Nova Scotia residency', 'Preuve de résidence en Nouvelle-Écosse'),
    ],
    channels: [nsWeb(RMV), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-id-card',
    org: 'service-nova-scotia',
    name: t('Get a Nova Scotia identification card', 'Obtenir une carte d’identité de la Nouvelle-Écosse'),
    description: t(
      'Government-issued photo identification for Nova Scotians who do not have a driver’s licence.',
      'Pièce d’identité avec photo délivrée par le gouvernement pour les Néo-Écossais qui n’ont pas de permis de conduire.',
    ),
    url: t(RMV, RMV),
    eligibility: t(
      'Nova Scotia residents without a valid driver’s licence.',
      'Les résidents de la Nouvelle-Écosse qui n’ont pas de permis de conduire valide.',
    ),
    process: t(
      'Apply in person at an Access Nova Scotia centre; your photo is taken there.',
      'Présentez une demande en personne dans un centre Accès Nouvelle-Écosse; votre photo y est prise.',
    ),
    fees: fees(t('the card', 'la carte')),
    channels: [nsWeb(RMV), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-business-name-registration',
    org: 'service-nova-scotia',
    name: t(
      'Register a business name with the Registry of Joint Stock Companies',
      'Enregistrer un nom commercial au Registry of Joint Stock Companies',
    ),
    description: t(
      'Sole proprietorships and partnerships register their business name; corporations incorporate or register with the Registry of Joint Stock Companies.',
      'Les entreprises individuelles et les sociétés de personnes enregistrent leur nom commercial; les sociétés par actions se constituent ou s’enregistrent au registre des sociétés de la province (Registry of Joint Stock Companies).',
    ),
    url: t(SNS, SNS),
    eligibility: t(
      'Anyone carrying on business in Nova Scotia under a name other than their own.',
      'Toute personne qui exerce des activités en Nouvelle-Écosse sous un nom autre que le sien.',
    ),
    process: t(
      'Reserve the name, then register online or at an Access Nova Scotia centre; registrations are renewed every year.',
      'Réservez le nom, puis enregistrez-le en ligne ou dans un centre Accès Nouvelle-Écosse; l’enregistrement se renouvelle chaque année.',
    ),
    fees: fees(t('name reservation and registration', 'la réservation du nom et l’enregistrement')),
    channels: [nsWeb(SNS), enquiries, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-income-assistance',
    org: 'nova-scotia',
    name: t('Income Assistance (Nova Scotia)', 'Aide au revenu (Nouvelle-Écosse)'),
    alternate_name: t(
      'Employment Support and Income Assistance, ESIA',
      'Soutien à l’emploi et aide au revenu',
    ),
    description: t(
      'Financial help for basic needs such as food, clothing and shelter, with employment supports, for Nova Scotians in need.',
      'Aide financière pour les besoins essentiels comme la nourriture, les vêtements et le logement, avec du soutien à l’emploi, pour les Néo-Écossais dans le besoin.',
    ),
    url: t(HOME, HOME),
    eligibility: t(
      'Nova Scotia residents 19 or older whose income and assets are below the program limits.',
      'Les résidents de la Nouvelle-Écosse de 19 ans ou plus dont les revenus et les biens sont inférieurs aux plafonds du programme.',
    ),
    process: t(
      'Apply online or by phone; a caseworker reviews your situation with you.',
      'Présentez une demande en ligne ou par téléphone; un travailleur social examine votre situation avec vous.',
    ),
    minimum_age: 19,
    documents: [
      t('Proof of income, assets and housing costs', 'Preuve de revenus, de biens et de frais de logement'),
      t(
        'Identification for everyone in the household',
        'Pièces d’identité de toutes les personnes du ménage',
      ),
    ],
    channels: [nsWeb(HOME), enquiries],
  }),
  service({
    slug: 'ns-child-care-subsidy',
    org: 'nova-scotia',
    name: t('Child Care Subsidy (Nova Scotia)', 'Subvention pour la garde d’enfants (Nouvelle-Écosse)'),
    description: t(
      'Helps families with low or modest income pay for licensed child care.',
      'Aide les familles à revenu faible ou modeste à payer les services de garde agréés.',
    ),
    url: t(HOME, HOME),
    eligibility: t(
      'Families using licensed child care in Nova Scotia whose income is within the program limits.',
      'Les familles qui utilisent un service de garde agréé en Nouvelle-Écosse et dont le revenu respecte les plafonds du programme.',
    ),
    process: t(
      'Apply online or with a paper application; the subsidy is paid to the child care provider.',
      'Présentez une demande en ligne ou sur papier; la subvention est versée au service de garde.',
    ),
    channels: [nsWeb(HOME), enquiries],
  }),
  service({
    slug: 'ns-seniors-care-grant',
    org: 'nova-scotia',
    name: t('Seniors Care Grant (Nova Scotia)', 'Subvention pour les soins aux aînés (Nouvelle-Écosse)'),
    description: t(
      'An annual grant that helps lower-income seniors pay for household services and health-related costs that help them stay at home, such as snow removal, housekeeping or yard work.',
      'Subvention annuelle qui aide les aînés à faible revenu à payer des services ménagers et des frais liés à la santé qui leur permettent de rester à domicile, comme le déneigement, l’entretien ménager ou l’entretien du terrain.',
    ),
    url: t(HOME, HOME),
    eligibility: t(
      'Nova Scotians aged 65 or older with a household income under the program limit.',
      'Les Néo-Écossais de 65 ans ou plus dont le revenu du ménage est inférieur au plafond du programme.',
    ),
    process: t(
      'Apply online or by phone once a year.',
      'Présentez une demande en ligne ou par téléphone une fois par année.',
    ),
    minimum_age: 65,
    channels: [nsWeb(HOME), enquiries],
  }),
  service({
    slug: 'ns-seniors-pharmacare',
    org: 'nova-scotia-health-wellness',
    name: t(
      'Seniors’ Pharmacare Program (Nova Scotia)',
      'Programme d’assurance-médicaments pour les aînés (Nouvelle-Écosse)',
    ),
    description: t(
      'Helps Nova Scotians 65 and older pay for prescription drugs, with a yearly premium and co-payments reduced for lower incomes.',
      'Aide les Néo-Écossais de 65 ans et plus à payer leurs médicaments sur ordonnance, moyennant une prime annuelle et une quote-part réduites pour les revenus plus faibles.',
    ),
    url: t('https://novascotia.ca/dhw/pharmacare/', 'https://novascotia.ca/dhw/pharmacare/'),
    eligibility: t(
      'Nova Scotia residents 65 or older with a valid health card who do not have other drug coverage.',
      'Les résidents de la Nouvelle-Écosse de 65 ans ou plus titulaires d’une carte santé valide qui n’ont pas d’autre assurance-médicaments.',
    ),
    process: t(
      'Apply when you turn 65 with the form mailed to you, or by phone.',
      'Présentez une demande à 65 ans avec le formulaire qui vous est envoyé par la poste, ou par téléphone.',
    ),
    minimum_age: 65,
    fees: t(
      'An annual premium and co-payments apply; they are reduced or waived for lower incomes.',
      'Une prime annuelle et une quote-part s’appliquent; elles sont réduites ou annulées pour les revenus plus faibles.',
    ),
    channels: [nsWeb('https://novascotia.ca/dhw/pharmacare/'), enquiries],
  }),
  service({
    slug: 'ns-seniors-property-tax-rebate',
    org: 'nova-scotia',
    name: t(
      'Property Tax Rebate for Seniors (Nova Scotia)',
      'Remboursement de l’impôt foncier pour les aînés (Nouvelle-Écosse)',
    ),
    description: t(
      'Refunds part of the municipal residential property tax paid by lower-income seniors who own their home.',
      'Rembourse une partie de l’impôt foncier résidentiel municipal payé par les aînés à faible revenu propriétaires de leur maison.',
    ),
    url: t(HOME, HOME),
    eligibility: t(
      'Seniors who own and live in their home in Nova Scotia, receive the Guaranteed Income Supplement or have an income under the limit, and have paid their property taxes.',
      'Les aînés propriétaires-occupants en Nouvelle-Écosse qui reçoivent le Supplément de revenu garanti ou dont le revenu est inférieur au plafond, et qui ont payé leur impôt foncier.',
    ),
    process: t(
      'Apply each year online or with a paper form.',
      'Présentez une demande chaque année en ligne ou avec un formulaire papier.',
    ),
    channels: [nsWeb(HOME), enquiries],
  }),
  service({
    slug: 'ns-works-employment-services',
    org: 'nova-scotia',
    name: t('Nova Scotia Works employment services', 'Services d’emploi Nova Scotia Works'),
    description: t(
      'Free help to find a job or plan a career: job search, résumés, training options and connections to employers, at centres across the province.',
      'Aide gratuite pour trouver un emploi ou planifier une carrière : recherche d’emploi, curriculum vitæ, options de formation et liens avec les employeurs, dans des centres partout dans la province.',
    ),
    url: t(HOME, HOME),
    eligibility: t(
      'Anyone in Nova Scotia who is looking for work, including people receiving Employment Insurance.',
      'Toute personne en Nouvelle-Écosse qui cherche un emploi, y compris les prestataires de l’assurance-emploi.',
    ),
    process: t(
      'Contact or visit a Nova Scotia Works centre to meet an employment counsellor.',
      'Communiquez avec un centre Nova Scotia Works ou rendez-vous-y pour rencontrer un conseiller en emploi.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [nsWeb(HOME), enquiries],
  }),
];
