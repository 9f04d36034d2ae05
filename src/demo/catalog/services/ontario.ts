/**
 * Government of Ontario services. ServiceOntario counters in the demo are at Ottawa City Hall.
 * Fees change by regulation, so the records say that a fee applies and where to check it.
 */
import type { ServiceInput } from '../../../domains/catalog/index.js';
import { mail, ONTARIO_HOLIDAYS, phone, service, t, walkIn, web, weekdays, type Text } from '../helpers.js';

const HOURS = [weekdays('08:30', '17:00'), ...ONTARIO_HOLIDAYS];
const SO = [
  'https://www.ontario.ca/page/serviceontario',
  'https://www.ontario.ca/fr/page/serviceontario',
] as const;
const SO_LOCATIONS = ['ottawa-city-hall'];
const soPhone = phone('1-800-267-8097', HOURS, {
  description: t(
    'ServiceOntario contact centre (416-326-1234 in Toronto)',
    'Centre d’appels de ServiceOntario (416-326-1234 à Toronto)',
  ),
  tty: '1-800-268-7095',
});
const healthLine = phone('1-866-532-3161', HOURS, {
  description: t(
    'ServiceOntario INFOline for health cards and OHIP',
    'Ligne INFO de ServiceOntario pour la carte Santé et l’Assurance-santé',
  ),
  tty: '1-800-387-5559',
});
const driverLine = phone('1-800-387-3445', HOURS, {
  description: t(
    'ServiceOntario driver and vehicle line',
    'Ligne de ServiceOntario pour les conducteurs et les véhicules',
  ),
});
const soCounter = walkIn(
  t(
    'At a ServiceOntario centre; bring original documents.',
    'Dans un centre de ServiceOntario; apportez les documents originaux.',
  ),
);
const ON_FR = 'https://www.ontario.ca/fr';
const esPhone = phone('1-800-531-5551', HOURS, {
  description: t(
    'Employment Standards Information Centre (416-326-7160 in Toronto)',
    'Centre d’information sur les normes d’emploi (416-326-7160 à Toronto)',
  ),
  tty: '1-866-567-8893',
});
const financePhone = phone('1-866-668-8297', HOURS, {
  description: t('Ministry of Finance (1-866-ONT-TAXS)', 'Ministère des Finances (1-866-ONT-TAXS)'),
});
const soWeb = (en: string = SO[0], fr: string = SO[1]) => web(en, fr);
const fees = (what: Text) =>
  t(
    `A fee applies for ${what.en}; see the current amount on ontario.ca.`,
    `Des frais s’appliquent pour ${what.fr}; consultez le montant en vigueur sur ontario.ca.`,
  );
const ID = t(
  'Proof of identity, such as a driver’s licence or passport',
  'Preuve d’identité, comme un permis de conduire ou un passeport',
);

