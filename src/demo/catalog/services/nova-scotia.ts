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
const RJSC = 'https://novascotia.ca/sns/rjsc/';
const NSBR = 'https://novascotia.ca/sns/access/business/one-business-one-number.asp';
const rjscPhone = phone('1-800-225-8227', HOURS, {
  description: t(
    'Registry of Joint Stock Companies (902-424-7770 in the Halifax area)',
    'Registre des sociétés par actions (902-424-7770 dans la région d’Halifax)',
  ),
});
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
    org: 'rjsc',
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
  service({
    slug: 'ns-business-registry',
    org: 'service-nova-scotia',
    name: t(
      'Register once with the Nova Scotia Business Registry',
      'S’inscrire une seule fois au Nova Scotia Business Registry',
    ),
    alternate_name: t('NSBR, one business one number', 'NSBR, une entreprise, un numéro'),
    description: t(
      'One registration for several governments: when you register or incorporate with the Registry of Joint Stock Companies, the Canada Revenue Agency gives your business a Business Number, and through the same registry you can open an HST account with the CRA and an account with the Workers’ Compensation Board. The BN then identifies your business to every partner.',
      'Une seule inscription pour plusieurs gouvernements : lorsque vous enregistrez ou constituez votre entreprise au Registre des sociétés par actions, l’Agence du revenu du Canada lui attribue un numéro d’entreprise et, par ce même registre, vous pouvez ouvrir un compte de TVH à l’ARC et un compte à la Commission des accidents du travail. Le NE identifie ensuite votre entreprise auprès de chaque partenaire.',
    ),
    url: t(NSBR, NSBR),
    eligibility: t(
      'Businesses registering, incorporating or already registered in Nova Scotia.',
      'Les entreprises qui s’enregistrent, se constituent en société ou sont déjà enregistrées en Nouvelle-Écosse.',
    ),
    process: t(
      'Register online or at an Access Nova Scotia centre; choose the accounts you need (HST, WCB) in the same session, and use your Business Number with every partner afterward.',
      'Inscrivez-vous en ligne ou dans un centre Accès Nouvelle-Écosse; choisissez les comptes dont vous avez besoin (TVH, WCB) au cours de la même démarche, puis utilisez votre numéro d’entreprise auprès de chaque partenaire.',
    ),
    fees: t(
      'No fee for the registry itself; registration and incorporation fees of the Registry of Joint Stock Companies apply.',
      'Le registre lui-même est gratuit; les droits d’enregistrement et de constitution du Registre des sociétés par actions s’appliquent.',
    ),
    channels: [nsWeb(NSBR), rjscPhone, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'ns-incorporation',
    org: 'rjsc',
    name: t('Incorporate a Nova Scotia company', 'Constituer une société en Nouvelle-Écosse'),
    description: t(
      'Create a company under the Nova Scotia Companies Act with the Registry of Joint Stock Companies. The company receives its Certificate of Incorporation and a CRA Business Number, and renews its registration every year.',
      'Créez une société en vertu de la Companies Act de la Nouvelle-Écosse auprès du Registre des sociétés par actions. La société reçoit son certificat de constitution et un numéro d’entreprise de l’ARC, et renouvelle son enregistrement chaque année.',
    ),
    url: t(RJSC, RJSC),
    eligibility: t(
      'Anyone who wants to incorporate under Nova Scotia law. The company needs a registered office in Nova Scotia and a recognized agent who lives in the province; directors may live anywhere.',
      'Toute personne qui veut constituer une société en vertu des lois de la Nouvelle-Écosse. La société doit avoir un bureau enregistré en Nouvelle-Écosse et un agent reconnu qui habite la province; les administrateurs peuvent habiter n’importe où.',
    ),
    process: t(
      'Reserve the company name (a NUANS report is needed), then file the memorandum and articles of association and the other incorporation documents online or at an Access Nova Scotia centre.',
      'Réservez la dénomination sociale (un rapport NUANS est exigé), puis déposez l’acte constitutif, les statuts et les autres documents de constitution en ligne ou dans un centre Accès Nouvelle-Écosse.',
    ),
    fees: fees(
      t(
        'name reservation, incorporation and the yearly renewal',
        'la réservation du nom, la constitution et le renouvellement annuel',
      ),
    ),
    documents: [
      t('Name reservation and NUANS report', 'Réservation de nom et rapport NUANS'),
      t('Memorandum and articles of association', 'Acte constitutif et statuts'),
      t('Registered office address and recognized agent', 'Adresse du bureau enregistré et agent reconnu'),
    ],
    channels: [nsWeb(RJSC), rjscPhone, accessCounter],
    locations: ACCESS,
  }),
  service({
    slug: 'wcb-ns-employer-registration',
    org: 'wcb-nova-scotia',
    name: t(
      'Register for workplace injury insurance (WCB Nova Scotia)',
      'S’inscrire à l’assurance contre les accidents du travail (WCB de la Nouvelle-Écosse)',
    ),
    description: t(
      'Employers in mandatory industries, such as construction, restaurants, retail food, trucking and manufacturing, insure their workers with the Workers’ Compensation Board; others may choose voluntary coverage. You can register through the Nova Scotia Business Registry with your Business Number.',
      'Les employeurs des secteurs obligatoires, comme la construction, la restauration, l’épicerie, le camionnage et la fabrication, assurent leurs travailleurs auprès de la Commission des accidents du travail; les autres peuvent choisir une protection volontaire. Vous pouvez vous inscrire par le Nova Scotia Business Registry avec votre numéro d’entreprise.',
    ),
    url: t(
      'https://www.wcb.ns.ca/employers/workplace-injury-insurance/do-you-need-coverage',
      'https://www.wcb.ns.ca/employers/workplace-injury-insurance/do-you-need-coverage',
    ),
    eligibility: t(
      'Employers in a mandatory industry with 3 or more workers at the same time must register within 10 days of meeting that condition. Owners and partners can buy coverage for themselves.',
      'Les employeurs d’un secteur obligatoire qui ont 3 travailleurs ou plus en même temps doivent s’inscrire dans les 10 jours suivant le moment où ils remplissent cette condition. Les propriétaires et les associés peuvent acheter une protection pour eux-mêmes.',
    ),
    process: t(
      'Register online, through the Nova Scotia Business Registry, or by phone; you then report payroll and pay premiums.',
      'Inscrivez-vous en ligne, par le Nova Scotia Business Registry ou par téléphone; vous déclarez ensuite votre masse salariale et payez les primes.',
    ),
    fees: t(
      'Premiums depend on your industry rate and payroll.',
      'Les primes dépendent du taux de votre secteur et de votre masse salariale.',
    ),
    documents: [
      t('Business Number', 'Numéro d’entreprise'),
      t('Number of workers and estimated payroll', 'Nombre de travailleurs et masse salariale estimée'),
    ],
    channels: [
      nsWeb('https://www.wcb.ns.ca/employers/workplace-injury-insurance/do-you-need-coverage'),
      phone('1-800-870-3331', HOURS, {
        description: t(
          'WCB Nova Scotia (902-491-8999 in the Halifax area)',
          'WCB de la Nouvelle-Écosse (902-491-8999 dans la région d’Halifax)',
        ),
        languages: ['en'],
      }),
    ],
  }),
  service({
    slug: 'ns-probate',
    org: 'ns-justice',
    name: t(
      'Apply for probate or administration of an estate (Nova Scotia)',
      'Demander l’homologation d’un testament ou l’administration d’une succession (Nouvelle-Écosse)',
    ),
    description: t(
      'The Probate Court issues a grant of probate to the executor named in a will, or a grant of administration when there is no will, giving the authority to collect, manage and distribute the estate. A probate tax based on the estate’s value is paid.',
      'La Cour des successions délivre des lettres d’homologation à l’exécuteur nommé dans le testament ou, en l’absence de testament, des lettres d’administration, qui donnent le pouvoir de recueillir, de gérer et de distribuer les biens de la succession. Un impôt sur l’homologation, calculé selon la valeur de la succession, est payé.',
    ),
    url: t(
      'https://www.courts.ns.ca/Probate_Court/NSPBC_home.htm',
      'https://www.courts.ns.ca/Probate_Court/NSPBC_home.htm',
    ),
    eligibility: t(
      'The executor named in the will or, without a will, the person entitled under the Intestate Succession Act, for a person who lived in Nova Scotia.',
      'L’exécuteur nommé dans le testament ou, en l’absence de testament, la personne admissible en vertu de l’Intestate Succession Act, pour une personne qui vivait en Nouvelle-Écosse.',
    ),
    process: t(
      'File the application and the original will with the probate registry of the district where the person lived; after the grant, advertise for creditors in the Royal Gazette, file an inventory of assets and close the estate with the court.',
      'Déposez la demande et l’original du testament au greffe des successions du district où vivait la personne; après l’obtention des lettres, publiez un avis aux créanciers dans la Royal Gazette, déposez l’inventaire des biens et fermez la succession auprès du tribunal.',
    ),
    fees: t(
      'Probate tax depends on the value of the estate; see courts.ns.ca.',
      'L’impôt sur l’homologation dépend de la valeur de la succession; consultez courts.ns.ca.',
    ),
    documents: [
      t('Original will and proof of death', 'Original du testament et preuve du décès'),
      t('Inventory and value of the estate’s assets', 'Inventaire et valeur des biens de la succession'),
    ],
    channels: [nsWeb('https://www.courts.ns.ca/Probate_Court/NSPBC_home.htm'), enquiries],
  }),
  service({
    slug: 'ns-labour-standards-complaint',
    org: 'nova-scotia',
    name: t(
      'Make a Labour Standards complaint about pay or notice (Nova Scotia)',
      'Déposer une plainte aux Normes du travail au sujet de la paie ou du préavis (Nouvelle-Écosse)',
    ),
    description: t(
      'If your employer did not give you the notice or pay in lieu of notice, vacation pay or wages you are owed under the Labour Standards Code, a Labour Standards officer can help settle or investigate the complaint.',
      'Si votre employeur ne vous a pas donné le préavis ou l’indemnité qui en tient lieu, la paie de vacances ou le salaire qui vous sont dus en vertu du Labour Standards Code, un agent des normes du travail peut aider à régler la plainte ou faire enquête.',
    ),
    url: t('https://novascotia.ca/lae/employmentrights/', 'https://novascotia.ca/lae/employmentrights/'),
    eligibility: t(
      'Employees of provincially regulated employers in Nova Scotia. The complaint must reach Labour Standards within 6 months of the problem.',
      'Les employés des employeurs de compétence provinciale en Nouvelle-Écosse. La plainte doit parvenir aux Normes du travail dans les 6 mois suivant le problème.',
    ),
    process: t(
      'Call or visit Labour Standards to talk about your situation; an officer sends you the complaint form, which you return with copies of your records.',
      'Appelez les Normes du travail ou rendez-vous sur place pour parler de votre situation; un agent vous envoie le formulaire de plainte, que vous retournez avec des copies de vos documents.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      nsWeb('https://novascotia.ca/lae/employmentrights/'),
      phone('1-888-315-0110', HOURS, {
        description: t(
          'Labour Standards (902-424-4311 in the Halifax area)',
          'Normes du travail (902-424-4311 dans la région d’Halifax)',
        ),
        languages: ['en'],
      }),
    ],
  }),
  service({
    slug: 'ns-change-address',
    org: 'service-nova-scotia',
    name: t(
      'Change your address for your Nova Scotia licence and vehicle',
      'Changer l’adresse de votre permis et de votre véhicule en Nouvelle-Écosse',
    ),
    description: t(
      'Tell the Registry of Motor Vehicles your new address for your driver’s licence, identification card and vehicle permits. Your health card address is changed separately with MSI.',
      'Communiquez votre nouvelle adresse au Registry of Motor Vehicles pour votre permis de conduire, votre carte d’identité et vos certificats d’immatriculation. L’adresse de votre carte santé se change séparément auprès du MSI.',
    ),
    url: t(RMV, RMV),
    eligibility: t(
      'Nova Scotia drivers, ID card holders and vehicle owners who moved.',
      'Les conducteurs, les titulaires d’une carte d’identité et les propriétaires de véhicules de la Nouvelle-Écosse qui ont déménagé.',
    ),
    process: t(
      'Change your address online or at an Access Nova Scotia centre as soon as you move.',
      'Changez votre adresse en ligne ou dans un centre Accès Nouvelle-Écosse dès votre déménagement.',
    ),
    channels: [nsWeb(RMV), enquiries, accessCounter],
    locations: ACCESS,
  }),
];
