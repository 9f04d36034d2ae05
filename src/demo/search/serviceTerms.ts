/**
 * The words people actually use for the demo services, kept as data beside the catalog: acronyms,
 * nicknames, older program names and everyday phrases, in each official language. Search reads them
 * as terms of the service (see src/domains/search/README.md); spelling mistakes are left to the
 * search's own typo handling. Regional names are used only where they apply: "carte soleil" is
 * Québec's health card, so it is not a term for OHIP or MSI.
 */
import { serviceId } from '../catalog/helpers.js';

export interface DemoServiceTerms {
  service_id: string;
  en: string[];
  fr: string[];
}

const terms = (slug: string, en: string[], fr: string[]): DemoServiceTerms => ({
  service_id: serviceId(slug),
  en: en.map((term) => term.replace(/'/g, '’')),
  fr: fr.map((term) => term.replace(/'/g, '’')),
});

export const demoServiceTerms: DemoServiceTerms[] = [
  // --- Employment Insurance and work ------------------------------------------------------------
  terms(
    'ei-regular-benefits',
    [
      'EI',
      'pogey',
      'UI',
      'unemployment',
      'unemployment insurance',
      'unemployment benefits',
      'EI claim',
      'laid off',
    ],
    ['AE', 'chômage', 'assurance-chômage', 'prestations de chômage', 'demande de chômage', 'mise à pied'],
  ),
  terms(
    'ei-maternity-parental-benefits',
    [
      'mat leave',
      'maternity leave',
      'parental leave',
      'paternity leave',
      'baby leave',
      'EI maternity',
      'pat leave',
    ],
    [
      'congé de maternité',
      'congé parental',
      'congé de paternité',
      'AE maternité',
      'prestations de maternité',
    ],
  ),
  terms(
    'ei-sickness-benefits',
    ['sick leave', 'sick benefits', 'EI sick', 'medical EI', 'off work sick'],
    ['congé de maladie', 'congé maladie', 'AE maladie', 'arrêt de travail', 'prestations de maladie'],
  ),
  terms(
    'ei-caregiving-benefits',
    [
      'compassionate care',
      'compassionate leave',
      'caregiver benefits',
      'family caregiver',
      'palliative leave',
    ],
    ['prestations de compassion', 'congé de compassion', 'proche aidant', 'congé pour proche aidant'],
  ),
  terms(
    'record-of-employment',
    ['ROE', 'record of employment', 'separation papers', 'ROE Web'],
    ['RE', "relevé d'emploi", 'RE Web', "relevé de cessation d'emploi"],
  ),
  terms(
    'job-bank',
    ['job search', 'job board', 'jobs', 'find a job', 'job postings', 'job alerts'],
    ["offres d'emploi", 'chercher un emploi', 'trouver un emploi', 'emplois', 'alertes-emploi'],
  ),
  terms(
    'employment-ontario',
    ['EO', 'job centre', 'employment services', 'Better Jobs Ontario', 'Second Career', 'retraining'],
    [
      'Emploi Ontario',
      "centre d'emploi",
      "services d'emploi",
      'Meilleurs emplois Ontario',
      'Deuxième carrière',
      'recyclage',
    ],
  ),
  terms(
    'ns-works-employment-services',
    ['NS Works', 'job centre', 'employment counsellor', 'career services'],
    ["centre d'emploi", 'conseiller en emploi', "services d'emploi", 'orientation professionnelle'],
  ),
  terms(
    'on-employment-standards-claim',
    ['termination pay', 'severance pay', 'unpaid wages', 'labour board', 'ESA claim', 'wrongful dismissal'],
    [
      'indemnité de licenciement',
      "indemnité de cessation d'emploi",
      'salaire impayé',
      'normes du travail',
      'congédiement injuste',
    ],
  ),
  terms(
    'ns-labour-standards-complaint',
    ['labour standards', 'pay in lieu of notice', 'unpaid wages', 'labour board', 'vacation pay'],
    ['normes du travail', 'indemnité de préavis', 'salaire impayé', 'paie de vacances'],
  ),

  // --- Pensions and seniors ---------------------------------------------------------------------
  terms(
    'old-age-security',
    ['OAS', 'old age pension', 'old age security', 'government pension', 'OAS cheque', 'pension at 65'],
    ['SV', 'pension de vieillesse', 'sécurité de la vieillesse', 'chèque de vieillesse', 'pension à 65 ans'],
  ),
  terms(
    'guaranteed-income-supplement',
    ['GIS', 'income supplement', 'OAS supplement', 'low income seniors supplement'],
    ['SRG', 'supplément de revenu garanti', 'supplément de la SV', 'supplément pour aînés à faible revenu'],
  ),
  terms(
    'oas-allowance',
    ["spouse's allowance", 'spousal allowance', 'allowance at 60'],
    ['allocation au conjoint', 'allocation de conjoint', 'allocation à 60 ans'],
  ),
  terms(
    'oas-allowance-survivor',
    ["widow's allowance", "widower's allowance", 'survivor allowance'],
    ['allocation de veuve', 'allocation de veuf', 'allocation au survivant'],
  ),
  terms(
    'cpp-retirement-pension',
    ['CPP', 'Canada Pension', 'CPP pension', 'retirement pension', 'early CPP', 'CPP at 60'],
    ['RPC', 'pension du Canada', 'rente de retraite', 'pension de retraite', 'RPC à 60 ans'],
  ),
  terms(
    'cpp-disability-benefit',
    ['CPP disability', 'CPP-D', 'disability pension', 'CPPD'],
    ['invalidité du RPC', "rente d'invalidité", "pension d'invalidité"],
  ),
  terms(
    'cpp-survivors-pension',
    ["widow's pension", "widower's pension", 'survivor pension', "spouse's pension"],
    ['pension de veuve', 'pension de veuf', 'rente de conjoint survivant', 'pension de conjoint survivant'],
  ),
  terms(
    'cpp-death-benefit',
    ['death benefit', 'funeral benefit', 'CPP death', 'burial benefit'],
    ['prestation de décès', 'prestation funéraire', 'RPC décès', 'aide pour les funérailles'],
  ),
  terms(
    'on-gains',
    ['GAINS', 'Ontario seniors top-up', 'Ontario pension supplement'],
    ['RRAG', "supplément de l'Ontario pour aînés", 'revenu annuel garanti'],
  ),
  terms(
    'on-drug-benefit',
    ['ODB', 'drug plan', 'seniors drug plan', 'prescription coverage', 'pharmacare'],
    ['PMO', 'régime de médicaments', 'assurance-médicaments', 'médicaments pour aînés'],
  ),
  terms(
    'ns-seniors-pharmacare',
    ['pharmacare', 'seniors pharmacare', 'drug plan', 'prescription coverage'],
    ['assurance-médicaments', 'pharmacare', 'régime de médicaments', 'médicaments pour aînés'],
  ),
  terms(
    'ottawa-transit-seniors',
    ['senior bus pass', 'seniors fare', 'Presto senior', 'OC Transpo seniors'],
    ['laissez-passer aîné', 'tarif aîné', 'Presto aîné', 'autobus pour aînés'],
  ),

  // --- Identity, accounts and family ------------------------------------------------------------
  terms(
    'social-insurance-number',
    ['SIN', 'social insurance card', 'SIN card', 'SIN number', 'social security number'],
    ['NAS', "carte d'assurance sociale", 'carte NAS', "numéro d'assurance sociale"],
  ),
  terms(
    'my-service-canada-account',
    ['MSCA', 'Service Canada login', 'Service Canada account', 'EI account'],
    ['MDSC', 'dossier Service Canada', 'compte Service Canada', 'compte AE'],
  ),
  terms(
    'canada-dental-care-plan',
    ['CDCP', 'dental plan', 'federal dental', 'free dental', 'dental benefit'],
    ['RCSD', 'régime dentaire', 'régime dentaire fédéral', 'soins dentaires gratuits', 'dentiste'],
  ),
  terms(
    'canada-learning-bond',
    ['CLB', 'learning bond', 'free RESP money', 'education bond'],
    ['BEC', "bon d'études", 'argent gratuit REEE', 'bon pour les études'],
  ),
  terms(
    'canada-education-savings-grant',
    ['CESG', 'RESP grant', 'RESP', 'education savings'],
    ['SCEE', 'subvention REEE', 'REEE', 'épargne-études'],
  ),
  terms(
    'canada-child-benefit',
    [
      'baby bonus',
      'CCB',
      'child tax benefit',
      'family allowance',
      'CCTB',
      'child benefit cheque',
      'monthly child payment',
    ],
    [
      'allocations familiales',
      'ACE',
      'allocation pour enfants',
      'prestation fiscale pour enfants',
      'PFCE',
      "chèque d'allocations",
    ],
  ),
  terms(
    'direct-deposit',
    ['direct deposit', 'bank deposit', 'banking information', 'deposit my cheque'],
    ['dépôt direct', 'dépôt bancaire', 'renseignements bancaires', 'déposer mon chèque'],
  ),
  terms(
    'cra-my-account',
    ['CRA login', 'CRA account', 'my account', 'tax account', 'notice of assessment'],
    ['mon dossier ARC', 'compte ARC', "dossier d'impôt", 'avis de cotisation'],
  ),
  terms(
    'disability-tax-credit',
    ['DTC', 'disability credit', 'T2201', 'disability amount'],
    ['CIPH', 'crédit pour personnes handicapées', 'T2201', 'montant pour personnes handicapées'],
  ),
  terms(
    'income-tax-return',
    ['taxes', 'tax return', 'file taxes', 'income tax', 'tax filing', 'T1', 'do my taxes'],
    ['impôts', "rapport d'impôt", "déclaration d'impôt", 'faire ses impôts', 'faire mes impôts', 'T1'],
  ),
  terms(
    'tax-return-deceased',
    ['final return', 'deceased tax return', 'estate taxes', 'clearance certificate', 'terminal return'],
    ['déclaration finale', 'impôt du défunt', 'certificat de décharge', 'impôt de la succession'],
  ),
  terms(
    'report-death-service-canada',
    ['report a death', 'notify of death', 'cancel pension', 'stop OAS'],
    ['déclarer un décès', "aviser d'un décès", 'annuler la pension', 'arrêter la SV'],
  ),
  terms(
    'canada-post-mail-forwarding',
    ['mail forwarding', 'forward mail', 'redirect mail', 'change of address'],
    [
      'réacheminement du courrier',
      'faire suivre le courrier',
      "changement d'adresse",
      'courrier à ma nouvelle adresse',
    ],
  ),

  // --- Passports, immigration and citizenship ---------------------------------------------------
  terms(
    'adult-passport',
    ['passport', 'new passport', 'first passport', 'travel document'],
    ['passeport', 'nouveau passeport', 'premier passeport', 'document de voyage'],
  ),
  terms(
    'child-passport',
    ['kids passport', 'baby passport', 'passport for my child'],
    ['passeport pour bébé', "passeport d'enfant", 'passeport pour mon enfant'],
  ),
  terms(
    'passport-renewal',
    ['renew passport', 'passport renewal', 'expired passport'],
    ['renouveler mon passeport', 'renouvellement de passeport', 'passeport expiré'],
  ),
  terms(
    'citizenship-application',
    ['citizenship', 'citizenship test', 'become Canadian', 'citizenship ceremony', 'naturalization'],
    [
      'citoyenneté',
      'examen de citoyenneté',
      'devenir Canadien',
      'cérémonie de citoyenneté',
      'naturalisation',
    ],
  ),
  terms(
    'permanent-resident-card',
    ['PR card', 'maple leaf card', 'permanent resident card', 'renew PR card'],
    ['carte RP', 'carte de résident permanent', 'renouveler ma carte RP', "carte feuille d'érable"],
  ),
  terms(
    'ociso-settlement-services',
    ['settlement worker', 'immigrant services', 'newcomer help', 'settlement agency'],
    [
      'intervenant en établissement',
      'services aux immigrants',
      'aide aux nouveaux arrivants',
      "organisme d'établissement",
    ],
  ),
  terms(
    'isans-settlement-services',
    ['ISANS', 'settlement worker', 'immigrant services', 'newcomer help'],
    ['ISANS', 'intervenant en établissement', 'services aux immigrants', 'aide aux nouveaux arrivants'],
  ),
  terms(
    'isans-language-assessment',
    ['language test', 'CLB assessment', 'LINC', 'English classes', 'ESL'],
    ['test de langue', 'évaluation NCLC', 'CLIC', "cours d'anglais", 'anglais langue seconde'],
  ),

  // --- Business ---------------------------------------------------------------------------------
  terms(
    'business-number',
    ['BN', 'business number', 'CRA business number', 'BN9'],
    ['NE', "numéro d'entreprise", "NE de l'ARC", 'NE9'],
  ),
  terms(
    'gst-hst-registration',
    ['GST number', 'HST number', 'GST/HST', 'sales tax number', 'charge GST', 'collect HST'],
    ['numéro de TPS', 'numéro de TVH', 'TPS/TVH', 'taxe de vente', 'percevoir la TPS', 'charger la TVH'],
  ),
  terms(
    'payroll-account',
    ['payroll', 'source deductions', 'RP account', 'payroll deductions', 'employer account'],
    ['retenues à la source', 'retenues sur la paie', 'compte RP', "compte d'employeur"],
  ),
  terms(
    'federal-incorporation',
    ['incorporate federally', 'CBCA', 'federal corporation', 'numbered company', 'incorporation'],
    ['incorporation fédérale', 'société fédérale', 'LCSA', 'compagnie à numéro', "s'incorporer"],
  ),
  terms(
    'on-business-name-registration',
    ['master business licence', 'business name', 'register business name', 'trade name', 'operating name'],
    ["permis principal d'entreprise", 'nom commercial', 'raison sociale', "enregistrer un nom d'entreprise"],
  ),
  terms(
    'ns-business-registry',
    ['NSBR', 'business registry', 'register a business in Nova Scotia', 'one business one number'],
    [
      'NSBR',
      'registre des entreprises',
      'enregistrer une entreprise en Nouvelle-Écosse',
      'une entreprise un numéro',
    ],
  ),
  terms(
    'ns-business-name-registration',
    ['RJSC', 'Joint Stock', 'business name', 'register business name', 'trade name'],
    ['RJSC', 'registre des sociétés', 'nom commercial', 'raison sociale', "enregistrer un nom d'entreprise"],
  ),
  terms(
    'wsib-employer-registration',
    ['WSIB', 'workers comp', "workers' compensation", 'WCB Ontario', 'workplace insurance'],
    [
      'CSPAAT',
      'accidents du travail',
      'indemnisation des accidents du travail',
      'assurance contre les accidents',
    ],
  ),
  terms(
    'wcb-ns-employer-registration',
    ['WCB', 'workers comp', "workers' compensation", 'workplace insurance'],
    [
      'WCB',
      'accidents du travail',
      'assurance contre les accidents du travail',
      'indemnisation des travailleurs',
    ],
  ),

  // --- Health cards, social assistance and child care -------------------------------------------
  terms(
    'on-health-card',
    ['OHIP', 'OHIP card', 'health card', 'Ontario health card', 'red and white card', 'photo health card'],
    ['carte Santé', "carte santé de l'Ontario", 'Assurance-santé', 'carte OHIP', 'assurance maladie Ontario'],
  ),
  terms(
    'ns-health-card',
    ['MSI', 'MSI card', 'health card', 'Nova Scotia health card', 'medical card'],
    ['carte santé', 'carte MSI', "carte d'assurance maladie", 'assurance maladie Nouvelle-Écosse'],
  ),
  terms(
    'on-newborn-registration',
    ['birth registration', 'newborn registration', 'register my baby', 'statement of live birth'],
    [
      'enregistrement de naissance',
      'déclaration de naissance',
      'inscrire mon bébé',
      'enregistrement du nouveau-né',
    ],
  ),
  terms(
    'on-change-address',
    ['change address', 'address change', 'new address Ontario', 'update my address'],
    ["changement d'adresse", "changer d'adresse", 'nouvelle adresse Ontario', 'mettre à jour mon adresse'],
  ),
  terms(
    'ottawa-ontario-works',
    ['OW', 'welfare', 'social assistance', 'assistance cheque', 'Ontario Works'],
    ['aide sociale', 'BS', 'bien-être social', 'Ontario au travail', 'OT'],
  ),
  terms(
    'ns-income-assistance',
    ['IA', 'welfare', 'income assistance', 'social assistance', 'ESIA'],
    ['aide sociale', 'BS', 'bien-être social', 'aide au revenu'],
  ),
  terms(
    'on-odsp',
    ['ODSP', 'disability support', 'disability cheque', 'provincial disability'],
    ['POSPH', 'soutien aux personnes handicapées', "chèque d'invalidité", 'invalidité provinciale'],
  ),
  terms(
    'ottawa-child-care-fee-subsidy',
    ['daycare subsidy', 'child care subsidy', 'daycare help', 'subsidized daycare'],
    ['subvention de garderie', 'garderie subventionnée', 'aide pour la garderie', 'frais de garde'],
  ),
  terms(
    'ns-child-care-subsidy',
    ['daycare subsidy', 'child care subsidy', 'daycare help', 'subsidized daycare'],
    ['subvention de garderie', 'garderie subventionnée', 'aide pour la garderie', 'frais de garde'],
  ),

  // --- Deaths and estates -----------------------------------------------------------------------
  terms(
    'on-estate-certificate',
    ['probate', 'letters probate', 'estate trustee', 'executor certificate', 'probate fees', 'small estate'],
    [
      'homologation',
      "lettres d'homologation",
      'fiduciaire de la succession',
      "frais d'homologation",
      'petite succession',
    ],
  ),
  terms(
    'ns-probate',
    ['probate', 'grant of probate', 'probate court', 'letters of administration'],
    ['homologation', "lettres d'homologation", 'cour des successions', "lettres d'administration"],
  ),
  terms(
    'ottawa-funeral-assistance',
    ['funeral help', 'burial assistance', 'cremation help', 'city-paid funeral'],
    [
      'aide pour les funérailles',
      'aide aux frais funéraires',
      "aide à l'inhumation",
      "aide à l'incinération",
    ],
  ),

  // --- Indigenous services ----------------------------------------------------------------------
  terms(
    'odawa-community-programs',
    ['Odawa', 'friendship centre', 'native centre', 'pow wow', 'Indigenous community centre'],
    ['Odawa', "centre d'amitié", 'centre autochtone', 'pow-wow', 'centre communautaire autochtone'],
  ),
  terms(
    'mnfc-programs-referrals',
    ['MNFC', 'friendship centre', 'native centre', "Mi'kmaw centre", 'Indigenous community centre'],
    ['MNFC', "centre d'amitié", 'centre autochtone', "centre mi'kmaw", 'centre communautaire autochtone'],
  ),
  terms(
    'wabano-health-wellness',
    ['Wabano', 'Indigenous health centre', 'native health', 'traditional healing'],
    ['Wabano', 'centre de santé autochtone', 'santé autochtone', 'guérison traditionnelle'],
  ),
  terms(
    'secure-status-card',
    ['status card', 'treaty card', 'Indian status card', 'SCIS', 'band card'],
    ['carte de statut', "carte d'Indien", 'CSSI', 'carte de bande'],
  ),
  terms(
    'indian-status-registration',
    ['Indian status', 'get status', 'status registration', 'Bill C-31', 'Bill S-3'],
    [
      "statut d'Indien",
      'obtenir le statut',
      'inscription au registre',
      'projet de loi C-31',
      'projet de loi S-3',
    ],
  ),
  terms(
    'jordans-principle',
    ["Jordan's Principle", 'First Nations child support', 'support for a First Nations child'],
    ['principe de Jordan', 'soutien aux enfants des Premières Nations', 'demande principe de Jordan'],
  ),
  terms(
    'non-insured-health-benefits',
    ['NIHB', 'status health benefits', 'medical travel', 'band health coverage'],
    ['SSNA', 'services de santé non assurés', 'transport médical', 'assurance santé des Autochtones'],
  ),
  terms(
    'hope-for-wellness-help-line',
    ['crisis line', 'help line', 'mental health line', 'someone to talk to'],
    ["ligne d'écoute", 'ligne de crise', 'soutien en santé mentale', "parler à quelqu'un"],
  ),
];