export const ontarioServices: ServiceInput[] = [
  service({
    slug: 'on-health-card',
    org: 'ontario-health',
    name: t(
      'Apply for OHIP and get a health card',
      'S’inscrire à l’Assurance-santé de l’Ontario et obtenir une carte Santé',
    ),
    alternate_name: t('OHIP, Ontario health card', 'Assurance-santé, carte Santé de l’Ontario'),
    description: t(
      'The Ontario Health Insurance Plan pays for many health services, such as visits to your family doctor and emergency rooms. Your health card shows you are covered.',
      'L’Assurance-santé de l’Ontario paie de nombreux services de santé, comme les visites chez votre médecin de famille et aux urgences. Votre carte Santé prouve que vous êtes couvert.',
    ),
    url: t(
      'https://www.ontario.ca/page/apply-ohip-and-get-health-card',
      'https://www.ontario.ca/fr/page/sinscrire-lassurance-sante-de-lontario-et-obtenir-une-carte-sante',
    ),
    eligibility: t(
      'You are a Canadian citizen, permanent resident or eligible immigration status, make Ontario your primary place of residence, and are physically present in Ontario at least 153 days in any 12-month period. There is no waiting period.',
      'Vous êtes citoyen canadien, résident permanent ou avez un statut d’immigration admissible, faites de l’Ontario votre lieu de résidence principal et êtes présent en Ontario au moins 153 jours au cours de toute période de 12 mois. Il n’y a pas de délai de carence.',
    ),
    process: t(
      'Apply in person at a ServiceOntario centre with original documents. Newborns are registered through the newborn registration form at the hospital.',
      'Présentez une demande en personne dans un centre de ServiceOntario avec les documents originaux. Les nouveau-nés sont inscrits au moyen du formulaire d’inscription remis à l’hôpital.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t('Proof of citizenship or immigration status', 'Preuve de citoyenneté ou de statut d’immigration'),
      t('Proof of residency in Ontario', 'Preuve de résidence en Ontario'),
      t('Document with your signature', 'Document portant votre signature'),
    ],
    channels: [
      web(
        'https://www.ontario.ca/page/apply-ohip-and-get-health-card',
        'https://www.ontario.ca/fr/page/sinscrire-lassurance-sante-de-lontario-et-obtenir-une-carte-sante',
      ),
      healthLine,
      soCounter,
    ],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-newborn-registration',
    org: 'serviceontario',
    name: t(
      'Register a birth in Ontario (newborn registration)',
      'Enregistrer une naissance en Ontario (enregistrement des nouveau-nés)',
    ),
    description: t(
      'Register your baby’s birth online and, at the same time, apply for the birth certificate, the Social Insurance Number and Canada child benefits.',
      'Enregistrez la naissance de votre bébé en ligne et demandez en même temps le certificat de naissance, le numéro d’assurance sociale et les prestations canadiennes pour enfants.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Parents of a child born in Ontario; register within 30 days of the birth.',
      'Les parents d’un enfant né en Ontario; l’enregistrement se fait dans les 30 jours suivant la naissance.',
    ),
    process: t(
      'Complete the Newborn Registration Service online; both parents can sign electronically.',
      'Remplissez le Service d’enregistrement des nouveau-nés en ligne; les deux parents peuvent signer électroniquement.',
    ),
    fees: t(
      'Registering the birth is free; a fee applies for the birth certificate.',
      'L’enregistrement de la naissance est gratuit; des frais s’appliquent pour le certificat de naissance.',
    ),
    documents: [
      t(
        'Parents’ information and the hospital or midwife details',
        'Renseignements sur les parents et coordonnées de l’hôpital ou de la sage-femme',
      ),
    ],
    channels: [soWeb(), soPhone],
  }),
  service({
    slug: 'on-birth-certificate',
    org: 'serviceontario',
    name: t(
      'Get or replace an Ontario birth certificate',
      'Obtenir ou remplacer un certificat de naissance de l’Ontario',
    ),
    description: t(
      'Order a birth certificate for a birth registered in Ontario, for yourself or your child.',
      'Commandez un certificat de naissance pour une naissance enregistrée en Ontario, pour vous ou votre enfant.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'The person named on the certificate, or a parent of a child named on it.',
      'La personne nommée sur le certificat ou le parent d’un enfant qui y est nommé.',
    ),
    process: t(
      'Apply online, by mail or in person at a ServiceOntario centre.',
      'Présentez une demande en ligne, par la poste ou en personne dans un centre de ServiceOntario.',
    ),
    fees: fees(t('each certificate', 'chaque certificat')),
    documents: [ID],
    channels: [soWeb(), soPhone, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-death-certificate',
    org: 'serviceontario',
    name: t('Get an Ontario death certificate', 'Obtenir un certificat de décès de l’Ontario'),
    description: t(
      'After the funeral director registers the death with the municipality, the next of kin or the estate representative can order a death certificate.',
      'Après que le directeur de funérailles a enregistré le décès auprès de la municipalité, le plus proche parent ou le représentant de la succession peut commander un certificat de décès.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Next of kin, the estate representative, or someone with a legal need.',
      'Le plus proche parent, le représentant de la succession ou une personne qui en a besoin à des fins juridiques.',
    ),
    process: t(
      'Apply online, by mail or at a ServiceOntario centre.',
      'Présentez une demande en ligne, par la poste ou dans un centre de ServiceOntario.',
    ),
    fees: fees(t('each certificate', 'chaque certificat')),
    documents: [ID],
    channels: [soWeb(), soPhone, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-drivers-licence-renewal',
    org: 'serviceontario',
    name: t('Renew an Ontario driver’s licence', 'Renouveler un permis de conduire de l’Ontario'),
    description: t(
      'Renew your driver’s licence before it expires. Drivers aged 80 and over follow a separate renewal program.',
      'Renouvelez votre permis de conduire avant son expiration. Les conducteurs de 80 ans et plus suivent un programme de renouvellement distinct.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Ontario drivers whose licence is expiring or expired for less than a year.',
      'Les conducteurs de l’Ontario dont le permis arrive à échéance ou est expiré depuis moins d’un an.',
    ),
    process: t(
      'Renew online if eligible; otherwise renew in person at a ServiceOntario centre, where a new photo is taken.',
      'Renouvelez en ligne si vous êtes admissible; sinon, renouvelez en personne dans un centre de ServiceOntario, où une nouvelle photo est prise.',
    ),
    fees: fees(t('the renewal', 'le renouvellement')),
    documents: [t('Current driver’s licence', 'Permis de conduire actuel')],
    channels: [soWeb(), driverLine, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-photo-card',
    org: 'serviceontario',
    name: t('Get an Ontario Photo Card', 'Obtenir une carte-photo de l’Ontario'),
    description: t(
      'Government-issued photo identification for Ontario residents aged 16 and over who do not have a driver’s licence.',
      'Pièce d’identité avec photo délivrée par le gouvernement pour les résidents de l’Ontario de 16 ans et plus qui n’ont pas de permis de conduire.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Ontario residents aged 16 or older without a valid driver’s licence.',
      'Les résidents de l’Ontario de 16 ans ou plus qui n’ont pas de permis de conduire valide.',
    ),
    process: t(
      'Apply in person at a ServiceOntario centre; your photo is taken there.',
      'Présentez une demande en personne dans un centre de ServiceOntario; votre photo y est prise.',
    ),
    minimum_age: 16,
    fees: fees(t('the card', 'la carte')),
    documents: [
      t('Proof of legal name and date of birth', 'Preuve du nom légal et de la date de naissance'),
      t('Proof of Ontario residential address', 'Preuve d’adresse résidentielle en Ontario'),
    ],
    channels: [soWeb(), soPhone, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-change-address',
    org: 'serviceontario',
    name: t('Change your address with ServiceOntario', 'Changer d’adresse auprès de ServiceOntario'),
    description: t(
      'Update your address for your driver’s licence, vehicle permit, health card and Ontario Photo Card in one online transaction.',
      'Mettez à jour votre adresse pour votre permis de conduire, votre certificat d’immatriculation, votre carte Santé et votre carte-photo de l’Ontario en une seule transaction en ligne.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Ontario residents who moved within Ontario.',
      'Les résidents de l’Ontario qui ont déménagé en Ontario.',
    ),
    process: t(
      'Change your address online within 6 days of moving, or at a ServiceOntario centre.',
      'Changez votre adresse en ligne dans les 6 jours suivant le déménagement, ou dans un centre de ServiceOntario.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    channels: [soWeb(), soPhone, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-vehicle-permit-renewal',
    org: 'serviceontario',
    name: t('Renew your licence plate', 'Renouveler votre plaque d’immatriculation'),
    description: t(
      'Passenger vehicle plates still need to be renewed regularly even though there is no fee for the sticker.',
      'Les plaques des véhicules de tourisme doivent toujours être renouvelées régulièrement, même si la vignette est gratuite.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Owners of vehicles registered in Ontario.',
      'Les propriétaires de véhicules immatriculés en Ontario.',
    ),
    process: t(
      'Renew online or at a ServiceOntario centre; you need valid insurance and no unpaid fines that block renewal.',
      'Renouvelez en ligne ou dans un centre de ServiceOntario; il faut une assurance valide et aucune amende impayée qui bloque le renouvellement.',
    ),
    fees: t(
      'No fee for passenger vehicles, light commercial vehicles, motorcycles and mopeds.',
      'Gratuit pour les véhicules de tourisme, les véhicules utilitaires légers, les motocyclettes et les cyclomoteurs.',
    ),
    channels: [soWeb(), driverLine, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-business-name-registration',
    org: 'serviceontario',
    name: t(
      'Register a business name (sole proprietorship or partnership)',
      'Enregistrer un nom commercial (entreprise individuelle ou société de personnes)',
    ),
    description: t(
      'Register the name of your sole proprietorship or partnership in the Ontario Business Registry. A registration is valid for five years.',
      'Enregistrez le nom de votre entreprise individuelle ou de votre société de personnes au Registre des entreprises de l’Ontario. L’enregistrement est valide cinq ans.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Anyone doing business in Ontario under a name other than their own legal name.',
      'Toute personne qui exerce des activités en Ontario sous un nom autre que son nom légal.',
    ),
    process: t(
      'Register online through the Ontario Business Registry; you get a Master Business Licence.',
      'Enregistrez-vous en ligne au Registre des entreprises de l’Ontario; vous obtenez un permis principal d’entreprise.',
    ),
    fees: fees(t('registration', 'l’enregistrement')),
    channels: [soWeb(), soPhone],
  }),
  service({
    slug: 'on-incorporation',
    org: 'serviceontario',
    name: t('Incorporate a business in Ontario', 'Constituer une entreprise en société en Ontario'),
    description: t(
      'Create an Ontario corporation through the Ontario Business Registry; the corporation gets a CRA Business Number.',
      'Créez une société ontarienne au Registre des entreprises de l’Ontario; la société obtient un numéro d’entreprise de l’ARC.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Individuals or corporations who want to incorporate under Ontario law.',
      'Les personnes ou sociétés qui veulent se constituer en vertu de la loi ontarienne.',
    ),
    process: t(
      'File articles of incorporation online; a NUANS report is needed for a named corporation.',
      'Déposez les statuts constitutifs en ligne; un rapport NUANS est exigé pour une société à dénomination.',
    ),
    fees: fees(t('incorporation', 'la constitution')),
    channels: [soWeb(), soPhone],
  }),
  service({
    slug: 'on-organ-donor-registration',
    org: 'serviceontario',
    name: t('Register as an organ and tissue donor', 'S’inscrire comme donneur d’organes et de tissus'),
    description: t(
      'Record your consent to donate organs and tissue; your family is told of your decision.',
      'Consignez votre consentement au don d’organes et de tissus; votre famille est informée de votre décision.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Ontario residents aged 16 or older with a health card.',
      'Les résidents de l’Ontario de 16 ans ou plus titulaires d’une carte Santé.',
    ),
    process: t(
      'Register online with your health card, or at a ServiceOntario centre.',
      'Inscrivez-vous en ligne avec votre carte Santé ou dans un centre de ServiceOntario.',
    ),
    minimum_age: 16,
    fees: t('No fee.', 'Aucuns frais.'),
    channels: [soWeb(), soPhone, soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-odsp',
    org: 'ontario-mccss',
    name: t('Ontario Disability Support Program', 'Programme ontarien de soutien aux personnes handicapées'),
    alternate_name: t('ODSP', 'POSPH'),
    description: t(
      'Financial help for essential living expenses and health benefits for people with disabilities in financial need, plus employment supports.',
      'Aide financière pour les dépenses essentielles et prestations de santé pour les personnes handicapées dans le besoin, ainsi que soutien à l’emploi.',
    ),
    url: t('https://www.ontario.ca/page/ontario-disability-support-program', SO[1]),
    eligibility: t(
      'Ontario residents aged 18 or older, in financial need, who meet the program’s definition of a person with a disability.',
      'Les résidents de l’Ontario de 18 ans ou plus, dans le besoin, qui répondent à la définition de personne handicapée du programme.',
    ),
    process: t(
      'Start an application online or through your local Ontario Works office; a disability determination package is then completed with your health care provider.',
      'Commencez une demande en ligne ou par votre bureau local d’Ontario au travail; une trousse de détermination de l’invalidité est ensuite remplie avec votre professionnel de la santé.',
    ),
    minimum_age: 18,
    documents: [
      t('Proof of income and assets', 'Preuve de revenus et de biens'),
      t('Disability determination package', 'Trousse de détermination de l’invalidité'),
    ],
    channels: [web('https://www.ontario.ca/page/ontario-disability-support-program', SO[1])],
  }),
  service({
    slug: 'on-seniors-dental-care',
    org: 'ontario-health',
    name: t('Ontario Seniors Dental Care Program', 'Programme ontarien de soins dentaires pour les aînés'),
    description: t(
      'Free, routine dental services for low-income seniors aged 65 or older, through public health units and community health centres.',
      'Soins dentaires courants gratuits pour les aînés à faible revenu de 65 ans ou plus, par l’entremise des bureaux de santé publique et des centres de santé communautaire.',
    ),
    url: t(SO[0], SO[1]),
    eligibility: t(
      'Ontario residents 65 or older, with an income under the program limit and no other dental benefits.',
      'Les résidents de l’Ontario de 65 ans ou plus dont le revenu est inférieur au plafond du programme et qui n’ont pas d’autre assurance dentaire.',
    ),
    process: t(
      'Apply online or with a paper form available from your local public health unit or ServiceOntario.',
      'Présentez une demande en ligne ou avec le formulaire papier offert par votre bureau de santé publique ou ServiceOntario.',
    ),
    minimum_age: 65,
    fees: t('Free for eligible seniors.', 'Gratuit pour les aînés admissibles.'),
    channels: [soWeb(), soCounter],
    locations: SO_LOCATIONS,
  }),
  service({
    slug: 'on-drug-benefit',
    org: 'ontario-health',
    name: t('Ontario Drug Benefit for seniors', 'Programme de médicaments de l’Ontario pour les aînés'),
    description: t(
      'Covers most of the cost of over 5,000 prescription drug products for people 65 and older with OHIP.',
      'Couvre la majeure partie du coût de plus de 5 000 produits médicamenteux sur ordonnance pour les personnes de 65 ans et plus assurées par l’Assurance-santé.',
    ),
    url: t('https://www.ontario.ca/page/get-coverage-prescription-drugs', SO[1]),
    eligibility: t(
      'Ontario residents 65 or older with a valid health card; enrolment is automatic.',
      'Les résidents de l’Ontario de 65 ans ou plus titulaires d’une carte Santé valide; l’inscription est automatique.',
    ),
    process: t(
      'No application: show your health card and prescription at the pharmacy. Low-income seniors can apply to pay less with the Seniors Co-Payment Program.',
      'Aucune demande : présentez votre carte Santé et votre ordonnance à la pharmacie. Les aînés à faible revenu peuvent demander à payer moins dans le cadre du programme de quote-part pour les aînés.',
    ),
    minimum_age: 65,
    channels: [web('https://www.ontario.ca/page/get-coverage-prescription-drugs', SO[1]), healthLine],
  }),
  service({
    slug: 'on-drivers-licence-exchange',
    org: 'serviceontario',
    name: t(
      'Exchange an out-of-province driver’s licence for an Ontario licence',
      'Échanger un permis de conduire d’une autre province ou d’un autre pays contre un permis de l’Ontario',
    ),
    description: t(
      'New residents can drive on a valid licence from another province, state or country for 60 days, then need an Ontario licence. Licences from other provinces and from countries with an exchange agreement are exchanged without a road test.',
      'Les nouveaux résidents peuvent conduire avec un permis valide d’une autre province, d’un État ou d’un pays pendant 60 jours; ils doivent ensuite obtenir un permis de l’Ontario. Les permis des autres provinces et des pays qui ont conclu une entente d’échange sont échangés sans examen sur route.',
    ),
    url: t('https://drivetest.ca/licences/exchanges-foreign-licences/', ON_FR),
    eligibility: t(
      'New Ontario residents with a valid driver’s licence from elsewhere.',
      'Les nouveaux résidents de l’Ontario titulaires d’un permis de conduire valide délivré ailleurs.',
    ),
    process: t(
      'Go to a DriveTest centre with your licence and identity documents; you take a vision test and, depending on where you were licensed, knowledge or road tests.',
      'Rendez-vous dans un centre DriveTest avec votre permis et vos pièces d’identité; vous passez un examen de la vue et, selon l’endroit où votre permis a été délivré, un examen théorique ou sur route.',
    ),
    fees: fees(t('the licence and any tests', 'le permis et les examens, le cas échéant')),
    documents: [
      t('Your valid out-of-province or foreign licence', 'Votre permis valide délivré hors de l’Ontario'),
      t(
        'Proof of legal name, date of birth and signature',
        'Preuve de votre nom légal, de votre date de naissance et de votre signature',
      ),
      t(
        'Letter confirming your driving experience, for some countries',
        'Lettre confirmant votre expérience de conduite, pour certains pays',
      ),
    ],
    channels: [web('https://drivetest.ca/licences/exchanges-foreign-licences/', ON_FR), driverLine],
  }),
  service({
    slug: 'on-estate-certificate',
    org: 'ontario-attorney-general',
    name: t(
      'Apply for probate in Ontario (certificate of appointment of estate trustee)',
      'Demander l’homologation en Ontario (certificat de nomination à titre de fiduciaire de la succession)',
    ),
    alternate_name: t('probate, letters probate', 'homologation, lettres d’homologation'),
    description: t(
      'The Superior Court of Justice confirms who may manage and distribute the estate of a person who lived in Ontario. Estates worth $150,000 or less can use the simpler Small Estate Certificate. Estate administration tax is paid with the application.',
      'La Cour supérieure de justice confirme qui peut gérer et distribuer la succession d’une personne qui vivait en Ontario. Les successions de 150 000 $ ou moins peuvent obtenir un certificat de petite succession, selon une procédure simplifiée. L’impôt sur l’administration des successions se paie avec la demande.',
    ),
    url: t('https://www.ontario.ca/page/probate-small-estate', ON_FR),
    eligibility: t(
      'The estate trustee named in the will or, without a will, usually the spouse or next of kin. Banks and land registries often require the certificate before releasing assets.',
      'Le fiduciaire de la succession nommé dans le testament ou, en l’absence de testament, habituellement le conjoint ou le plus proche parent. Les banques et les bureaux d’enregistrement immobilier exigent souvent le certificat avant de libérer les biens.',
    ),
    process: t(
      'File the application forms, proof of death and the original will with the estates office of the Superior Court of Justice where the person lived, by email with originals sent by mail, or in person.',
      'Déposez les formulaires de demande, la preuve du décès et l’original du testament au bureau des successions de la Cour supérieure de justice du lieu où vivait la personne, par courriel avec envoi des originaux par la poste, ou en personne.',
    ),
    fees: t(
      'Estate administration tax: no tax on the first $50,000 of the estate’s value, then $15 for each $1,000 (or part of $1,000) above it.',
      'Impôt sur l’administration des successions : aucun impôt sur la première tranche de 50 000 $ de la valeur de la succession, puis 15 $ par tranche de 1 000 $ (ou fraction de 1 000 $) au-delà.',
    ),
    documents: [
      t('Proof of death, such as a death certificate', 'Preuve du décès, comme un certificat de décès'),
      t('Original will and any codicils', 'Original du testament et des codicilles, s’il y a lieu'),
      t('List and value of the estate’s assets', 'Liste et valeur des biens de la succession'),
    ],
    channels: [
      web('https://www.ontario.ca/page/probate-small-estate', ON_FR),
      phone('1-800-518-7901', HOURS, {
        description: t(
          'Ministry of the Attorney General general enquiries',
          'Renseignements généraux du ministère du Procureur général',
        ),
      }),
      mail({
        attention: 'Superior Court of Justice, Estates Office',
        address_1: '161 Elgin Street',
        city: 'Ottawa',
        province: 'ON',
        postal_code: 'K2P 2K1',
      }),
    ],
  }),
  service({
    slug: 'on-estate-information-return',
    org: 'ontario-finance',
    name: t(
      'File the Estate Information Return (Ontario)',
      'Produire la déclaration de renseignements sur la succession (Ontario)',
    ),
    description: t(
      'After the court issues the certificate, the estate trustee reports the estate’s assets and their value to the Ministry of Finance, which checks that the right estate administration tax was paid.',
      'Une fois le certificat délivré par le tribunal, le fiduciaire de la succession déclare au ministère des Finances les biens de la succession et leur valeur; le ministère vérifie que le bon montant d’impôt sur l’administration des successions a été payé.',
    ),
    url: t(
      'https://www.ontario.ca/page/estate-administration-tax',
      'https://www.ontario.ca/fr/page/impot-sur-ladministration-des-successions',
    ),
    eligibility: t(
      'Estate trustees who received a certificate of appointment or a Small Estate Certificate in Ontario.',
      'Les fiduciaires de la succession qui ont obtenu un certificat de nomination ou un certificat de petite succession en Ontario.',
    ),
    process: t(
      'File the return online or by mail within 180 days after the certificate is issued, and pay any additional tax first.',
      'Produisez la déclaration en ligne ou par la poste dans les 180 jours suivant la délivrance du certificat, en payant d’abord tout impôt supplémentaire.',
    ),
    fees: t('No fee to file.', 'Aucuns frais de production.'),
    channels: [
      web(
        'https://www.ontario.ca/page/estate-administration-tax',
        'https://www.ontario.ca/fr/page/impot-sur-ladministration-des-successions',
      ),
      financePhone,
    ],
  }),
  service({
    slug: 'on-gains',
    org: 'ontario-finance',
    name: t(
      'Guaranteed Annual Income System for seniors (Ontario)',
      'Régime de revenu annuel garanti pour les personnes âgées (Ontario)',
    ),
    alternate_name: t('GAINS', 'RRAG'),
    description: t(
      'A monthly, non-taxable payment that tops up the income of low-income seniors who receive Old Age Security and the Guaranteed Income Supplement.',
      'Paiement mensuel non imposable qui complète le revenu des personnes âgées à faible revenu qui reçoivent la pension de la Sécurité de la vieillesse et le Supplément de revenu garanti.',
    ),
    url: t('https://www.ontario.ca/page/guaranteed-annual-income-system-payments-seniors', ON_FR),
    eligibility: t(
      'Ontario residents 65 or older who receive OAS and the GIS and whose income is under the limit.',
      'Les résidents de l’Ontario de 65 ans ou plus qui reçoivent la SV et le SRG et dont le revenu est inférieur au plafond.',
    ),
    process: t(
      'No application: the Canada Revenue Agency pays it automatically when you file your income tax return every year.',
      'Aucune demande : l’Agence du revenu du Canada le verse automatiquement lorsque vous produisez votre déclaration de revenus chaque année.',
    ),
    minimum_age: 65,
    fees: t('No fee.', 'Aucuns frais.'),
    channels: [
      web('https://www.ontario.ca/page/guaranteed-annual-income-system-payments-seniors', ON_FR),
      financePhone,
    ],
  }),
  service({
    slug: 'on-employment-standards-claim',
    org: 'ontario-labour',
    name: t(
      'Get help with unpaid wages or termination pay (Ontario employment standards)',
      'Obtenir de l’aide pour un salaire impayé ou une indemnité de licenciement (normes d’emploi de l’Ontario)',
    ),
    description: t(
      'If your employer did not give you written notice or termination pay, severance pay, vacation pay or your last wages, the Ministry can investigate a claim under the Employment Standards Act and order payment.',
      'Si votre employeur ne vous a pas remis de préavis écrit ou d’indemnité de licenciement, d’indemnité de cessation d’emploi, de paie de vacances ou votre dernière paie, le ministère peut enquêter sur une réclamation en vertu de la Loi sur les normes d’emploi et ordonner le paiement.',
    ),
    url: t(
      'https://www.ontario.ca/document/your-guide-employment-standards-act/filing-employment-standards-claim',
      ON_FR,
    ),
    eligibility: t(
      'Most employees of provincially regulated workplaces in Ontario who are not represented by a union. Federally regulated workers (banks, airlines, telecommunications) go to the federal Labour Program.',
      'La plupart des employés des milieux de travail de compétence provinciale en Ontario qui ne sont pas représentés par un syndicat. Les travailleurs de compétence fédérale (banques, transport aérien, télécommunications) s’adressent au Programme du travail fédéral.',
    ),
    process: t(
      'Call the information centre to check your rights, then file a claim online; keep your pay stubs and termination letter.',
      'Appelez le centre d’information pour connaître vos droits, puis déposez une réclamation en ligne; conservez vos talons de paie et votre lettre de licenciement.',
    ),
    fees: t('Free.', 'Gratuit.'),
    documents: [
      t('Pay stubs and records of hours', 'Talons de paie et relevés d’heures'),
      t('Termination letter, if any', 'Lettre de licenciement, s’il y a lieu'),
    ],
    channels: [
      web(
        'https://www.ontario.ca/document/your-guide-employment-standards-act/filing-employment-standards-claim',
        ON_FR,
      ),
      esPhone,
    ],
  }),
  service({
    slug: 'employment-ontario',
    org: 'ontario-labour',
    name: t('Employment Ontario job search and training', 'Emploi Ontario : recherche d’emploi et formation'),
    description: t(
      'Free help to find a job, plan a career or retrain: job search and résumé help, job matching, apprenticeships and the Better Jobs Ontario training program for laid-off workers.',
      'Aide gratuite pour trouver un emploi, planifier sa carrière ou se recycler : aide à la recherche d’emploi et au curriculum vitæ, jumelage avec des employeurs, apprentissage et programme de formation Meilleurs emplois Ontario pour les travailleurs mis à pied.',
    ),
    url: t('https://www.ontario.ca/page/employment-ontario', 'https://www.ontario.ca/fr/page/emploi-ontario'),
    eligibility: t(
      'Anyone in Ontario looking for work or training; some programs are for people who were laid off.',
      'Toute personne en Ontario qui cherche un emploi ou une formation; certains programmes visent les personnes mises à pied.',
    ),
    process: t(
      'Call the Employment Ontario contact centre or visit a local service provider to meet an employment counsellor.',
      'Appelez le centre de contact d’Emploi Ontario ou rendez-vous chez un fournisseur de services local pour rencontrer un conseiller en emploi.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web('https://www.ontario.ca/page/employment-ontario', 'https://www.ontario.ca/fr/page/emploi-ontario'),
      phone('1-800-387-5656', HOURS, {
        description: t('Employment Ontario contact centre', 'Centre de contact d’Emploi Ontario'),
      }),
    ],
  }),
  service({
    slug: 'wsib-employer-registration',
    org: 'wsib',
    name: t(
      'Register your business with the WSIB (Ontario)',
      'Inscrire votre entreprise à la CSPAAT (Ontario)',
    ),
    description: t(
      'Most Ontario businesses with employees must have workplace insurance with the Workplace Safety and Insurance Board. Registration gives you an account number, premium rate and the safety poster to display.',
      'La plupart des entreprises ontariennes qui ont des employés doivent être assurées auprès de la Commission de la sécurité professionnelle et de l’assurance contre les accidents du travail. L’inscription vous donne un numéro de compte, un taux de prime et l’affiche sur la sécurité à afficher.',
    ),
    url: t(
      'https://www.wsib.ca/en/businesses/registration-and-coverage/do-you-need-register-us',
      'https://www.wsib.ca/fr',
    ),
    eligibility: t(
      'Employers in most industries, including those who hire family members; some industries, such as banks and private day cares, may choose optional coverage.',
      'Les employeurs de la plupart des secteurs, y compris ceux qui embauchent des membres de leur famille; certains secteurs, comme les banques et les garderies privées, peuvent choisir une protection facultative.',
    ),
    process: t(
      'Register online within 10 calendar days of hiring your first employee; construction businesses have their own rules.',
      'Inscrivez-vous en ligne dans les 10 jours civils suivant l’embauche de votre premier employé; les entreprises de construction ont des règles particulières.',
    ),
    fees: t(
      'Premiums depend on your industry and payroll.',
      'Les primes dépendent de votre secteur d’activité et de votre masse salariale.',
    ),
    documents: [
      t('Business Number from the CRA', 'Numéro d’entreprise de l’ARC'),
      t(
        'Date of hire of your first employee and estimated payroll',
        'Date d’embauche du premier employé et masse salariale estimée',
      ),
    ],
    channels: [
      web(
        'https://www.wsib.ca/en/businesses/registration-and-coverage/do-you-need-register-us',
        'https://www.wsib.ca/fr',
      ),
      phone('1-800-387-0750', HOURS, {
        description: t('WSIB general enquiries', 'CSPAAT, renseignements généraux'),
      }),
    ],
  }),
];
