/**
 * The demo partners. Names, websites and main phone numbers are the organisations' real ones.
 * Brand colours: the Government of Canada pair is the Canada.ca design system's; the others are
 * approximations of each partner's public colours, for co-branding demonstrations only.
 */
import type { OrganizationInput } from '../../domains/catalog/index.js';
import { stableId } from '../../platform/ids/index.js';
import { ASSURED, jurisdictionId, orgId, t, type Text } from './helpers.js';

interface OrgSpec {
  slug: string;
  jurisdiction: string;
  name: Text;
  alternate_name?: Text;
  description: Text;
  website: Text;
  colour: string;
  accent: string;
  parent?: string;
  phone?: { number: string; description: Text };
}

function organization(spec: OrgSpec): OrganizationInput {
  const id = orgId(spec.slug);
  return {
    id,
    jurisdiction_id: jurisdictionId(spec.jurisdiction),
    name: spec.name,
    alternate_name: spec.alternate_name ?? null,
    description: spec.description,
    website: spec.website,
    brand_colour: spec.colour,
    brand_accent_colour: spec.accent,
    parent_organization_id: spec.parent ? orgId(spec.parent) : null,
    is_partner: true,
    assured_date: ASSURED,
    phones: spec.phone
      ? [
          {
            id: stableId(`demo:organization:${spec.slug}:phone`),
            number: spec.phone.number,
            description: spec.phone.description,
          },
        ]
      : [],
  };
}

const GC = { colour: '#26374A', accent: '#AF3C43' };
const ON = { colour: '#1A1A1A', accent: '#0066CC' };
const NS = { colour: '#002D5B', accent: '#F2A900' };

export const organizations: OrganizationInput[] = [
  // Federal
  organization({
    slug: 'esdc',
    jurisdiction: 'ca',
    name: t('Employment and Social Development Canada', 'Emploi et Développement social Canada'),
    alternate_name: t('ESDC', 'EDSC'),
    description: t(
      'The federal department responsible for programs such as Employment Insurance, the Canada Pension Plan, Old Age Security and the Canada Education Savings Program.',
      'Ministère fédéral responsable notamment de l’assurance-emploi, du Régime de pensions du Canada, de la Sécurité de la vieillesse et du Programme canadien pour l’épargne-études.',
    ),
    website: t(
      'https://www.canada.ca/en/employment-social-development.html',
      'https://www.canada.ca/fr/emploi-developpement-social.html',
    ),
    ...GC,
  }),
  organization({
    slug: 'service-canada',
    jurisdiction: 'ca',
    parent: 'esdc',
    name: t('Service Canada', 'Service Canada'),
    description: t(
      'Delivers Government of Canada benefits and services online, by phone and in person at Service Canada Centres, including Employment Insurance, pensions, Social Insurance Numbers and passports.',
      'Offre les prestations et services du gouvernement du Canada en ligne, par téléphone et en personne dans les Centres Service Canada, notamment l’assurance-emploi, les pensions, le numéro d’assurance sociale et les passeports.',
    ),
    website: t(
      'https://www.canada.ca/en/services/benefits.html',
      'https://www.canada.ca/fr/services/prestations.html',
    ),
    phone: {
      number: '1-800-622-6232',
      description: t('1 800 O-Canada: general information', '1 800 O-Canada : renseignements généraux'),
    },
    ...GC,
  }),
  organization({
    slug: 'cra',
    jurisdiction: 'ca',
    name: t('Canada Revenue Agency', 'Agence du revenu du Canada'),
    alternate_name: t('CRA', 'ARC'),
    description: t(
      'Administers federal taxes and benefits, and many provincial ones: income tax, GST/HST, payroll deductions, the Canada child benefit and the disability tax credit.',
      'Administre les impôts et prestations fédéraux ainsi que plusieurs programmes provinciaux : impôt sur le revenu, TPS/TVH, retenues sur la paie, allocation canadienne pour enfants et crédit d’impôt pour personnes handicapées.',
    ),
    website: t('https://www.canada.ca/en/revenue-agency.html', 'https://www.canada.ca/fr/agence-revenu.html'),
    phone: {
      number: '1-800-959-8281',
      description: t('Individual enquiries', 'Demandes de renseignements des particuliers'),
    },
    ...GC,
  }),
  organization({
    slug: 'ircc',
    jurisdiction: 'ca',
    name: t('Immigration, Refugees and Citizenship Canada', 'Immigration, Réfugiés et Citoyenneté Canada'),
    alternate_name: t('IRCC', 'IRCC'),
    description: t(
      'Responsible for immigration, refugee protection, citizenship and the Passport Program. Funds settlement services delivered by community organizations.',
      'Responsable de l’immigration, de la protection des réfugiés, de la citoyenneté et du Programme de passeport. Finance les services d’établissement offerts par des organismes communautaires.',
    ),
    website: t(
      'https://www.canada.ca/en/immigration-refugees-citizenship.html',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete.html',
    ),
    ...GC,
  }),
  organization({
    slug: 'ised',
    jurisdiction: 'ca',
    name: t(
      'Innovation, Science and Economic Development Canada',
      'Innovation, Sciences et Développement économique Canada',
    ),
    alternate_name: t('ISED', 'ISDE'),
    description: t(
      'The federal department that supports business, science and innovation, including federal incorporation through Corporations Canada.',
      'Ministère fédéral qui soutient les entreprises, les sciences et l’innovation, y compris la constitution en société fédérale par l’entremise de Corporations Canada.',
    ),
    website: t('https://ised-isde.canada.ca/site/ised/en', 'https://ised-isde.canada.ca/site/isde/fr'),
    ...GC,
  }),
  organization({
    slug: 'corporations-canada',
    jurisdiction: 'ca',
    parent: 'ised',
    name: t('Corporations Canada', 'Corporations Canada'),
    description: t(
      'Incorporates and regulates federal business corporations and not-for-profit corporations.',
      'Constitue et réglemente les sociétés par actions et les organisations à but non lucratif de régime fédéral.',
    ),
    website: t(
      'https://ised-isde.canada.ca/site/corporations-canada/en',
      'https://ised-isde.canada.ca/site/corporations-canada/fr',
    ),
    phone: {
      number: '1-866-333-5556',
      description: t('Corporations Canada client services', 'Services à la clientèle de Corporations Canada'),
    },
    ...GC,
  }),
  organization({
    slug: 'vac',
    jurisdiction: 'ca',
    name: t('Veterans Affairs Canada', 'Anciens Combattants Canada'),
    alternate_name: t('VAC', 'ACC'),
    description: t(
      'Provides benefits and services to Veterans, members of the Canadian Armed Forces and RCMP, and their families.',
      'Offre des prestations et des services aux vétérans, aux membres des Forces armées canadiennes et de la GRC, ainsi qu’à leur famille.',
    ),
    website: t('https://www.veterans.gc.ca/en', 'https://www.veterans.gc.ca/fr'),
    phone: {
      number: '1-866-522-2122',
      description: t(
        'Veterans Affairs Canada (English)',
        'Anciens Combattants Canada (en anglais; en français : 1-866-522-2022)',
      ),
    },
    ...GC,
  }),
  organization({
    slug: 'isc',
    jurisdiction: 'ca',
    name: t('Indigenous Services Canada', 'Services aux Autochtones Canada'),
    alternate_name: t('ISC', 'SAC'),
    description: t(
      'Works with First Nations, Inuit and Métis partners to improve access to services, including Jordan’s Principle, the Inuit Child First Initiative and registration under the Indian Act.',
      'Travaille avec les partenaires des Premières Nations, inuits et métis pour améliorer l’accès aux services, notamment le principe de Jordan, l’Initiative : les enfants inuits d’abord et l’inscription au registre des Indiens.',
    ),
    website: t(
      'https://www.canada.ca/en/indigenous-services-canada.html',
      'https://www.canada.ca/fr/services-autochtones-canada.html',
    ),
    ...GC,
  }),

  organization({
    slug: 'canada-post',
    jurisdiction: 'ca',
    name: t('Canada Post', 'Postes Canada'),
    alternate_name: t('Canada Post Corporation', 'Société canadienne des postes'),
    description: t(
      'The federal Crown corporation that delivers mail and parcels across Canada, with post offices in most communities. Its Mail Forwarding service follows people and estates to a new address.',
      'Société d’État fédérale qui livre le courrier et les colis partout au Canada et exploite des bureaux de poste dans la plupart des collectivités. Son service de réacheminement du courrier suit les personnes et les successions à leur nouvelle adresse.',
    ),
    website: t(
      'https://www.canadapost-postescanada.ca/cpc/en/personal.page',
      'https://www.canadapost-postescanada.ca/scp/fr/personnel.page',
    ),
    phone: {
      number: '1-866-607-6301',
      description: t('Canada Post customer service', 'Service à la clientèle de Postes Canada'),
    },
    colour: '#DA291C',
    accent: '#333333',
  }),

  // Ontario
  organization({
    slug: 'serviceontario',
    jurisdiction: 'ca-on',
    name: t('ServiceOntario', 'ServiceOntario'),
    description: t(
      'Ontario’s front door for government services: health cards, driver’s licences, vehicle permits, birth, marriage and death certificates, and business registration.',
      'La porte d’entrée des services du gouvernement de l’Ontario : cartes Santé, permis de conduire, immatriculation des véhicules, certificats de naissance, de mariage et de décès, et enregistrement des entreprises.',
    ),
    website: t('https://www.ontario.ca/page/serviceontario', 'https://www.ontario.ca/fr/page/serviceontario'),
    phone: {
      number: '1-800-267-8097',
      description: t('ServiceOntario contact centre', 'Centre d’appels de ServiceOntario'),
    },
    ...ON,
  }),
  organization({
    slug: 'ontario-health',
    jurisdiction: 'ca-on',
    name: t('Ministry of Health (Ontario)', 'Ministère de la Santé (Ontario)'),
    description: t(
      'Runs the Ontario Health Insurance Plan (OHIP), the Ontario Drug Benefit program and the Ontario Seniors Dental Care Program.',
      'Gère l’Assurance-santé de l’Ontario (Assurance-santé), le Programme de médicaments de l’Ontario et le Programme ontarien de soins dentaires pour les aînés.',
    ),
    website: t('https://www.ontario.ca/', 'https://www.ontario.ca/fr'),
    ...ON,
  }),
  organization({
    slug: 'ontario-mccss',
    jurisdiction: 'ca-on',
    name: t(
      'Ministry of Children, Community and Social Services (Ontario)',
      'Ministère des Services à l’enfance et des Services sociaux et communautaires (Ontario)',
    ),
    description: t(
      'Responsible for social assistance in Ontario, including the Ontario Disability Support Program; Ontario Works is delivered by municipalities such as the City of Ottawa.',
      'Responsable de l’aide sociale en Ontario, dont le Programme ontarien de soutien aux personnes handicapées; le programme Ontario au travail est offert par les municipalités, comme la Ville d’Ottawa.',
    ),
    website: t('https://www.ontario.ca/', 'https://www.ontario.ca/fr'),
    ...ON,
  }),

  organization({
    slug: 'ontario-labour',
    jurisdiction: 'ca-on',
    name: t(
      'Ministry of Labour, Immigration, Training and Skills Development (Ontario)',
      'Ministère du Travail, de l’Immigration, de la Formation et du Développement des compétences (Ontario)',
    ),
    description: t(
      'Enforces employment standards such as termination and severance pay, and funds Employment Ontario job search and training services.',
      'Fait respecter les normes d’emploi, comme l’indemnité de licenciement et l’indemnité de cessation d’emploi, et finance les services de recherche d’emploi et de formation d’Emploi Ontario.',
    ),
    website: t('https://www.ontario.ca/', 'https://www.ontario.ca/fr'),
    phone: {
      number: '1-800-531-5551',
      description: t(
        'Employment Standards Information Centre',
        'Centre d’information sur les normes d’emploi',
      ),
    },
    ...ON,
  }),
  organization({
    slug: 'ontario-attorney-general',
    jurisdiction: 'ca-on',
    name: t('Ministry of the Attorney General (Ontario)', 'Ministère du Procureur général (Ontario)'),
    description: t(
      'Runs Ontario’s court offices, including the estates offices of the Superior Court of Justice that issue certificates of appointment of estate trustee (probate).',
      'Administre les greffes des tribunaux de l’Ontario, dont les bureaux des successions de la Cour supérieure de justice, qui délivrent les certificats de nomination à titre de fiduciaire de la succession (homologation).',
    ),
    website: t('https://www.ontario.ca/', 'https://www.ontario.ca/fr'),
    phone: {
      number: '1-800-518-7901',
      description: t('General enquiries', 'Renseignements généraux'),
    },
    ...ON,
  }),
  organization({
    slug: 'ontario-finance',
    jurisdiction: 'ca-on',
    name: t('Ministry of Finance (Ontario)', 'Ministère des Finances (Ontario)'),
    description: t(
      'Administers Ontario taxes and credits, including the estate administration tax and the Guaranteed Annual Income System (GAINS) for seniors.',
      'Administre les impôts et les crédits de l’Ontario, dont l’impôt sur l’administration des successions et le Régime de revenu annuel garanti (RRAG) pour les personnes âgées.',
    ),
    website: t('https://www.ontario.ca/', 'https://www.ontario.ca/fr'),
    phone: {
      number: '1-866-668-8297',
      description: t('Ministry of Finance (1-866-ONT-TAXS)', 'Ministère des Finances (1-866-ONT-TAXS)'),
    },
    ...ON,
  }),
  organization({
    slug: 'wsib',
    jurisdiction: 'ca-on',
    name: t(
      'Workplace Safety and Insurance Board (Ontario)',
      'Commission de la sécurité professionnelle et de l’assurance contre les accidents du travail (Ontario)',
    ),
    alternate_name: t('WSIB', 'CSPAAT'),
    description: t(
      'Ontario’s workplace insurance board: most employers register within 10 days of hiring their first worker and pay premiums; injured workers receive benefits and return-to-work help.',
      'La commission d’assurance contre les accidents du travail de l’Ontario : la plupart des employeurs s’y inscrivent dans les 10 jours suivant l’embauche de leur premier travailleur et versent des primes; les travailleurs blessés reçoivent des prestations et de l’aide au retour au travail.',
    ),
    website: t('https://www.wsib.ca/en', 'https://www.wsib.ca/fr'),
    phone: {
      number: '1-800-387-0750',
      description: t('WSIB general enquiries', 'CSPAAT, renseignements généraux'),
    },
    colour: '#00395D',
    accent: '#F7A800',
  }),

  // Nova Scotia
  organization({
    slug: 'nova-scotia',
    jurisdiction: 'ca-ns',
    name: t('Province of Nova Scotia', 'Province de la Nouvelle-Écosse'),
    description: t(
      'Nova Scotia government departments that deliver income assistance, child care, seniors’ and employment programs.',
      'Ministères du gouvernement de la Nouvelle-Écosse qui offrent l’aide au revenu, les services de garde d’enfants et les programmes pour les aînés et pour l’emploi.',
    ),
    website: t('https://novascotia.ca/', 'https://novascotia.ca/'),
    phone: {
      number: '1-800-670-4357',
      description: t(
        'Government of Nova Scotia public enquiries (902-424-5200 in the Halifax area)',
        'Renseignements généraux du gouvernement de la Nouvelle-Écosse (902-424-5200 dans la région d’Halifax)',
      ),
    },
    ...NS,
  }),
  organization({
    slug: 'service-nova-scotia',
    jurisdiction: 'ca-ns',
    parent: 'nova-scotia',
    name: t('Service Nova Scotia', 'Service Nouvelle-Écosse'),
    description: t(
      'Delivers provincial services at Access Nova Scotia centres and online: driver’s licences and vehicle registration, Vital Statistics (birth, marriage and death records) and the Registry of Joint Stock Companies.',
      'Offre des services provinciaux dans les centres Accès Nouvelle-Écosse et en ligne : permis de conduire et immatriculation des véhicules, statistiques de l’état civil (naissances, mariages et décès) et registre des sociétés (Registry of Joint Stock Companies).',
    ),
    website: t('https://novascotia.ca/sns/', 'https://novascotia.ca/sns/'),
    phone: {
      number: '1-800-670-4357',
      description: t(
        'Government of Nova Scotia public enquiries',
        'Renseignements généraux du gouvernement de la Nouvelle-Écosse',
      ),
    },
    ...NS,
  }),
  organization({
    slug: 'nova-scotia-health-wellness',
    jurisdiction: 'ca-ns',
    parent: 'nova-scotia',
    name: t(
      'Department of Health and Wellness (Nova Scotia)',
      'Ministère de la Santé et du Mieux-être (Nouvelle-Écosse)',
    ),
    description: t(
      'Responsible for Medical Services Insurance (MSI), Nova Scotia’s health insurance plan, and Pharmacare programs.',
      'Responsable du régime d’assurance-maladie de la Nouvelle-Écosse (Medical Services Insurance, MSI) et des programmes d’assurance-médicaments.',
    ),
    website: t('https://novascotia.ca/dhw/', 'https://novascotia.ca/dhw/'),
    ...NS,
  }),

  organization({
    slug: 'rjsc',
    jurisdiction: 'ca-ns',
    parent: 'service-nova-scotia',
    name: t(
      'Registry of Joint Stock Companies (Nova Scotia)',
      'Registre des sociétés par actions (Nouvelle-Écosse)',
    ),
    alternate_name: t('RJSC', 'RJSC'),
    description: t(
      'Registers Nova Scotia companies, business names, partnerships and societies, and extra-provincial corporations doing business in the province. A new registration comes with a CRA Business Number.',
      'Enregistre les sociétés de la Nouvelle-Écosse, les noms commerciaux, les sociétés de personnes, les associations et les sociétés extraprovinciales qui exercent des activités dans la province. Toute nouvelle inscription s’accompagne d’un numéro d’entreprise de l’ARC.',
    ),
    website: t('https://novascotia.ca/sns/rjsc/', 'https://novascotia.ca/sns/rjsc/'),
    phone: {
      number: '1-800-225-8227',
      description: t(
        'Registry of Joint Stock Companies (902-424-7770 in the Halifax area)',
        'Registre des sociétés par actions (902-424-7770 dans la région d’Halifax)',
      ),
    },
    ...NS,
  }),
  organization({
    slug: 'wcb-nova-scotia',
    jurisdiction: 'ca-ns',
    name: t(
      'Workers’ Compensation Board of Nova Scotia',
      'Commission des accidents du travail de la Nouvelle-Écosse',
    ),
    alternate_name: t('WCB Nova Scotia', 'WCB de la Nouvelle-Écosse'),
    description: t(
      'Provides workplace injury insurance to Nova Scotia employers and benefits to injured workers. It takes part in the Nova Scotia Business Registry, so employers can open their WCB account when they register their business.',
      'Offre l’assurance contre les accidents du travail aux employeurs de la Nouvelle-Écosse et des prestations aux travailleurs blessés. Elle participe au Nova Scotia Business Registry : les employeurs peuvent ouvrir leur compte auprès d’elle en enregistrant leur entreprise.',
    ),
    website: t('https://www.wcb.ns.ca/', 'https://www.wcb.ns.ca/'),
    phone: {
      number: '1-800-870-3331',
      description: t(
        'General information (902-491-8999 in the Halifax area)',
        'Renseignements généraux (902-491-8999 dans la région d’Halifax)',
      ),
    },
    colour: '#00594F',
    accent: '#F2A900',
  }),
  organization({
    slug: 'ns-justice',
    jurisdiction: 'ca-ns',
    parent: 'nova-scotia',
    name: t('Department of Justice (Nova Scotia)', 'Ministère de la Justice (Nouvelle-Écosse)'),
    description: t(
      'Supports the courts of Nova Scotia, including the Probate Court registries that issue grants of probate and administration for estates.',
      'Soutient les tribunaux de la Nouvelle-Écosse, dont les greffes de la Cour des successions, qui délivrent les lettres d’homologation et d’administration des successions.',
    ),
    website: t('https://novascotia.ca/just/', 'https://novascotia.ca/just/'),
    ...NS,
  }),

  // Municipal
  organization({
    slug: 'ottawa',
    jurisdiction: 'ca-on-ottawa',
    name: t('City of Ottawa', 'Ville d’Ottawa'),
    description: t(
      'Canada’s capital city. Services are offered in English and French through 3-1-1, ottawa.ca and client service centres.',
      'La capitale du Canada. Les services sont offerts en français et en anglais par le 3-1-1, ottawa.ca et les centres du service à la clientèle.',
    ),
    website: t('https://ottawa.ca/en', 'https://ottawa.ca/fr'),
    phone: {
      number: '613-580-2400',
      description: t('City of Ottawa 3-1-1 (TTY 613-580-2401)', 'Ville d’Ottawa, 3-1-1 (ATS 613-580-2401)'),
    },
    colour: '#00467F',
    accent: '#D0202E',
  }),
  organization({
    slug: 'halifax',
    jurisdiction: 'ca-ns-halifax',
    name: t('Halifax Regional Municipality', 'Municipalité régionale d’Halifax'),
    alternate_name: t('Halifax', 'Halifax'),
    description: t(
      'The municipal government for the Halifax region. Residents reach it through 311, halifax.ca and customer service centres.',
      'Administration municipale de la région d’Halifax. On la joint par le 311, halifax.ca et les centres du service à la clientèle.',
    ),
    website: t('https://www.halifax.ca/', 'https://www.halifax.ca/'),
    phone: {
      number: '902-490-4000',
      description: t(
        'Halifax 311 from outside the region or a mobile network that does not reach 311',
        'Halifax 311 depuis l’extérieur de la région ou d’un réseau qui ne donne pas accès au 311',
      ),
    },
    colour: '#0B3C5D',
    accent: '#E3B23C',
  }),
  organization({
    slug: 'halifax-public-libraries',
    jurisdiction: 'ca-ns-halifax',
    parent: 'halifax',
    name: t('Halifax Public Libraries', 'Bibliothèques publiques d’Halifax'),
    description: t(
      'The public library system of the Halifax region, including Halifax Central Library on Spring Garden Road.',
      'Réseau de bibliothèques publiques de la région d’Halifax, dont la bibliothèque centrale d’Halifax, sur le chemin Spring Garden.',
    ),
    website: t('https://www.halifaxpubliclibraries.ca/', 'https://www.halifaxpubliclibraries.ca/'),
    colour: '#00385F',
    accent: '#8DC63F',
  }),

  // Community and Indigenous
  organization({
    slug: 'odawa',
    jurisdiction: 'ca-on-ottawa-indigenous',
    name: t('Odawa Native Friendship Centre', 'Centre d’amitié autochtone Odawa'),
    description: t(
      'A non-profit Friendship Centre serving First Nations, Inuit and Métis people in the Ottawa region since 1975, with cultural, family, youth, employment and community programs. Everyone is welcome.',
      'Centre d’amitié sans but lucratif qui sert les Premières Nations, les Inuits et les Métis de la région d’Ottawa depuis 1975 : programmes culturels, familiaux, jeunesse, d’emploi et communautaires. Tout le monde est bienvenu.',
    ),
    website: t('https://odawa.ca/', 'https://odawa.ca/'),
    phone: { number: '613-722-3811', description: t('Main line', 'Ligne principale') },
    colour: '#7A1F1F',
    accent: '#F2C14E',
  }),
  organization({
    slug: 'wabano',
    jurisdiction: 'ca-on-ottawa-indigenous',
    name: t('Wabano Centre for Aboriginal Health', 'Centre Wabano pour la santé des Autochtones'),
    description: t(
      'An Indigenous health and wellness centre in Ottawa offering primary health care, mental health, family and cultural programs for First Nations, Inuit and Métis people.',
      'Centre autochtone de santé et de mieux-être à Ottawa qui offre des soins de santé primaires et des programmes de santé mentale, familiaux et culturels aux Premières Nations, aux Inuits et aux Métis.',
    ),
    website: t('https://wabano.com/', 'https://wabano.com/'),
    phone: { number: '613-748-0657', description: t('Main line', 'Ligne principale') },
    colour: '#1B5E7A',
    accent: '#E07A1F',
  }),
  organization({
    slug: 'ociso',
    jurisdiction: 'ca-on-ottawa-ngo',
    name: t(
      'Ottawa Community Immigrant Services Organization',
      'Organisation des services communautaires aux immigrants d’Ottawa',
    ),
    alternate_name: t('OCISO', 'OCISO'),
    description: t(
      'A non-profit settlement agency that has helped immigrants and refugees settle in Ottawa since the 1970s: settlement counselling, employment, language and community programs.',
      'Organisme d’établissement sans but lucratif qui aide les immigrants et les réfugiés à s’établir à Ottawa depuis les années 1970 : counseling en établissement, emploi, langues et programmes communautaires.',
    ),
    website: t('https://ociso.org/', 'https://ociso.org/'),
    phone: { number: '613-725-0202', description: t('Main line', 'Ligne principale') },
    colour: '#E35205',
    accent: '#00778B',
  }),
  organization({
    slug: 'mikmaw-friendship-centre',
    jurisdiction: 'ca-ns-halifax-indigenous',
    name: t('Mi’kmaw Native Friendship Centre', 'Centre d’amitié autochtone mi’kmaw'),
    description: t(
      'Serving the urban Indigenous community in Halifax since 1973 with programs in early childhood, training and employment, housing, justice, health, culture and language.',
      'Au service de la communauté autochtone urbaine d’Halifax depuis 1973 : petite enfance, formation et emploi, logement, justice, santé, culture et langue.',
    ),
    website: t('https://www.mymnfc.com/', 'https://www.mymnfc.com/'),
    phone: { number: '902-420-1576', description: t('Main line', 'Ligne principale') },
    colour: '#1D4E89',
    accent: '#D62828',
  }),
  organization({
    slug: 'isans',
    jurisdiction: 'ca-ns-halifax-ngo',
    name: t(
      'Immigrant Services Association of Nova Scotia',
      'Association des services aux immigrants de la Nouvelle-Écosse',
    ),
    alternate_name: t('ISANS', 'ISANS'),
    description: t(
      'The largest immigrant-serving organization in Atlantic Canada: settlement, language training and assessment, employment services and community connections.',
      'Le plus grand organisme au service des immigrants au Canada atlantique : établissement, formation et évaluation linguistiques, services d’emploi et liens avec la communauté.',
    ),
    website: t('https://isans.ca/', 'https://isans.ca/'),
    phone: { number: '902-423-3607', description: t('Main line', 'Ligne principale') },
    colour: '#00857C',
    accent: '#F4A81D',
  }),
  organization({
    slug: 'dalhousie-legal-aid',
    jurisdiction: 'ca-ns-halifax-ngo',
    name: t('Dalhousie Legal Aid Service', 'Service d’aide juridique de Dalhousie'),
    description: t(
      'A community legal clinic run with the Schulich School of Law at Dalhousie University, giving free legal help to people with low incomes in the Halifax area.',
      'Clinique juridique communautaire exploitée avec la Schulich School of Law de l’Université Dalhousie, qui offre une aide juridique gratuite aux personnes à faible revenu de la région d’Halifax.',
    ),
    website: t('https://www.dal.ca/faculty/law/dlas.html', 'https://www.dal.ca/faculty/law/dlas.html'),
    phone: { number: '902-423-8105', description: t('Main line', 'Ligne principale') },
    colour: '#242424',
    accent: '#FFD400',
  }),
];
