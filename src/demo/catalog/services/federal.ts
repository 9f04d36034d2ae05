/**
 * Government of Canada services. Service standards, targets and GC Service Inventory ids come from the
 * GC Service Inventory and service standards for 2023-2024 (Open Government Licence – Canada).
 * Fees are given as amounts only where the amount is well established; otherwise the record says
 * that fees apply and where to check them.
 */
import type { ServiceInput } from '../../../domains/catalog/index.js';
import {
  FEDERAL_HOLIDAYS,
  kiosk,
  mail,
  phone,
  service,
  standard,
  t,
  walkIn,
  web,
  weekdays,
  type StandardSpec,
  type Text,
} from '../helpers.js';

const LOCAL = t('Local time', 'Heure locale');
const EASTERN = t('Eastern time', 'Heure de l’Est');
const SC_HOURS = [weekdays('08:30', '16:30', LOCAL), ...FEDERAL_HOLIDAYS];
const CRA_HOURS = [weekdays('08:00', '20:00', LOCAL), ...FEDERAL_HOLIDAYS];
const PASSPORT_HOURS = [weekdays('08:00', '20:00', EASTERN), ...FEDERAL_HOLIDAYS];
const IRCC_HOURS = [weekdays('08:00', '16:00', LOCAL), ...FEDERAL_HOLIDAYS];

/** Service Canada counters in the demo: Ottawa City Hall's Government Service Centre and Halifax. */
const SC_LOCATIONS = ['ottawa-city-hall', 'service-canada-halifax'];
const scWalkIn = walkIn(
  t(
    'At a Service Canada Centre; bring your identification and documents.',
    'Dans un Centre Service Canada; apportez vos pièces d’identité et vos documents.',
  ),
);
const scKiosk = kiosk(
  t(
    'Self-service computers at Service Canada Centres, with staff nearby to help.',
    'Ordinateurs libre-service dans les Centres Service Canada, avec du personnel à proximité pour vous aider.',
  ),
);
const oCanada = phone('1-800-622-6232', SC_HOURS, {
  description: t(
    '1 800 O-Canada: general information on federal programs',
    '1 800 O-Canada : renseignements généraux sur les programmes fédéraux',
  ),
  tty: '1-800-926-9105',
});

const ESDC_STANDARDS = t(
  'https://www.canada.ca/en/employment-social-development/corporate/transparency/standards.html',
  'https://www.canada.ca/fr/emploi-developpement-social/ministere/transparence/normes.html',
);
const CRA_STANDARDS = t(
  'https://www.canada.ca/en/revenue-agency/services/about-canada-revenue-agency-cra/service-standards-cra/service-standards-2023-24.html',
  'https://www.canada.ca/fr/agence-revenu/services/a-propos-agence-revenu-canada-arc/normes-service-a-arc/normes-service-2023-24.html',
);
const IRCC_STANDARDS = t(
  'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/service-declaration/service-standards.html',
  'https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/mandat/declaration-service/normes-service.html',
);
const VAC_STANDARDS = t(
  'https://www.veterans.gc.ca/eng/about-vac/what-we-do/service-standards',
  'https://www.veterans.gc.ca/fra/about-vac/what-we-do/service-standards',
);

function std(
  key: string,
  channel: StandardSpec['channel_kind'],
  name: Text,
  threshold: [number, string] | null,
  target: number,
  url: Text,
  externalId: string,
): StandardSpec {
  return standard({
    key,
    channel_kind: channel ?? null,
    name,
    standard_type: channel === 'phone' ? 'access' : 'timeliness',
    threshold_value: threshold?.[0] ?? null,
    threshold_unit: threshold?.[1] ?? null,
    target,
    url,
    external_id: externalId,
  });
}

const eiStandards = [
  std(
    'payment-28-days',
    'web',
    t(
      'Applicants receive an EI benefit payment or are notified that they are not eligible within 28 calendar days of applying',
      'Les demandeurs reçoivent leurs premières prestations d’assurance-emploi ou un avis de non-admissibilité dans un délai de 28 jours civils',
    ),
    [28, 'calendar_days'],
    0.8,
    ESDC_STANDARDS,
    '931',
  ),
  std(
    'calls-10-minutes',
    'phone',
    t(
      'EI calls are answered by an agent within 10 minutes',
      'Les appels concernant l’assurance-emploi sont pris en charge par un agent en moins de 10 minutes',
    ),
    [10, 'minutes'],
    0.8,
    ESDC_STANDARDS,
    '935',
  ),
];
const eiPhone = phone('1-800-206-7218', SC_HOURS, {
  description: t('Employment Insurance line', 'Ligne de l’assurance-emploi'),
  tty: '1-800-529-3742',
});
const EI_DOCS = [
  t('Social Insurance Number', 'Numéro d’assurance sociale'),
  t(
    'Record of Employment for each job in the last 52 weeks (employers usually send it to Service Canada)',
    'Relevé d’emploi pour chaque emploi des 52 dernières semaines (l’employeur le transmet habituellement à Service Canada)',
  ),
  t('Banking information for direct deposit', 'Renseignements bancaires pour le dépôt direct'),
];
const eiWeb = (en: string, fr: string) => web(en, fr);

const cppOasPhone = phone('1-800-277-9914', SC_HOURS, {
  description: t(
    'Canada Pension Plan and Old Age Security line',
    'Ligne du Régime de pensions du Canada et de la Sécurité de la vieillesse',
  ),
  tty: '1-800-255-4786',
});
const cppOasCalls = std(
  'calls-10-minutes',
  'phone',
  t(
    'Canada Pension Plan and Old Age Security calls are answered by an agent within 10 minutes',
    'Les appels concernant le Régime de pensions du Canada et la Sécurité de la vieillesse sont pris en charge par un agent en moins de 10 minutes',
  ),
  [10, 'minutes'],
  0.8,
  ESDC_STANDARDS,
  '1104',
);

const craIndividual = phone('1-800-959-8281', CRA_HOURS, {
  description: t('CRA individual enquiries', 'ARC, demandes de renseignements des particuliers'),
});
const craBusiness = phone('1-800-959-5525', CRA_HOURS, {
  description: t('CRA business enquiries', 'ARC, demandes de renseignements des entreprises'),
});
const craBenefits = phone('1-800-387-1193', CRA_HOURS, {
  description: t('CRA benefit enquiries', 'ARC, demandes de renseignements sur les prestations'),
});
const craCalls = (key: string, externalId: string) =>
  std(
    key,
    'phone',
    t(
      'Calls are answered within 15 minutes of opting to speak with an agent',
      'Réponse à l’appel dans un délai de 15 minutes après avoir choisi de parler à un agent',
    ),
    [15, 'minutes'],
    0.65,
    CRA_STANDARDS,
    externalId,
  );

const passportPhone = phone('1-800-567-6868', PASSPORT_HOURS, {
  description: t('Passport Program call centre', 'Centre d’appels du Programme de passeport'),
  tty: '1-866-255-7655',
});
const passportMail = mail({
  attention: 'Passport Program',
  address_1: 'Immigration, Refugees and Citizenship Canada',
  city: 'Gatineau',
  province: 'QC',
  postal_code: 'K1A 0G3',
});
const PASSPORT_URL: [string, string] = [
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-passports.html',
  'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/passeports-canadiens.html',
];
const passportStandards = [
  std(
    'in-person-passport-office',
    'walk_in',
    t(
      'Applications made in person at a passport office: 10 business days',
      'Demande présentée en personne à un bureau des passeports : 10 jours ouvrables',
    ),
    [10, 'business_days'],
    0.9,
    IRCC_STANDARDS,
    'STAN00005620',
  ),
  std(
    'in-person-service-canada',
    'walk_in',
    t(
      'Applications made in person at a Service Canada Centre: 20 business days',
      'Demande présentée en personne à un Centre Service Canada : 20 jours ouvrables',
    ),
    [20, 'business_days'],
    0.9,
    IRCC_STANDARDS,
    'STAN00005621',
  ),
  std(
    'mail',
    'mail',
    t('Applications by mail: 20 business days', 'Demande envoyée par la poste : 20 jours ouvrables'),
    [20, 'business_days'],
    0.9,
    IRCC_STANDARDS,
    'STAN00005628',
  ),
];
const PASSPORT_FEES_NOTE = t(
  'Fees shown are for applications made in Canada; urgent, express and pick-up services cost extra.',
  'Les frais indiqués visent les demandes présentées au Canada; les services urgent, express et de ramassage coûtent plus cher.',
);

export const federalServices: ServiceInput[] = [
  // --- Employment Insurance and employers -------------------------------------------------------
  service({
    slug: 'ei-regular-benefits',
    org: 'service-canada',
    external_id: '1003',
    name: t('Employment Insurance regular benefits', 'Prestations régulières d’assurance-emploi'),
    alternate_name: t('EI, unemployment insurance', 'AE, chômage'),
    description: t(
      'Temporary income support for people who lost their job through no fault of their own, such as a shortage of work or a layoff, while they look for work or upgrade their skills.',
      'Soutien temporaire du revenu pour les personnes qui ont perdu leur emploi sans en être responsables, par exemple à cause d’un manque de travail ou d’une mise à pied, pendant qu’elles cherchent un emploi ou améliorent leurs compétences.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/ei/ei-regular-benefit.html',
      'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-reguliere.html',
    ),
    eligibility: t(
      'You were employed in insurable employment, lost your job through no fault of your own, worked the required number of insurable hours in the last 52 weeks, and are ready, willing and able to work every day.',
      'Vous occupiez un emploi assurable, avez perdu votre emploi sans en être responsable, avez accumulé le nombre d’heures d’emploi assurable exigé au cours des 52 dernières semaines et êtes prêt, disposé et capable de travailler chaque jour.',
    ),
    process: t(
      'Apply online as soon as you stop working, even if you have not received your Record of Employment. You then complete bi-weekly reports to receive payments.',
      'Présentez une demande en ligne dès que vous cessez de travailler, même si vous n’avez pas reçu votre relevé d’emploi. Vous remplissez ensuite des déclarations aux deux semaines pour recevoir vos paiements.',
    ),
    documents: EI_DOCS,
    channels: [
      eiWeb(
        'https://www.canada.ca/en/services/benefits/ei/ei-regular-benefit.html',
        'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-reguliere.html',
      ),
      eiPhone,
      scWalkIn,
      scKiosk,
    ],
    standards: eiStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'ei-sickness-benefits',
    org: 'service-canada',
    external_id: '1003',
    name: t('Employment Insurance sickness benefits', 'Prestations de maladie de l’assurance-emploi'),
    description: t(
      'Income support for people who cannot work because of illness, injury or quarantine.',
      'Soutien du revenu pour les personnes qui ne peuvent pas travailler en raison d’une maladie, d’une blessure ou d’une mise en quarantaine.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/ei/ei-sickness.html',
      'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-maladie.html',
    ),
    eligibility: t(
      'You cannot work for medical reasons, your regular weekly earnings have dropped by more than 40%, and you have enough insurable hours in the last 52 weeks.',
      'Vous ne pouvez pas travailler pour des raisons médicales, votre rémunération hebdomadaire normale a diminué de plus de 40 % et vous avez accumulé suffisamment d’heures d’emploi assurable au cours des 52 dernières semaines.',
    ),
    process: t(
      'Apply online; keep a medical certificate from your doctor or health professional, as Service Canada may ask for it.',
      'Présentez une demande en ligne; conservez un certificat médical de votre médecin ou professionnel de la santé, car Service Canada pourrait vous le demander.',
    ),
    documents: [
      ...EI_DOCS,
      t(
        'Medical certificate (keep it; send it if asked)',
        'Certificat médical (à conserver et à fournir sur demande)',
      ),
    ],
    channels: [
      eiWeb(
        'https://www.canada.ca/en/services/benefits/ei/ei-sickness.html',
        'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-maladie.html',
      ),
      eiPhone,
      scWalkIn,
    ],
    standards: eiStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'ei-maternity-parental-benefits',
    org: 'service-canada',
    external_id: '1003',
    name: t(
      'Employment Insurance maternity and parental benefits',
      'Prestations de maternité et parentales de l’assurance-emploi',
    ),
    description: t(
      'Maternity benefits for people away from work because they are pregnant or have recently given birth, and parental benefits for parents caring for a newborn or newly adopted child.',
      'Prestations de maternité pour les personnes qui s’absentent du travail parce qu’elles sont enceintes ou ont récemment accouché, et prestations parentales pour les parents qui prennent soin d’un nouveau-né ou d’un enfant nouvellement adopté.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/ei/ei-maternity-parental.html',
      'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-maternite-parentales.html',
    ),
    eligibility: t(
      'Your regular weekly earnings have dropped by more than 40% and you have accumulated at least 600 insurable hours in the 52 weeks before the start of your claim. Parents choose standard or extended parental benefits.',
      'Votre rémunération hebdomadaire normale a diminué de plus de 40 % et vous avez accumulé au moins 600 heures d’emploi assurable au cours des 52 semaines précédant le début de votre demande. Les parents choisissent entre les prestations parentales standards et prolongées.',
    ),
    process: t(
      'Apply online as soon as you stop working; both parents can share parental benefits and each applies separately.',
      'Présentez une demande en ligne dès que vous cessez de travailler; les deux parents peuvent partager les prestations parentales et chacun présente sa propre demande.',
    ),
    documents: [
      ...EI_DOCS,
      t(
        'Baby’s expected or actual date of birth, or the adoption placement date',
        'Date prévue ou réelle de la naissance, ou date du placement en vue de l’adoption',
      ),
    ],
    channels: [
      eiWeb(
        'https://www.canada.ca/en/services/benefits/ei/ei-maternity-parental.html',
        'https://www.canada.ca/fr/services/prestations/ae/assurance-emploi-maternite-parentales.html',
      ),
      eiPhone,
      scWalkIn,
    ],
    standards: eiStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'ei-caregiving-benefits',
    org: 'service-canada',
    external_id: '1003',
    name: t(
      'Employment Insurance caregiving benefits',
      'Prestations pour proches aidants de l’assurance-emploi',
    ),
    description: t(
      'Financial help while you are away from work to care for or support a critically ill or injured person, or someone needing end-of-life care.',
      'Aide financière pendant que vous vous absentez du travail pour prendre soin d’une personne gravement malade ou blessée, ou d’une personne ayant besoin de soins de fin de vie.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/ei/caregiving.html',
      'https://www.canada.ca/fr/services/prestations/ae/proches-aidants.html',
    ),
    eligibility: t(
      'You are a family member of the person, or considered like family, your regular weekly earnings dropped by more than 40%, and you have 600 insurable hours in the last 52 weeks. A medical doctor or nurse practitioner must sign a medical certificate.',
      'Vous êtes un membre de la famille de la personne ou êtes considéré comme tel, votre rémunération hebdomadaire normale a diminué de plus de 40 % et vous avez accumulé 600 heures d’emploi assurable au cours des 52 dernières semaines. Un médecin ou une infirmière praticienne doit signer un certificat médical.',
    ),
    process: t(
      'Apply online and submit the medical certificate for caregiving benefits.',
      'Présentez une demande en ligne et transmettez le certificat médical pour les prestations de proches aidants.',
    ),
    documents: [
      ...EI_DOCS,
      t(
        'Medical certificate for Employment Insurance caregiving benefits',
        'Certificat médical pour les prestations pour proches aidants de l’assurance-emploi',
      ),
    ],
    channels: [
      eiWeb(
        'https://www.canada.ca/en/services/benefits/ei/caregiving.html',
        'https://www.canada.ca/fr/services/prestations/ae/proches-aidants.html',
      ),
      eiPhone,
      scWalkIn,
    ],
    standards: eiStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'record-of-employment',
    org: 'service-canada',
    name: t('Record of Employment (for employers)', 'Relevé d’emploi (pour les employeurs)'),
    alternate_name: t('ROE Web', 'RE Web'),
    description: t(
      'Employers issue a Record of Employment when an employee has an interruption of earnings. Service Canada uses it to decide Employment Insurance eligibility and benefit amounts.',
      'L’employeur produit un relevé d’emploi lorsqu’un employé subit un arrêt de rémunération. Service Canada s’en sert pour établir l’admissibilité à l’assurance-emploi et le montant des prestations.',
    ),
    url: t(
      'https://www.canada.ca/en/employment-social-development/programs/ei/ei-list/ei-roe.html',
      'https://www.canada.ca/fr/emploi-developpement-social/programmes/assurance-emploi/ae-liste/assurance-emploi-re.html',
    ),
    eligibility: t(
      'All employers with employees in insurable employment.',
      'Tous les employeurs dont les employés occupent un emploi assurable.',
    ),
    process: t(
      'Submit the Record of Employment electronically through ROE Web, usually within five calendar days after the end of the pay period in which the interruption of earnings occurred.',
      'Transmettez le relevé d’emploi par voie électronique avec RE Web, habituellement dans les cinq jours civils suivant la fin de la période de paie où l’arrêt de rémunération s’est produit.',
    ),
    documents: [
      t('Business Number and payroll account', 'Numéro d’entreprise et compte de retenues sur la paie'),
      t('Employee’s insurable hours and earnings', 'Heures et rémunération assurables de l’employé'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/employment-social-development/programs/ei/ei-list/ei-roe.html',
        'https://www.canada.ca/fr/emploi-developpement-social/programmes/assurance-emploi/ae-liste/assurance-emploi-re.html',
      ),
      phone('1-800-367-5693', SC_HOURS, {
        description: t('Employer Contact Centre', 'Centre de contact pour les employeurs'),
      }),
    ],
  }),
  service({
    slug: 'job-bank',
    org: 'service-canada',
    name: t('Job Bank: find a job', 'Guichet-Emplois : trouver un emploi'),
    description: t(
      'The Government of Canada’s job board, with job postings, job alerts, wage and outlook information, and résumé tools.',
      'Le site d’emplois du gouvernement du Canada : offres d’emploi, alertes-emploi, renseignements sur les salaires et les perspectives, et outils pour le curriculum vitæ.',
    ),
    url: t('https://www.jobbank.gc.ca/home', 'https://www.guichetemplois.gc.ca/accueil'),
    eligibility: t('Anyone looking for work in Canada.', 'Toute personne qui cherche un emploi au Canada.'),
    process: t(
      'Search postings online; create a free account to save searches and receive job alerts.',
      'Cherchez des offres en ligne; créez un compte gratuit pour enregistrer vos recherches et recevoir des alertes-emploi.',
    ),
    channels: [
      web('https://www.jobbank.gc.ca/home', 'https://www.guichetemplois.gc.ca/accueil', { cost: 0.5 }),
      scKiosk,
      oCanada,
    ],
    locations: SC_LOCATIONS,
  }),

  // --- Pensions and seniors ---------------------------------------------------------------------
  service({
    slug: 'old-age-security',
    org: 'service-canada',
    external_id: '1001',
    name: t('Old Age Security pension', 'Pension de la Sécurité de la vieillesse'),
    alternate_name: t('OAS', 'SV'),
    description: t(
      'A monthly payment for people aged 65 and older who meet Canadian legal status and residence requirements. Many people are enrolled automatically.',
      'Paiement mensuel pour les personnes de 65 ans et plus qui satisfont aux exigences de statut légal et de résidence au Canada. Beaucoup de personnes sont inscrites automatiquement.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse.html',
    ),
    eligibility: t(
      'You are 65 or older, a Canadian citizen or legal resident, and have lived in Canada for at least 10 years after turning 18.',
      'Vous avez 65 ans ou plus, êtes citoyen canadien ou résident légal et avez vécu au Canada au moins 10 ans après l’âge de 18 ans.',
    ),
    process: t(
      'If you receive a letter saying you are automatically enrolled, you do not need to apply. Otherwise apply online through My Service Canada Account or on paper, up to 11 months before you want the pension to start.',
      'Si vous recevez une lettre confirmant votre inscription automatique, vous n’avez pas à présenter de demande. Sinon, présentez une demande en ligne par Mon dossier Service Canada ou sur papier, jusqu’à 11 mois avant la date où vous souhaitez que la pension commence.',
    ),
    minimum_age: 65,
    documents: [
      t('Social Insurance Number', 'Numéro d’assurance sociale'),
      t(
        'Proof of legal status, if you were not born in Canada',
        'Preuve de statut légal, si vous n’êtes pas né au Canada',
      ),
      t('Dates of residence outside Canada, if any', 'Dates de résidence à l’étranger, s’il y a lieu'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [
      std(
        'first-month',
        null,
        t(
          'OAS basic benefits are paid within the first month of entitlement',
          'Les prestations de base de la SV sont versées au cours du premier mois d’admissibilité',
        ),
        [1, 'months'],
        0.9,
        ESDC_STANDARDS,
        '925',
      ),
      cppOasCalls,
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'guaranteed-income-supplement',
    org: 'service-canada',
    external_id: '1001',
    name: t('Guaranteed Income Supplement', 'Supplément de revenu garanti'),
    alternate_name: t('GIS', 'SRG'),
    description: t(
      'A monthly non-taxable benefit added to the Old Age Security pension for people with a low income who live in Canada.',
      'Prestation mensuelle non imposable qui s’ajoute à la pension de la Sécurité de la vieillesse pour les personnes à faible revenu qui vivent au Canada.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti.html',
    ),
    eligibility: t(
      'You live in Canada, receive the Old Age Security pension, and your annual income (or combined income with your spouse or common-law partner) is below the limit.',
      'Vous vivez au Canada, recevez la pension de la Sécurité de la vieillesse et votre revenu annuel (ou votre revenu combiné avec votre époux ou conjoint de fait) est inférieur au plafond.',
    ),
    process: t(
      'Many people are enrolled automatically with their OAS pension. Otherwise apply online or on paper. File your income tax return every year to keep receiving it.',
      'Beaucoup de personnes sont inscrites automatiquement avec leur pension de la SV. Sinon, présentez une demande en ligne ou sur papier. Produisez votre déclaration de revenus chaque année pour continuer à recevoir le supplément.',
    ),
    minimum_age: 65,
    documents: [
      t('Social Insurance Number', 'Numéro d’assurance sociale'),
      t(
        'Income information for you and your spouse or partner',
        'Renseignements sur votre revenu et celui de votre époux ou conjoint',
      ),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [cppOasCalls],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'oas-allowance',
    org: 'service-canada',
    external_id: '1001',
    name: t('Allowance', 'Allocation'),
    description: t(
      'A monthly benefit for low-income people aged 60 to 64 whose spouse or common-law partner receives the Guaranteed Income Supplement.',
      'Prestation mensuelle pour les personnes à faible revenu de 60 à 64 ans dont l’époux ou le conjoint de fait reçoit le Supplément de revenu garanti.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement/allowance.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti/allocation.html',
    ),
    eligibility: t(
      'You are 60 to 64, your spouse or common-law partner receives OAS and the GIS, your combined income is below the limit, and you have lived in Canada for at least 10 years since age 18.',
      'Vous avez de 60 à 64 ans, votre époux ou conjoint de fait reçoit la SV et le SRG, votre revenu combiné est inférieur au plafond et vous avez vécu au Canada au moins 10 ans depuis l’âge de 18 ans.',
    ),
    process: t(
      'Apply on paper or through My Service Canada Account.',
      'Présentez une demande sur papier ou par Mon dossier Service Canada.',
    ),
    minimum_age: 60,
    maximum_age: 64,
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement/allowance.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti/allocation.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [cppOasCalls],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'oas-allowance-survivor',
    org: 'service-canada',
    external_id: '1001',
    name: t('Allowance for the Survivor', 'Allocation au survivant'),
    description: t(
      'A monthly benefit for low-income people aged 60 to 64 whose spouse or common-law partner has died and who have not remarried or entered a new common-law relationship.',
      'Prestation mensuelle pour les personnes à faible revenu de 60 à 64 ans dont l’époux ou le conjoint de fait est décédé et qui ne se sont pas remariées ni engagées dans une nouvelle union de fait.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement/allowance-survivor.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti/allocation-survivant.html',
    ),
    eligibility: t(
      'You are 60 to 64, your income is below the limit, your spouse or common-law partner has died, and you have lived in Canada for at least 10 years since age 18.',
      'Vous avez de 60 à 64 ans, votre revenu est inférieur au plafond, votre époux ou conjoint de fait est décédé et vous avez vécu au Canada au moins 10 ans depuis l’âge de 18 ans.',
    ),
    process: t(
      'Apply on paper or through My Service Canada Account; include the death certificate.',
      'Présentez une demande sur papier ou par Mon dossier Service Canada; joignez le certificat de décès.',
    ),
    minimum_age: 60,
    maximum_age: 64,
    documents: [
      t(
        'Death certificate of your spouse or common-law partner',
        'Certificat de décès de votre époux ou conjoint de fait',
      ),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/old-age-security/guaranteed-income-supplement/allowance-survivor.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/securite-vieillesse/supplement-revenu-garanti/allocation-survivant.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [cppOasCalls],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'cpp-retirement-pension',
    org: 'service-canada',
    external_id: '7',
    name: t('Canada Pension Plan retirement pension', 'Pension de retraite du Régime de pensions du Canada'),
    alternate_name: t('CPP', 'RPC'),
    description: t(
      'A monthly, taxable benefit that replaces part of your income when you retire, based on your contributions. You can start it as early as 60 or as late as 70.',
      'Prestation mensuelle imposable qui remplace une partie de votre revenu à la retraite, selon vos cotisations. Elle peut commencer dès 60 ans ou au plus tard à 70 ans.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc.html',
    ),
    eligibility: t(
      'You are at least 60 and have made at least one valid contribution to the Canada Pension Plan.',
      'Vous avez au moins 60 ans et avez versé au moins une cotisation valide au Régime de pensions du Canada.',
    ),
    process: t(
      'Apply online through My Service Canada Account or on paper, up to 12 months before you want the pension to start.',
      'Présentez une demande en ligne par Mon dossier Service Canada ou sur papier, jusqu’à 12 mois avant la date où vous voulez que la pension commence.',
    ),
    minimum_age: 60,
    documents: [
      t('Social Insurance Number', 'Numéro d’assurance sociale'),
      t('Banking information for direct deposit', 'Renseignements bancaires pour le dépôt direct'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [
      std(
        'first-month',
        null,
        t(
          'CPP retirement benefits are paid within the first month of entitlement',
          'La prestation de retraite du RPC est versée dans le premier mois d’admissibilité',
        ),
        [1, 'months'],
        0.9,
        ESDC_STANDARDS,
        '1102',
      ),
      cppOasCalls,
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'cpp-disability-benefit',
    org: 'service-canada',
    external_id: '991',
    name: t(
      'Canada Pension Plan disability benefit',
      'Prestations d’invalidité du Régime de pensions du Canada',
    ),
    alternate_name: t('CPP-D', 'PIRPC'),
    description: t(
      'A monthly payment for people under 65 who contributed to the CPP and cannot work regularly because of a severe and prolonged disability. Benefits can also be paid to their dependent children.',
      'Paiement mensuel pour les personnes de moins de 65 ans qui ont cotisé au RPC et qui ne peuvent pas travailler régulièrement en raison d’une invalidité grave et prolongée. Des prestations peuvent aussi être versées à leurs enfants à charge.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/disability/cpp-disability-benefit.html',
      'https://www.canada.ca/fr/services/prestations/handicap/prestations-invalidite-rpc.html',
    ),
    eligibility: t(
      'You are under 65, have enough CPP contributions, and have a severe and prolonged disability that stops you from working at any job regularly.',
      'Vous avez moins de 65 ans, avez suffisamment cotisé au RPC et avez une invalidité grave et prolongée qui vous empêche d’occuper régulièrement un emploi, quel qu’il soit.',
    ),
    process: t(
      'Apply online or on paper, with a medical report completed by your health care provider. A terminal illness application is fast-tracked.',
      'Présentez une demande en ligne ou sur papier, avec un rapport médical rempli par votre professionnel de la santé. Les demandes en cas de maladie en phase terminale sont traitées en priorité.',
    ),
    maximum_age: 64,
    documents: [
      t(
        'Medical report completed by your health care provider',
        'Rapport médical rempli par votre professionnel de la santé',
      ),
      t(
        'Consent to release medical information',
        'Consentement à la communication de renseignements médicaux',
      ),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/disability/cpp-disability-benefit.html',
        'https://www.canada.ca/fr/services/prestations/handicap/prestations-invalidite-rpc.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [
      std(
        'decision-120-days',
        null,
        t(
          'A decision is made within 120 calendar days of receiving a complete application',
          'Une décision est prise dans les 120 jours civils suivant la réception d’une demande dûment remplie',
        ),
        [120, 'calendar_days'],
        0.8,
        ESDC_STANDARDS,
        '918',
      ),
      std(
        'terminal-5-days',
        null,
        t(
          'A decision is made within 5 business days of receiving a complete terminal illness application',
          'Une décision est prise dans les cinq jours ouvrables suivant la réception d’une demande en cas de maladie en phase terminale',
        ),
        [5, 'business_days'],
        0.95,
        ESDC_STANDARDS,
        '917',
      ),
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'cpp-survivors-pension',
    org: 'service-canada',
    external_id: '7',
    name: t('Canada Pension Plan survivor’s pension', 'Pension de survivant du Régime de pensions du Canada'),
    description: t(
      'A monthly pension paid to the surviving spouse or common-law partner of a person who contributed to the CPP.',
      'Pension mensuelle versée à l’époux ou au conjoint de fait survivant d’une personne qui a cotisé au RPC.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/cpp-survivor-pension.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/pension-survivant-rpc.html',
    ),
    eligibility: t(
      'You were the spouse or common-law partner of the deceased contributor at the time of death.',
      'Vous étiez l’époux ou le conjoint de fait du cotisant au moment de son décès.',
    ),
    process: t(
      'Apply as soon as possible after the death; you can apply for survivor’s, children’s and death benefits together.',
      'Présentez une demande le plus tôt possible après le décès; vous pouvez demander en même temps la pension de survivant, la prestation d’enfant et la prestation de décès.',
    ),
    documents: [
      t(
        'Death certificate or funeral director’s statement of death',
        'Certificat de décès ou déclaration de décès du directeur de funérailles',
      ),
      t('Deceased’s Social Insurance Number', 'Numéro d’assurance sociale de la personne décédée'),
      t('Proof of marriage or common-law union', 'Preuve de mariage ou d’union de fait'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/cpp-survivor-pension.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/pension-survivant-rpc.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [cppOasCalls],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'cpp-death-benefit',
    org: 'service-canada',
    external_id: '7',
    name: t('Canada Pension Plan death benefit', 'Prestation de décès du Régime de pensions du Canada'),
    description: t(
      'A one-time, taxable payment to the estate of a CPP contributor, or to the person who paid the funeral expenses.',
      'Paiement unique et imposable versé à la succession d’un cotisant au RPC ou à la personne qui a payé les frais funéraires.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/publicpensions/cpp/cpp-death-benefit.html',
      'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/prestation-deces-rpc.html',
    ),
    eligibility: t(
      'The deceased made enough CPP contributions. The executor applies first; if there is no will, others such as the person who paid for the funeral may apply.',
      'La personne décédée a suffisamment cotisé au RPC. L’exécuteur testamentaire présente la demande en premier; s’il n’y a pas de testament, d’autres personnes, comme celle qui a payé les funérailles, peuvent la présenter.',
    ),
    process: t(
      'Apply online or on paper within 60 days of the death when you are the executor.',
      'Présentez une demande en ligne ou sur papier dans les 60 jours suivant le décès si vous êtes l’exécuteur testamentaire.',
    ),
    documents: [
      t(
        'Death certificate or funeral director’s statement of death',
        'Certificat de décès ou déclaration de décès du directeur de funérailles',
      ),
      t('Deceased’s Social Insurance Number', 'Numéro d’assurance sociale de la personne décédée'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/publicpensions/cpp/cpp-death-benefit.html',
        'https://www.canada.ca/fr/services/prestations/pensionspubliques/rpc/prestation-deces-rpc.html',
      ),
      cppOasPhone,
      scWalkIn,
    ],
    standards: [cppOasCalls],
    locations: SC_LOCATIONS,
  }),

  // --- Identity, accounts and family --------------------------------------------------------------
  service({
    slug: 'social-insurance-number',
    org: 'service-canada',
    external_id: '1292',
    name: t('Social Insurance Number', 'Numéro d’assurance sociale'),
    alternate_name: t('SIN', 'NAS'),
    description: t(
      'A nine-digit number you need to work in Canada and to receive government benefits and services.',
      'Numéro à neuf chiffres dont vous avez besoin pour travailler au Canada et recevoir des prestations et services gouvernementaux.',
    ),
    url: t(
      'https://www.canada.ca/en/employment-social-development/services/sin.html',
      'https://www.canada.ca/fr/emploi-developpement-social/services/numero-assurance-sociale.html',
    ),
    eligibility: t(
      'Canadian citizens, permanent residents and temporary residents with a valid permit. Parents can apply for a newborn at the same time as they register the birth.',
      'Citoyens canadiens, résidents permanents et résidents temporaires titulaires d’un permis valide. Les parents peuvent en faire la demande pour leur nouveau-né au moment d’enregistrer la naissance.',
    ),
    process: t(
      'Apply online, in person at a Service Canada Centre, or by mail. There is no fee.',
      'Présentez une demande en ligne, en personne dans un Centre Service Canada ou par la poste. Le service est gratuit.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t(
        'Primary document: birth certificate, citizenship certificate, permanent resident card or confirmation, or valid immigration permit',
        'Document principal : certificat de naissance, certificat de citoyenneté, carte ou confirmation de résidence permanente, ou permis d’immigration valide',
      ),
      t('Proof of address', 'Preuve d’adresse'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/employment-social-development/services/sin.html',
        'https://www.canada.ca/fr/emploi-developpement-social/services/numero-assurance-sociale.html',
      ),
      scWalkIn,
      oCanada,
    ],
    standards: [
      std(
        'one-visit',
        'walk_in',
        t(
          'Social Insurance Number transactions are processed in one in-person visit',
          'Les transactions relatives au numéro d’assurance sociale sont traitées lors d’une seule visite en personne',
        ),
        [1, 'visits'],
        0.95,
        ESDC_STANDARDS,
        '1233',
      ),
      std(
        'online-5-days',
        'web',
        t(
          'Online applications are processed within 5 days',
          'Les demandes en ligne sont traitées dans un délai de 5 jours',
        ),
        [5, 'days'],
        0.9,
        ESDC_STANDARDS,
        'STAN00005641',
      ),
      std(
        'newborn-10-days',
        null,
        t(
          'Applications through a provincial newborn registration service are processed within 10 days',
          'Les demandes présentées par un service provincial d’enregistrement des naissances sont traitées dans un délai de 10 jours',
        ),
        [10, 'days'],
        0.99,
        ESDC_STANDARDS,
        '3516',
      ),
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'my-service-canada-account',
    org: 'service-canada',
    name: t('My Service Canada Account', 'Mon dossier Service Canada'),
    alternate_name: t('MSCA', 'MDSC'),
    description: t(
      'A secure online account to view and manage your Employment Insurance, Canada Pension Plan and Old Age Security information, tax slips and direct deposit.',
      'Compte en ligne sécurisé pour consulter et gérer vos renseignements sur l’assurance-emploi, le Régime de pensions du Canada et la Sécurité de la vieillesse, vos feuillets d’impôt et votre dépôt direct.',
    ),
    url: t(
      'https://www.canada.ca/en/employment-social-development/services/my-account.html',
      'https://www.canada.ca/fr/emploi-developpement-social/services/mon-dossier.html',
    ),
    eligibility: t(
      'Anyone with a Social Insurance Number.',
      'Toute personne ayant un numéro d’assurance sociale.',
    ),
    process: t(
      'Register with a GCKey or a sign-in partner (your bank). First-time users confirm their identity with a personal access code or in person at a Service Canada Centre.',
      'Inscrivez-vous avec une CléGC ou un partenaire de connexion (votre banque). À la première connexion, vous confirmez votre identité au moyen d’un code d’accès personnel ou en personne dans un Centre Service Canada.',
    ),
    channels: [
      web(
        'https://www.canada.ca/en/employment-social-development/services/my-account.html',
        'https://www.canada.ca/fr/emploi-developpement-social/services/mon-dossier.html',
        { cost: 0.75 },
      ),
      scKiosk,
      oCanada,
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'canada-dental-care-plan',
    org: 'service-canada',
    name: t('Canada Dental Care Plan', 'Régime canadien de soins dentaires'),
    alternate_name: t('CDCP', 'RCSD'),
    description: t(
      'Helps make oral health care more affordable for eligible residents who do not have access to dental insurance and have an adjusted family net income under $90,000.',
      'Aide à rendre les soins de santé buccodentaire plus abordables pour les résidents admissibles qui n’ont pas accès à une assurance dentaire et dont le revenu familial net ajusté est inférieur à 90 000 $.',
    ),
    url: t(
      'https://www.canada.ca/en/services/dental/dental-care-plan.html',
      'https://www.canada.ca/fr/services/soins-dentaires/regime-soins-dentaires.html',
    ),
    eligibility: t(
      'You do not have access to dental insurance, your adjusted family net income is under $90,000, you are a resident of Canada for tax purposes and you filed your tax return in the previous year.',
      'Vous n’avez pas accès à une assurance dentaire, votre revenu familial net ajusté est inférieur à 90 000 $, vous êtes résident du Canada aux fins de l’impôt et vous avez produit votre déclaration de revenus de l’année précédente.',
    ),
    process: t(
      'Apply online, through My Service Canada Account or by phone. Once enrolled, you receive a welcome package with your coverage start date.',
      'Présentez une demande en ligne, par Mon dossier Service Canada ou par téléphone. Une fois inscrit, vous recevez une trousse de bienvenue indiquant la date du début de votre couverture.',
    ),
    channels: [
      web(
        'https://www.canada.ca/en/services/dental/dental-care-plan.html',
        'https://www.canada.ca/fr/services/soins-dentaires/regime-soins-dentaires.html',
      ),
      phone('1-833-537-4342', SC_HOURS, {
        description: t('Canada Dental Care Plan line', 'Ligne du Régime canadien de soins dentaires'),
      }),
      scWalkIn,
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'canada-learning-bond',
    org: 'service-canada',
    external_id: '1322',
    name: t('Canada Learning Bond', 'Bon d’études canadien'),
    description: t(
      'Money from the Government of Canada for the education of children from low-income families, paid into a Registered Education Savings Plan (RESP). No personal contribution is needed.',
      'Somme versée par le gouvernement du Canada pour les études des enfants de familles à faible revenu, déposée dans un régime enregistré d’épargne-études (REEE). Aucune cotisation personnelle n’est exigée.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/education/education-savings.html',
      'https://www.canada.ca/fr/services/prestations/education/epargne-etudes.html',
    ),
    eligibility: t(
      'The child was born in 2004 or later, lives in Canada, has a SIN and is from a low-income family.',
      'L’enfant est né en 2004 ou après, vit au Canada, a un NAS et fait partie d’une famille à faible revenu.',
    ),
    process: t(
      'Open an RESP with a participating financial institution and ask it to request the bond.',
      'Ouvrez un REEE auprès d’une institution financière participante et demandez-lui de faire la demande du bon.',
    ),
    documents: [t('Child’s Social Insurance Number', 'Numéro d’assurance sociale de l’enfant')],
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/education/education-savings.html',
        'https://www.canada.ca/fr/services/prestations/education/epargne-etudes.html',
      ),
      oCanada,
    ],
    standards: [
      std(
        'paid-65-days',
        null,
        t(
          'Canada Learning Bonds are paid into the child’s RESP within 65 days of the request, if the application is complete',
          'Les bons d’études canadiens sont versés au REEE de l’enfant dans les 65 jours suivant la demande, si le dossier est complet',
        ),
        [65, 'days'],
        0.85,
        ESDC_STANDARDS,
        '1299',
      ),
    ],
  }),
  service({
    slug: 'canada-education-savings-grant',
    org: 'service-canada',
    external_id: '1322',
    name: t('Canada Education Savings Grant', 'Subvention canadienne pour l’épargne-études'),
    alternate_name: t('CESG', 'SCEE'),
    description: t(
      'The Government of Canada adds a grant to the money saved in a child’s Registered Education Savings Plan (RESP).',
      'Le gouvernement du Canada ajoute une subvention aux sommes épargnées dans le régime enregistré d’épargne-études (REEE) d’un enfant.',
    ),
    url: t(
      'https://www.canada.ca/en/services/benefits/education/education-savings.html',
      'https://www.canada.ca/fr/services/prestations/education/epargne-etudes.html',
    ),
    eligibility: t(
      'The child is a resident of Canada with a SIN and is named as a beneficiary of an RESP.',
      'L’enfant réside au Canada, a un NAS et est désigné bénéficiaire d’un REEE.',
    ),
    process: t(
      'Your RESP provider applies for the grant when you contribute.',
      'Votre fournisseur de REEE demande la subvention lorsque vous cotisez.',
    ),
    channels: [
      web(
        'https://www.canada.ca/en/services/benefits/education/education-savings.html',
        'https://www.canada.ca/fr/services/prestations/education/epargne-etudes.html',
      ),
      oCanada,
    ],
    standards: [
      std(
        'paid-65-days',
        null,
        t(
          'Grants are paid into the RESP within 65 days of the contribution, if the application is complete',
          'Les subventions sont versées au REEE dans les 65 jours suivant la cotisation, si le dossier est complet',
        ),
        [65, 'days'],
        0.95,
        ESDC_STANDARDS,
        '1298',
      ),
    ],
  }),
  service({
    slug: 'disability-savings-grant-bond',
    org: 'service-canada',
    external_id: '1331',
    name: t(
      'Canada Disability Savings Grant and Bond',
      'Subvention et bon canadiens pour l’épargne-invalidité',
    ),
    description: t(
      'Government contributions to a Registered Disability Savings Plan (RDSP) that help people with disabilities and their families save for the long term.',
      'Contributions gouvernementales à un régime enregistré d’épargne-invalidité (REEI) qui aident les personnes handicapées et leur famille à épargner à long terme.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/registered-disability-savings-plan-rdsp.html',
      'https://www.canada.ca/fr/agence-revenu/services/impot/particuliers/sujets/regime-enregistre-epargne-invalidite-reei.html',
    ),
    eligibility: t(
      'The beneficiary is eligible for the disability tax credit, is a resident of Canada with a SIN and is under 60 when the plan is opened.',
      'Le bénéficiaire est admissible au crédit d’impôt pour personnes handicapées, réside au Canada, a un NAS et a moins de 60 ans à l’ouverture du régime.',
    ),
    process: t(
      'Open an RDSP at a participating financial institution; it applies for the grant and bond.',
      'Ouvrez un REEI dans une institution financière participante; elle demande la subvention et le bon.',
    ),
    documents: [
      t('Disability tax credit approval', 'Approbation du crédit d’impôt pour personnes handicapées'),
      t('Beneficiary’s Social Insurance Number', 'Numéro d’assurance sociale du bénéficiaire'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/tax/individuals/topics/registered-disability-savings-plan-rdsp.html',
        'https://www.canada.ca/fr/agence-revenu/services/impot/particuliers/sujets/regime-enregistre-epargne-invalidite-reei.html',
      ),
      oCanada,
    ],
    standards: [
      std(
        'calls-180-seconds',
        'phone',
        t(
          'Telephone enquiries are answered within 180 seconds',
          'Les appels sont pris en charge dans un délai de 180 secondes',
        ),
        [180, 'seconds'],
        0.95,
        ESDC_STANDARDS,
        '1319',
      ),
    ],
  }),

  // --- Canada Revenue Agency --------------------------------------------------------------------
  service({
    slug: 'canada-child-benefit',
    org: 'cra',
    external_id: '1107',
    name: t('Canada child benefit', 'Allocation canadienne pour enfants'),
    alternate_name: t('CCB, baby bonus, family allowance', 'ACE, allocations familiales'),
    description: t(
      'A tax-free monthly payment to eligible families to help with the cost of raising children under 18. It may include the child disability benefit and related provincial programs.',
      'Paiement mensuel non imposable versé aux familles admissibles pour les aider à subvenir aux besoins de leurs enfants de moins de 18 ans. Il peut comprendre la prestation pour enfants handicapés et des programmes provinciaux connexes.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit-overview.html',
      'https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles/allocation-canadienne-enfants-apercu.html',
    ),
    eligibility: t(
      'You live with the child, are primarily responsible for their care and upbringing, and you or your spouse or partner is a Canadian citizen, permanent resident, protected person or eligible temporary resident.',
      'Vous vivez avec l’enfant, êtes principalement responsable de son soin et de son éducation, et vous ou votre époux ou conjoint êtes citoyen canadien, résident permanent, personne protégée ou résident temporaire admissible.',
    ),
    process: t(
      'Apply when registering your baby’s birth through your province’s newborn registration service, or through CRA My Account, or by mail with form RC66. Both parents must file tax returns every year.',
      'Faites la demande en enregistrant la naissance de votre bébé par le service provincial d’enregistrement des naissances, ou par Mon dossier de l’ARC, ou par la poste avec le formulaire RC66. Les deux parents doivent produire une déclaration de revenus chaque année.',
    ),
    documents: [
      t(
        'Form RC66, Canada Child Benefits Application (if not applying online or with the birth registration)',
        'Formulaire RC66, Demande de prestations canadiennes pour enfants (si vous ne faites pas la demande en ligne ou avec l’enregistrement de la naissance)',
      ),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/child-family-benefits/canada-child-benefit-overview.html',
        'https://www.canada.ca/fr/agence-revenu/services/prestations-enfants-familles/allocation-canadienne-enfants-apercu.html',
      ),
      craBenefits,
    ],
    standards: [
      std(
        'digital-8-weeks',
        'web',
        t(
          'Notice and payment within eight weeks of receiving a digital application',
          'Avis et paiement dans les huit semaines suivant la réception d’une demande électronique',
        ),
        [8, 'weeks'],
        0.95,
        CRA_STANDARDS,
        'STAN00003906',
      ),
      std(
        'paper-11-weeks',
        'mail',
        t(
          'Notice and payment within eleven weeks of receiving a paper application',
          'Avis et paiement dans les onze semaines suivant la réception d’une demande papier',
        ),
        [11, 'weeks'],
        0.95,
        CRA_STANDARDS,
        'STAN00003907',
      ),
      craCalls('calls-15-minutes', 'STAN00003913'),
    ],
  }),
  service({
    slug: 'business-number',
    org: 'cra',
    name: t('Register for a Business Number', 'S’inscrire pour obtenir un numéro d’entreprise'),
    alternate_name: t('BN', 'NE'),
    description: t(
      'A nine-digit number that identifies your business with the federal government and with participating provinces. You need one before opening program accounts such as GST/HST or payroll.',
      'Numéro à neuf chiffres qui identifie votre entreprise auprès du gouvernement fédéral et des provinces participantes. Il est nécessaire pour ouvrir des comptes de programme comme la TPS/TVH ou les retenues sur la paie.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/registering-your-business.html',
      'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/immatriculer-votre-entreprise.html',
    ),
    eligibility: t(
      'Sole proprietors, partnerships, corporations and other organizations that need a CRA program account. Corporations get one automatically when they incorporate federally or in most provinces.',
      'Entreprises individuelles, sociétés de personnes, sociétés par actions et autres organisations qui ont besoin d’un compte de programme de l’ARC. Les sociétés en obtiennent un automatiquement lors de leur constitution au fédéral ou dans la plupart des provinces.',
    ),
    process: t(
      'Register online with Business Registration Online, by phone or by mail. There is no fee.',
      'Inscrivez-vous en ligne avec le service Inscription en direct des entreprises, par téléphone ou par la poste. Le service est gratuit.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t('Owner’s Social Insurance Number', 'Numéro d’assurance sociale du propriétaire'),
      t('Business name, address and main activity', 'Nom, adresse et activité principale de l’entreprise'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/registering-your-business.html',
        'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/immatriculer-votre-entreprise.html',
      ),
      craBusiness,
    ],
    standards: [craCalls('calls-15-minutes', 'STAN00003912')],
  }),
  service({
    slug: 'gst-hst-registration',
    org: 'cra',
    name: t('Register for a GST/HST account', 'S’inscrire à un compte de TPS/TVH'),
    description: t(
      'Businesses that make taxable supplies in Canada register to collect and remit the goods and services tax or harmonized sales tax.',
      'Les entreprises qui effectuent des fournitures taxables au Canada s’inscrivent pour percevoir et verser la taxe sur les produits et services ou la taxe de vente harmonisée.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses.html',
      'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/tps-tvh-entreprises.html',
    ),
    eligibility: t(
      'Required once your taxable revenues exceed $30,000 in four consecutive calendar quarters (the small supplier limit); voluntary below that.',
      'Obligatoire lorsque vos revenus taxables dépassent 30 000 $ pendant quatre trimestres civils consécutifs (seuil du petit fournisseur); facultative en deçà.',
    ),
    process: t(
      'Register online, by phone or by mail; you receive your GST/HST account number (your BN with the RT program identifier).',
      'Inscrivez-vous en ligne, par téléphone ou par la poste; vous recevez votre numéro de compte de TPS/TVH (votre NE suivi de l’identificateur de programme RT).',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/gst-hst-businesses.html',
        'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/tps-tvh-entreprises.html',
      ),
      craBusiness,
    ],
    standards: [craCalls('calls-15-minutes', 'STAN00003912')],
  }),
  service({
    slug: 'payroll-account',
    org: 'cra',
    name: t('Open a payroll program account', 'Ouvrir un compte de programme de retenues sur la paie'),
    description: t(
      'Employers open a payroll account to deduct and remit income tax, Canada Pension Plan contributions and Employment Insurance premiums for their employees.',
      'Les employeurs ouvrent un compte de retenues sur la paie pour retenir et verser l’impôt sur le revenu, les cotisations au Régime de pensions du Canada et les cotisations d’assurance-emploi de leurs employés.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/payroll.html',
      'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/retenues-paie.html',
    ),
    eligibility: t(
      'Any business that pays salary, wages, bonuses or other remuneration to employees.',
      'Toute entreprise qui verse un salaire, des primes ou une autre rémunération à des employés.',
    ),
    process: t(
      'Open the account before the first remittance is due, online or by phone.',
      'Ouvrez le compte avant la date d’échéance du premier versement, en ligne ou par téléphone.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/tax/businesses/topics/payroll.html',
        'https://www.canada.ca/fr/agence-revenu/services/impot/entreprises/sujets/retenues-paie.html',
      ),
      craBusiness,
    ],
    standards: [craCalls('calls-15-minutes', 'STAN00003912')],
  }),
  service({
    slug: 'cra-my-account',
    org: 'cra',
    name: t('CRA My Account for individuals', 'Mon dossier de l’ARC pour les particuliers'),
    description: t(
      'A secure portal to view your tax returns and notices of assessment, benefit and credit payments, RRSP and TFSA limits, and to change your address or direct deposit.',
      'Portail sécurisé pour consulter vos déclarations et avis de cotisation, vos paiements de prestations et de crédits, vos plafonds de REER et de CELI, et pour modifier votre adresse ou votre dépôt direct.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/e-services/digital-services-individuals/account-individuals.html',
      'https://www.canada.ca/fr/agence-revenu/services/services-electroniques/services-numeriques-particuliers/dossier-particuliers.html',
    ),
    eligibility: t(
      'Individuals who have filed at least one income tax return.',
      'Particuliers qui ont produit au moins une déclaration de revenus.',
    ),
    process: t(
      'Register online with a CRA user ID, a sign-in partner or a provincial partner; confirm your identity with a security code or a document verification service.',
      'Inscrivez-vous en ligne avec un identifiant de l’ARC, un partenaire de connexion ou un partenaire provincial; confirmez votre identité avec un code de sécurité ou un service de vérification de documents.',
    ),
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/e-services/digital-services-individuals/account-individuals.html',
        'https://www.canada.ca/fr/agence-revenu/services/services-electroniques/services-numeriques-particuliers/dossier-particuliers.html',
        { cost: 0.75 },
      ),
      craIndividual,
    ],
    standards: [craCalls('calls-15-minutes', 'STAN00003912')],
  }),
  service({
    slug: 'direct-deposit',
    org: 'cra',
    name: t('Sign up for direct deposit', 'S’inscrire au dépôt direct'),
    description: t(
      'Receive tax refunds and benefit payments, such as the Canada child benefit and the GST/HST credit, directly in your bank account.',
      'Recevez vos remboursements d’impôt et vos paiements de prestations, comme l’allocation canadienne pour enfants et le crédit pour la TPS/TVH, directement dans votre compte bancaire.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/about-canada-revenue-agency-cra/direct-deposit.html',
      'https://www.canada.ca/fr/agence-revenu/services/a-propos-agence-revenu-canada-arc/depot-direct.html',
    ),
    eligibility: t(
      'Anyone who receives payments from the CRA and has an account at a Canadian financial institution.',
      'Toute personne qui reçoit des paiements de l’ARC et a un compte dans une institution financière canadienne.',
    ),
    process: t(
      'Sign up through your bank’s online banking, CRA My Account, or by phone.',
      'Inscrivez-vous par les services bancaires en ligne de votre banque, par Mon dossier de l’ARC ou par téléphone.',
    ),
    documents: [
      t('Branch, institution and account numbers', 'Numéros de succursale, d’institution et de compte'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/about-canada-revenue-agency-cra/direct-deposit.html',
        'https://www.canada.ca/fr/agence-revenu/services/a-propos-agence-revenu-canada-arc/depot-direct.html',
        { cost: 0.5 },
      ),
      craIndividual,
    ],
  }),
  service({
    slug: 'disability-tax-credit',
    org: 'cra',
    external_id: '1146',
    name: t('Disability tax credit', 'Crédit d’impôt pour personnes handicapées'),
    alternate_name: t('DTC', 'CIPH'),
    description: t(
      'A non-refundable tax credit that reduces income tax for people with a severe and prolonged impairment, or for the family members who support them. It also opens the door to other programs such as the RDSP.',
      'Crédit d’impôt non remboursable qui réduit l’impôt des personnes ayant une déficience grave et prolongée, ou des membres de leur famille qui les soutiennent. Il donne aussi accès à d’autres programmes, comme le REEI.',
    ),
    url: t(
      'https://www.canada.ca/en/revenue-agency/services/tax/individuals/segments/tax-credits-deductions-persons-disabilities/disability-tax-credit.html',
      'https://www.canada.ca/fr/agence-revenu/services/impot/particuliers/segments/deductions-credits-impot-personnes-handicapees/credit-impot-personnes-handicapees.html',
    ),
    eligibility: t(
      'A medical practitioner certifies a severe and prolonged impairment in physical or mental functions, and the CRA approves the application.',
      'Un professionnel de la santé atteste une déficience grave et prolongée des fonctions physiques ou mentales, et l’ARC approuve la demande.',
    ),
    process: t(
      'Complete Form T2201 with your medical practitioner (a digital form is available) and send it to the CRA.',
      'Remplissez le formulaire T2201 avec votre professionnel de la santé (un formulaire numérique est offert) et transmettez-le à l’ARC.',
    ),
    documents: [
      t(
        'Form T2201, Disability Tax Credit Certificate',
        'Formulaire T2201, Certificat pour le crédit d’impôt pour personnes handicapées',
      ),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/revenue-agency/services/tax/individuals/segments/tax-credits-deductions-persons-disabilities/disability-tax-credit.html',
        'https://www.canada.ca/fr/agence-revenu/services/impot/particuliers/segments/deductions-credits-impot-personnes-handicapees/credit-impot-personnes-handicapees.html',
      ),
      craIndividual,
    ],
    standards: [
      std(
        'determination-8-weeks',
        null,
        t(
          'Notice of determination within eight weeks of receiving the application',
          'Avis de détermination dans les huit semaines suivant la réception de la demande',
        ),
        [8, 'weeks'],
        0.95,
        CRA_STANDARDS,
        'STAN00003914',
      ),
    ],
  }),
  service({
    slug: 'tax-return-deceased',
    org: 'cra',
    name: t('Taxes when someone has died', 'Impôt lorsqu’une personne est décédée'),
    description: t(
      'The legal representative tells the CRA of the death, files the final return and any optional returns, and asks for a clearance certificate before distributing the estate.',
      'Le représentant légal informe l’ARC du décès, produit la déclaration finale et les déclarations facultatives, et demande un certificat de décharge avant de distribuer les biens de la succession.',
    ),
    url: t('https://www.canada.ca/en/revenue-agency.html', 'https://www.canada.ca/fr/agence-revenu.html'),
    eligibility: t(
      'The executor, administrator or legal representative of the deceased person.',
      'L’exécuteur testamentaire, l’administrateur ou le représentant légal de la personne décédée.',
    ),
    process: t(
      'Notify the CRA through Represent a Client, by phone or by mail, then file the final return by the due date.',
      'Avisez l’ARC par le service Représenter un client, par téléphone ou par la poste, puis produisez la déclaration finale au plus tard à la date d’échéance.',
    ),
    documents: [
      t('Death certificate', 'Certificat de décès'),
      t(
        'Copy of the will or other proof that you are the legal representative',
        'Copie du testament ou autre preuve que vous êtes le représentant légal',
      ),
    ],
    channels: [
      web('https://www.canada.ca/en/revenue-agency.html', 'https://www.canada.ca/fr/agence-revenu.html'),
      craIndividual,
    ],
    standards: [craCalls('calls-15-minutes', 'STAN00003912')],
  }),
  service({
    slug: 'income-tax-return',
    org: 'cra',
    external_id: '1097',
    name: t(
      'File your income tax and benefit return',
      'Produire votre déclaration de revenus et de prestations',
    ),
    description: t(
      'Filing every year, even with no income, keeps your benefits and credits flowing: the GST/HST credit, the Canada child benefit and provincial credits are all based on your return.',
      'Produire une déclaration chaque année, même sans revenu, maintient vos prestations et crédits : le crédit pour la TPS/TVH, l’allocation canadienne pour enfants et les crédits provinciaux sont tous calculés à partir de votre déclaration.',
    ),
    url: t(
      'https://www.canada.ca/en/services/taxes/income-tax/personal-income-tax.html',
      'https://www.canada.ca/fr/services/impots/impot-sur-le-revenu/impot-sur-le-revenu-des-particuliers.html',
    ),
    eligibility: t(
      'Residents of Canada for tax purposes, including newcomers in their first year.',
      'Les résidents du Canada aux fins de l’impôt, y compris les nouveaux arrivants dès leur première année.',
    ),
    process: t(
      'File online with certified software, or on paper. Free tax clinics help people with a modest income and a simple tax situation.',
      'Produisez votre déclaration en ligne avec un logiciel homologué ou sur papier. Des comptoirs d’impôts gratuits aident les personnes à revenu modeste dont la situation fiscale est simple.',
    ),
    fees: t(
      'Free to file; some software charges a fee.',
      'La production est gratuite; certains logiciels sont payants.',
    ),
    channels: [
      web(
        'https://www.canada.ca/en/services/taxes/income-tax/personal-income-tax.html',
        'https://www.canada.ca/fr/services/impots/impot-sur-le-revenu/impot-sur-le-revenu-des-particuliers.html',
      ),
      craIndividual,
    ],
    standards: [
      std(
        'digital-2-weeks',
        'web',
        t(
          'Notice of assessment within two weeks of an on-time digital return',
          'Avis de cotisation dans les deux semaines suivant une déclaration électronique produite à temps',
        ),
        [2, 'weeks'],
        0.95,
        CRA_STANDARDS,
        'STAN00001050',
      ),
      craCalls('calls-15-minutes', 'STAN00003912'),
    ],
  }),

  // --- Immigration, Refugees and Citizenship Canada -----------------------------------------------
  service({
    slug: 'adult-passport',
    org: 'ircc',
    external_id: 'SRV03049',
    name: t('Apply for an adult passport', 'Demander un passeport pour adulte'),
    description: t(
      'A Canadian passport for citizens aged 16 and over applying for the first time, or who cannot renew. Service Canada Centres accept applications for IRCC.',
      'Passeport canadien pour les citoyens de 16 ans et plus qui en font la demande pour la première fois ou qui ne peuvent pas le renouveler. Les Centres Service Canada acceptent les demandes pour IRCC.',
    ),
    url: t(...PASSPORT_URL),
    eligibility: t('Canadian citizens aged 16 or older.', 'Citoyens canadiens de 16 ans ou plus.'),
    process: t(
      'Complete the application, get two passport photos and a guarantor, then apply in person at a passport office or Service Canada Centre, or by mail.',
      'Remplissez la demande, faites prendre deux photos de passeport et trouvez un répondant, puis présentez la demande en personne à un bureau des passeports ou à un Centre Service Canada, ou par la poste.',
    ),
    minimum_age: 16,
    costs: [
      { option: t('5-year passport', 'Passeport de 5 ans'), amount: 120, description: PASSPORT_FEES_NOTE },
      { option: t('10-year passport', 'Passeport de 10 ans'), amount: 160, description: PASSPORT_FEES_NOTE },
    ],
    documents: [
      t('Proof of Canadian citizenship (original)', 'Preuve de citoyenneté canadienne (original)'),
      t('Government-issued identification', 'Pièce d’identité délivrée par un gouvernement'),
      t('Two identical passport photos', 'Deux photos de passeport identiques'),
      t('Guarantor declaration and two references', 'Déclaration du répondant et deux références'),
    ],
    channels: [web(...PASSPORT_URL), passportPhone, scWalkIn, passportMail],
    standards: passportStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'child-passport',
    org: 'ircc',
    external_id: 'SRV03049',
    name: t('Apply for a child passport', 'Demander un passeport pour enfant'),
    description: t(
      'A Canadian passport for children under 16, valid for up to 5 years.',
      'Passeport canadien pour les enfants de moins de 16 ans, valide jusqu’à 5 ans.',
    ),
    url: t(...PASSPORT_URL),
    eligibility: t(
      'Canadian citizens under 16; a parent or legal guardian applies.',
      'Citoyens canadiens de moins de 16 ans; un parent ou un tuteur légal présente la demande.',
    ),
    process: t(
      'A parent or guardian completes the child’s application. Service Canada Centres accept it when both parents take part, or when only one parent is listed on the birth certificate; otherwise apply at a passport office.',
      'Un parent ou un tuteur remplit la demande de l’enfant. Les Centres Service Canada l’acceptent lorsque les deux parents participent ou qu’un seul parent figure sur le certificat de naissance; sinon, présentez-la à un bureau des passeports.',
    ),
    maximum_age: 15,
    costs: [
      {
        option: t('5-year child passport', 'Passeport de 5 ans pour enfant'),
        amount: 57,
        description: PASSPORT_FEES_NOTE,
      },
    ],
    documents: [
      t(
        'Child’s proof of Canadian citizenship (original)',
        'Preuve de citoyenneté canadienne de l’enfant (original)',
      ),
      t(
        'Proof of parentage, such as a long-form birth certificate',
        'Preuve de filiation, comme un certificat de naissance détaillé',
      ),
      t('Two identical passport photos', 'Deux photos de passeport identiques'),
    ],
    channels: [web(...PASSPORT_URL), passportPhone, scWalkIn, passportMail],
    standards: passportStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'passport-renewal',
    org: 'ircc',
    external_id: 'SRV03049',
    name: t('Renew an adult passport', 'Renouveler un passeport pour adulte'),
    description: t(
      'A simplified renewal for adults whose passport was issued when they were 16 or older, in the last 15 years, and is undamaged.',
      'Renouvellement simplifié pour les adultes dont le passeport a été délivré lorsqu’ils avaient 16 ans ou plus, au cours des 15 dernières années, et n’est pas endommagé.',
    ),
    url: t(...PASSPORT_URL),
    eligibility: t(
      'Your current or last passport meets the renewal conditions; no guarantor or proof of citizenship is needed.',
      'Votre passeport actuel ou le plus récent remplit les conditions de renouvellement; aucun répondant ni preuve de citoyenneté n’est exigé.',
    ),
    process: t(
      'Complete the renewal form and send it with your current passport and two photos, online where available, by mail or in person.',
      'Remplissez le formulaire de renouvellement et envoyez-le avec votre passeport actuel et deux photos, en ligne lorsque c’est possible, par la poste ou en personne.',
    ),
    minimum_age: 16,
    costs: [
      { option: t('5-year passport', 'Passeport de 5 ans'), amount: 120, description: PASSPORT_FEES_NOTE },
      { option: t('10-year passport', 'Passeport de 10 ans'), amount: 160, description: PASSPORT_FEES_NOTE },
    ],
    documents: [
      t('Your most recent passport', 'Votre plus récent passeport'),
      t('Two identical passport photos', 'Deux photos de passeport identiques'),
    ],
    channels: [web(...PASSPORT_URL), passportPhone, scWalkIn, passportMail],
    standards: passportStandards,
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'citizenship-application',
    org: 'ircc',
    external_id: 'SRV03048',
    name: t('Apply for Canadian citizenship', 'Demander la citoyenneté canadienne'),
    description: t(
      'Permanent residents who meet the requirements can become Canadian citizens: application, citizenship test for adults 18 to 54, and oath at a ceremony.',
      'Les résidents permanents qui remplissent les conditions peuvent devenir citoyens canadiens : demande, examen de citoyenneté pour les adultes de 18 à 54 ans et serment lors d’une cérémonie.',
    ),
    url: t(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-citizenship.html',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/citoyennete-canadienne.html',
    ),
    eligibility: t(
      'You are a permanent resident, have been physically present in Canada for at least 1,095 days in the last five years, have filed taxes if required, and (aged 18 to 54) can show language skills in English or French.',
      'Vous êtes résident permanent, avez été effectivement présent au Canada au moins 1 095 jours au cours des cinq dernières années, avez produit vos déclarations de revenus au besoin et (de 18 à 54 ans) pouvez démontrer vos compétences en français ou en anglais.',
    ),
    process: t(
      'Apply online, then take the test and attend the ceremony when invited.',
      'Présentez une demande en ligne, puis passez l’examen et assistez à la cérémonie lorsque vous y êtes invité.',
    ),
    fees: t(
      'Fees apply (processing fee and right of citizenship fee for adults). See the current amounts on canada.ca.',
      'Des frais s’appliquent (frais de traitement et frais relatifs au droit de citoyenneté pour les adultes). Consultez les montants en vigueur sur canada.ca.',
    ),
    documents: [
      t(
        'Permanent resident card or record of landing',
        'Carte de résident permanent ou fiche relative au droit d’établissement',
      ),
      t('Proof of language ability (18 to 54)', 'Preuve de compétences linguistiques (18 à 54 ans)'),
      t('Two pieces of personal identification', 'Deux pièces d’identité'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/immigration-refugees-citizenship/services/canadian-citizenship.html',
        'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/citoyennete-canadienne.html',
      ),
      phone('1-888-242-2100', IRCC_HOURS, {
        description: t('IRCC Client Support Centre', 'Centre de soutien à la clientèle d’IRCC'),
      }),
    ],
    standards: [
      std(
        'routine-12-months',
        null,
        t(
          'Routine citizenship grant applications are processed within 12 months',
          'Les demandes ordinaires d’attribution de la citoyenneté sont traitées dans un délai de 12 mois',
        ),
        [12, 'months'],
        0.8,
        IRCC_STANDARDS,
        'STAN00005618',
      ),
    ],
  }),
  service({
    slug: 'permanent-resident-card',
    org: 'ircc',
    name: t(
      'Renew or replace a permanent resident card',
      'Renouveler ou remplacer une carte de résident permanent',
    ),
    alternate_name: t('PR card', 'carte RP'),
    description: t(
      'The PR card is the official proof of permanent resident status when re-entering Canada by commercial carrier. Renew it before it expires or replace a lost card.',
      'La carte RP est la preuve officielle du statut de résident permanent pour revenir au Canada à bord d’un transporteur commercial. Renouvelez-la avant son expiration ou remplacez une carte perdue.',
    ),
    url: t(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/new-immigrants/pr-card.html',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/nouveaux-immigrants/carte-rp.html',
    ),
    eligibility: t(
      'Permanent residents who meet the residency obligation.',
      'Les résidents permanents qui respectent l’obligation de résidence.',
    ),
    process: t(
      'Apply online or on paper with your photo and documents; pay the fee online.',
      'Présentez une demande en ligne ou sur papier avec votre photo et vos documents; payez les frais en ligne.',
    ),
    costs: [{ option: t('Permanent resident card', 'Carte de résident permanent'), amount: 50 }],
    documents: [
      t('Current or expired PR card', 'Carte RP actuelle ou expirée'),
      t('Photo meeting PR card specifications', 'Photo conforme aux exigences de la carte RP'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/immigration-refugees-citizenship/services/new-immigrants/pr-card.html',
        'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/nouveaux-immigrants/carte-rp.html',
      ),
      phone('1-888-242-2100', IRCC_HOURS, {
        description: t('IRCC Client Support Centre', 'Centre de soutien à la clientèle d’IRCC'),
      }),
    ],
  }),
  service({
    slug: 'newcomer-settlement-services-finder',
    org: 'ircc',
    name: t(
      'Find free newcomer services near you',
      'Trouver des services gratuits pour les nouveaux arrivants près de chez vous',
    ),
    description: t(
      'IRCC funds free settlement services across Canada: needs assessment, information and orientation, language training, employment help and community connections. This tool lists the organizations near you.',
      'IRCC finance des services d’établissement gratuits partout au Canada : évaluation des besoins, information et orientation, cours de langue, aide à l’emploi et liens avec la communauté. Cet outil présente les organismes près de chez vous.',
    ),
    url: t(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/new-immigrants.html',
      'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/nouveaux-immigrants.html',
    ),
    eligibility: t(
      'Permanent residents, protected persons and some temporary residents.',
      'Résidents permanents, personnes protégées et certains résidents temporaires.',
    ),
    process: t(
      'Search by postal code and contact an organization directly.',
      'Cherchez par code postal et communiquez directement avec un organisme.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web(
        'https://www.canada.ca/en/immigration-refugees-citizenship/services/new-immigrants.html',
        'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/nouveaux-immigrants.html',
        { cost: 0.5 },
      ),
      phone('1-888-242-2100', IRCC_HOURS, {
        description: t('IRCC Client Support Centre', 'Centre de soutien à la clientèle d’IRCC'),
      }),
    ],
  }),

  // --- Innovation, Science and Economic Development Canada ---------------------------------------
  service({
    slug: 'federal-incorporation',
    org: 'corporations-canada',
    external_id: '1235',
    name: t('Incorporate a business federally', 'Constituer une entreprise en société de régime fédéral'),
    description: t(
      'Incorporate under the Canada Business Corporations Act to operate across Canada under your corporate name. The corporation receives a Business Number from the CRA automatically.',
      'Constituez votre entreprise en vertu de la Loi canadienne sur les sociétés par actions pour exercer vos activités partout au Canada sous votre dénomination sociale. La société reçoit automatiquement un numéro d’entreprise de l’ARC.',
    ),
    url: t(
      'https://ised-isde.canada.ca/site/corporations-canada/en',
      'https://ised-isde.canada.ca/site/corporations-canada/fr',
    ),
    eligibility: t(
      'One or more individuals or corporations; at least 25% of directors must be resident Canadians, unless the corporation has fewer than four directors, in which case at least one.',
      'Une ou plusieurs personnes physiques ou morales; au moins 25 % des administrateurs doivent être des résidents canadiens ou, si la société compte moins de quatre administrateurs, au moins un.',
    ),
    process: t(
      'Obtain a NUANS name search report (or incorporate as a numbered company), then file articles of incorporation online with Online Filing Centre.',
      'Obtenez un rapport de recherche NUANS (ou constituez une société à dénomination numérique), puis déposez les statuts constitutifs en ligne au Centre de dépôt en ligne.',
    ),
    costs: [{ option: t('Online incorporation', 'Constitution en ligne'), amount: 200 }],
    documents: [
      t('Articles of incorporation', 'Statuts constitutifs'),
      t(
        'Initial registered office address and first board of directors',
        'Adresse initiale du siège social et liste du premier conseil d’administration',
      ),
      t(
        'NUANS report, if not a numbered company',
        'Rapport NUANS, sauf pour une société à dénomination numérique',
      ),
    ],
    channels: [
      web(
        'https://ised-isde.canada.ca/site/corporations-canada/en',
        'https://ised-isde.canada.ca/site/corporations-canada/fr',
      ),
      phone('1-866-333-5556', SC_HOURS, {
        description: t(
          'Corporations Canada client services',
          'Services à la clientèle de Corporations Canada',
        ),
      }),
      mail({
        attention: 'Corporations Canada',
        address_1: '235 Queen Street',
        city: 'Ottawa',
        province: 'ON',
        postal_code: 'K1A 0H5',
      }),
    ],
    standards: [
      std(
        'online-1-day',
        'web',
        t(
          'Certificates of incorporation filed online are issued within 1 day',
          'Les certificats de constitution demandés en ligne sont délivrés dans un délai de 1 jour',
        ),
        [1, 'days'],
        0.9,
        t(
          'https://www.ic.gc.ca/eic/site/cd-dgc.nsf/eng/cs06726.html',
          'https://www.ic.gc.ca/eic/site/cd-dgc.nsf/fra/cs06726.html',
        ),
        'STAN00005086',
      ),
    ],
  }),

  // --- Veterans Affairs Canada -------------------------------------------------------------------
  service({
    slug: 'veterans-disability-benefits',
    org: 'vac',
    external_id: '1257',
    name: t('Veterans disability benefits', 'Prestations d’invalidité pour les vétérans'),
    description: t(
      'Tax-free financial compensation for a service-related injury or illness for Veterans, Canadian Armed Forces members and RCMP members.',
      'Indemnisation financière non imposable pour une blessure ou une maladie liée au service, pour les vétérans et les membres des Forces armées canadiennes et de la GRC.',
    ),
    url: t('https://www.veterans.gc.ca/en', 'https://www.veterans.gc.ca/fr'),
    eligibility: t(
      'You have a diagnosed medical condition or disability related to your service.',
      'Vous avez un problème de santé ou une invalidité diagnostiqué lié à votre service.',
    ),
    process: t(
      'Apply online through My VAC Account, by mail, or with help at a VAC area office or Service Canada Centre.',
      'Présentez une demande en ligne par Mon dossier ACC, par la poste ou avec de l’aide dans un bureau de secteur d’ACC ou un Centre Service Canada.',
    ),
    documents: [
      t('Medical information about your condition', 'Renseignements médicaux sur votre état de santé'),
      t('Service records (VAC can request them)', 'Dossiers de service (ACC peut les demander)'),
    ],
    channels: [
      web('https://www.veterans.gc.ca/en', 'https://www.veterans.gc.ca/fr'),
      phone('1-866-522-2122', SC_HOURS, {
        description: t(
          'VAC in English; in French call 1-866-522-2022',
          'ACC en anglais; en français, composez le 1-866-522-2022',
        ),
      }),
      mail({
        attention: 'Veterans Affairs Canada',
        address_1: 'PO Box 7700',
        city: 'Charlottetown',
        province: 'PE',
        postal_code: 'C1A 8M9',
      }),
      scWalkIn,
    ],
    standards: [
      std(
        'decision-16-weeks',
        null,
        t(
          'Decisions on disability benefits are made within 16 weeks',
          'Les décisions sur les prestations d’invalidité sont rendues dans un délai de 16 semaines',
        ),
        [16, 'weeks'],
        0.8,
        VAC_STANDARDS,
        '1283',
      ),
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'veterans-funeral-burial',
    org: 'vac',
    external_id: '1281',
    name: t(
      'Veterans funeral and burial assistance',
      'Aide pour les funérailles et l’inhumation des vétérans',
    ),
    description: t(
      'Financial help toward a dignified funeral and burial for eligible Veterans, delivered by the Last Post Fund on behalf of VAC.',
      'Aide financière pour des funérailles et une inhumation dignes pour les vétérans admissibles, offerte par le Fonds du Souvenir au nom d’ACC.',
    ),
    url: t('https://www.veterans.gc.ca/en', 'https://www.veterans.gc.ca/fr'),
    eligibility: t(
      'Eligible Veterans whose estates have limited means, or whose death was related to service.',
      'Les vétérans admissibles dont la succession dispose de moyens limités ou dont le décès est lié au service.',
    ),
    process: t(
      'The family or the funeral home contacts the Last Post Fund, ideally before the funeral.',
      'La famille ou le salon funéraire communique avec le Fonds du Souvenir, idéalement avant les funérailles.',
    ),
    channels: [
      web('https://www.veterans.gc.ca/en', 'https://www.veterans.gc.ca/fr'),
      phone('1-866-522-2122', SC_HOURS, {
        description: t(
          'VAC in English; in French call 1-866-522-2022',
          'ACC en anglais; en français, composez le 1-866-522-2022',
        ),
      }),
    ],
    standards: [
      std(
        'decision-30-days',
        null,
        t(
          'Decisions on means-tested funeral and burial benefits are made within 30 calendar days',
          'Les décisions sur les prestations de funérailles et d’inhumation liées à l’évaluation des ressources sont rendues dans un délai de 30 jours civils',
        ),
        [30, 'calendar_days'],
        0.8,
        VAC_STANDARDS,
        '1738',
      ),
    ],
  }),

  // --- Indigenous Services Canada ----------------------------------------------------------------
  service({
    slug: 'jordans-principle',
    org: 'isc',
    external_id: '1804',
    name: t(
      'Jordan’s Principle: request support for a First Nations child',
      'Principe de Jordan : demander du soutien pour un enfant des Premières Nations',
    ),
    description: t(
      'Makes sure First Nations children can access the products, services and supports they need, when they need them: health, social and educational needs, on or off reserve.',
      'Veille à ce que les enfants des Premières Nations aient accès aux produits, services et soutiens dont ils ont besoin, au moment où ils en ont besoin : besoins sociaux, de santé et d’éducation, dans les réserves ou hors réserve.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1568396042341/1568396159824',
      'https://www.sac-isc.gc.ca/fra/1568396042341/1568396159824',
    ),
    eligibility: t(
      'First Nations children under the age of majority in their province or territory, wherever they live in Canada.',
      'Les enfants des Premières Nations qui n’ont pas atteint l’âge de la majorité dans leur province ou territoire, où qu’ils vivent au Canada.',
    ),
    process: t(
      'A parent, guardian or service coordinator submits a request by phone, email or online form; urgent requests are flagged as urgent.',
      'Un parent, un tuteur ou un coordonnateur de services présente une demande par téléphone, par courriel ou au moyen du formulaire en ligne; les demandes urgentes sont signalées comme telles.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1568396042341/1568396159824',
        'https://www.sac-isc.gc.ca/fra/1568396042341/1568396159824',
      ),
      phone('1-855-572-4453', [weekly24()], {
        description: t(
          'Jordan’s Principle call centre (1-855-JP-CHILD), open 24 hours a day, 7 days a week',
          'Centre d’appels du principe de Jordan (1-855-JP-CHILD), ouvert 24 heures sur 24, 7 jours sur 7',
        ),
      }),
    ],
    standards: [
      std(
        'urgent-12-hours',
        null,
        t(
          'Urgent individual requests are processed within 12 hours',
          'Les demandes individuelles urgentes sont traitées dans un délai de 12 heures',
        ),
        [12, 'hours'],
        1,
        t(
          'https://www.sac-isc.gc.ca/eng/1568396042341/1568396159824',
          'https://www.sac-isc.gc.ca/fra/1568396042341/1568396159824',
        ),
        '3871',
      ),
      std(
        'individual-48-hours',
        null,
        t(
          'Non-urgent individual requests are processed within 48 hours',
          'Les demandes individuelles non urgentes sont traitées dans un délai de 48 heures',
        ),
        [48, 'hours'],
        1,
        t(
          'https://www.sac-isc.gc.ca/eng/1568396042341/1568396159824',
          'https://www.sac-isc.gc.ca/fra/1568396042341/1568396159824',
        ),
        '8647',
      ),
    ],
  }),
  service({
    slug: 'secure-status-card',
    org: 'isc',
    external_id: '2048',
    name: t(
      'Apply for a status card (Secure Certificate of Indian Status)',
      'Demander une carte de statut (certificat sécurisé de statut d’Indien)',
    ),
    alternate_name: t('SCIS, status card', 'CSSI, carte de statut'),
    description: t(
      'An identity document issued to people registered under the Indian Act, used to access programs and services for status First Nations people.',
      'Pièce d’identité délivrée aux personnes inscrites en vertu de la Loi sur les Indiens, qui donne accès aux programmes et services destinés aux membres des Premières Nations inscrits.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1100100032380/1572461388012',
      'https://www.sac-isc.gc.ca/fra/1100100032380/1572461388012',
    ),
    eligibility: t(
      'People registered (or applying to be registered) under the Indian Act.',
      'Les personnes inscrites (ou qui demandent leur inscription) en vertu de la Loi sur les Indiens.',
    ),
    process: t(
      'Apply by mail, at an ISC regional office, or through your First Nation’s Indian Registration Administrator.',
      'Présentez une demande par la poste, à un bureau régional de SAC ou auprès de l’administrateur du registre des Indiens de votre Première Nation.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t('Proof of identity', 'Preuve d’identité'),
      t('Two identical photos meeting the requirements', 'Deux photos identiques conformes aux exigences'),
    ],
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1100100032380/1572461388012',
        'https://www.sac-isc.gc.ca/fra/1100100032380/1572461388012',
      ),
      phone('1-800-567-9604', SC_HOURS, {
        description: t(
          'Indigenous Services Canada public enquiries',
          'Renseignements généraux de Services aux Autochtones Canada',
        ),
      }),
    ],
    standards: [
      std(
        'within-standard',
        null,
        t(
          'Eligible applicants are issued a Secure Certificate of Indian Status within the service standard',
          'Les demandeurs admissibles reçoivent un certificat sécurisé de statut d’Indien conformément à la norme de service',
        ),
        null,
        0.9,
        t(
          'https://www.sac-isc.gc.ca/eng/1100100032380/1572461388012',
          'https://www.sac-isc.gc.ca/fra/1100100032380/1572461388012',
        ),
        '2692',
      ),
    ],
  }),
  // --- Deaths, moves and Indigenous services ----------------------------------------------------
  service({
    slug: 'report-death-service-canada',
    org: 'service-canada',
    name: t('Tell Service Canada about a death', 'Informer Service Canada d’un décès'),
    description: t(
      'Report the death of someone who received Old Age Security, Canada Pension Plan or Employment Insurance payments, so that payments stop and no overpayment has to be repaid, and ask which survivor benefits the family can receive. When a death happens in a province, the provincial vital statistics office informs the Social Insurance Number program.',
      'Déclarez le décès d’une personne qui recevait des paiements de la Sécurité de la vieillesse, du Régime de pensions du Canada ou de l’assurance-emploi, afin que les paiements cessent et qu’aucun trop-payé ne soit à rembourser, et renseignez-vous sur les prestations de survivant auxquelles la famille a droit. Lorsque le décès survient dans une province, le bureau de l’état civil provincial en informe le programme du numéro d’assurance sociale.',
    ),
    url: t(
      'https://www.canada.ca/en/employment-social-development/services/benefits/family/death.html',
      'https://www.canada.ca/fr/emploi-developpement-social/services/prestations/famille/deces.html',
    ),
    eligibility: t(
      'Family members, the executor or the person handling the affairs of someone who has died.',
      'Les membres de la famille, l’exécuteur testamentaire ou la personne qui s’occupe des affaires d’une personne décédée.',
    ),
    process: t(
      'Call the pension or Employment Insurance line with the deceased person’s Social Insurance Number and date of death, or bring the statement of death to a Service Canada Centre.',
      'Appelez la ligne des pensions ou de l’assurance-emploi avec le numéro d’assurance sociale et la date du décès de la personne, ou apportez la déclaration de décès dans un Centre Service Canada.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t(
        'Funeral director’s statement of death or death certificate',
        'Déclaration de décès du directeur de funérailles ou certificat de décès',
      ),
      t('Deceased’s Social Insurance Number', 'Numéro d’assurance sociale de la personne décédée'),
    ],
    channels: [
      web(
        'https://www.canada.ca/en/employment-social-development/services/benefits/family/death.html',
        'https://www.canada.ca/fr/emploi-developpement-social/services/prestations/famille/deces.html',
      ),
      cppOasPhone,
      eiPhone,
      scWalkIn,
    ],
    locations: SC_LOCATIONS,
  }),
  service({
    slug: 'canada-post-mail-forwarding',
    org: 'canada-post',
    name: t('Forward your mail when you move', 'Faire réacheminer votre courrier lors d’un déménagement'),
    alternate_name: t('Mail Forwarding', 'Réacheminement du courrier'),
    description: t(
      'Canada Post sends your letters to your new address for 4 or 12 months, so you do not miss tax slips, benefit letters or health card renewals while you update your address everywhere. Executors can also forward the mail of a person who has died.',
      'Postes Canada achemine vos lettres à votre nouvelle adresse pendant 4 ou 12 mois, pour que vous ne manquiez ni feuillets d’impôt, ni lettres sur vos prestations, ni avis de renouvellement de carte santé pendant que vous mettez votre adresse à jour partout. Les exécuteurs testamentaires peuvent aussi faire réacheminer le courrier d’une personne décédée.',
    ),
    url: t(
      'https://www.canadapost-postescanada.ca/cpc/en/personal/receiving/manage-mail/mail-forwarding.page',
      'https://www.canadapost-postescanada.ca/scp/fr/personnel/reception/gerer-courrier/reacheminement-courrier.page',
    ),
    eligibility: t(
      'Anyone moving from an address in Canada, and executors managing the mail of an estate.',
      'Toute personne qui quitte une adresse au Canada, ainsi que les exécuteurs testamentaires qui gèrent le courrier d’une succession.',
    ),
    process: t(
      'Buy the service online or at a post office with photo identification, a few weeks before you move. Parcels are not forwarded.',
      'Achetez le service en ligne ou dans un bureau de poste avec une pièce d’identité avec photo, quelques semaines avant le déménagement. Les colis ne sont pas réacheminés.',
    ),
    fees: t(
      'A fee applies; it depends on how long and how far the mail is forwarded. See canadapost.ca.',
      'Des frais s’appliquent selon la durée et la destination du réacheminement. Consultez postescanada.ca.',
    ),
    documents: [
      t('Government-issued photo identification', 'Pièce d’identité avec photo délivrée par un gouvernement'),
    ],
    channels: [
      web(
        'https://www.canadapost-postescanada.ca/cpc/en/personal/receiving/manage-mail/mail-forwarding.page',
        'https://www.canadapost-postescanada.ca/scp/fr/personnel/reception/gerer-courrier/reacheminement-courrier.page',
      ),
      phone('1-866-607-6301', [weekdays('08:00', '17:00', LOCAL), ...FEDERAL_HOLIDAYS], {
        description: t('Canada Post customer service', 'Service à la clientèle de Postes Canada'),
      }),
    ],
  }),
  service({
    slug: 'indian-status-registration',
    org: 'isc',
    name: t(
      'Apply for Indian status (registration under the Indian Act)',
      'Demander le statut d’Indien (inscription en vertu de la Loi sur les Indiens)',
    ),
    alternate_name: t('status, registration', 'statut, inscription au registre des Indiens'),
    description: t(
      'Registration in the Indian Register gives First Nations people status under the Indian Act and access to programs such as Non-Insured Health Benefits and post-secondary student support. You can apply for the status card at the same time.',
      'L’inscription au registre des Indiens confère aux membres des Premières Nations le statut prévu par la Loi sur les Indiens et donne accès à des programmes comme les services de santé non assurés et l’aide aux étudiants de niveau postsecondaire. Vous pouvez demander la carte de statut en même temps.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1100100032374/1572457769548',
      'https://www.sac-isc.gc.ca/fra/1100100032374/1572457769548',
    ),
    eligibility: t(
      'People entitled to registration under section 6 of the Indian Act, usually through a parent or grandparent who is or was registered. Amendments since 1985 (Bills C-31, C-3 and S-3) have restored or extended entitlement for many families.',
      'Les personnes admissibles à l’inscription en vertu de l’article 6 de la Loi sur les Indiens, habituellement par un parent ou un grand-parent qui est ou était inscrit. Les modifications apportées depuis 1985 (projets de loi C-31, C-3 et S-3) ont rétabli ou élargi l’admissibilité de nombreuses familles.',
    ),
    process: t(
      'Send the application with your original long-form birth certificate by mail, apply in person at an Indigenous Services Canada office, or ask your First Nation’s Indian Registration Administrator for help.',
      'Envoyez la demande avec l’original de votre certificat de naissance détaillé par la poste, présentez-la en personne à un bureau de Services aux Autochtones Canada ou demandez l’aide de l’administrateur du registre des Indiens de votre Première Nation.',
    ),
    fees: t('No fee.', 'Aucuns frais.'),
    documents: [
      t(
        'Original long-form birth certificate naming your parents',
        'Original du certificat de naissance détaillé indiquant le nom de vos parents',
      ),
      t('Valid identification', 'Pièce d’identité valide'),
      t(
        'Guarantor declaration, if you apply by mail',
        'Déclaration d’un répondant, si vous présentez la demande par la poste',
      ),
    ],
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1100100032374/1572457769548',
        'https://www.sac-isc.gc.ca/fra/1100100032374/1572457769548',
      ),
      phone('1-800-567-9604', SC_HOURS, {
        description: t(
          'Indigenous Services Canada public enquiries',
          'Renseignements généraux de Services aux Autochtones Canada',
        ),
      }),
    ],
  }),
  service({
    slug: 'non-insured-health-benefits',
    org: 'isc',
    name: t(
      'Non-Insured Health Benefits for First Nations and Inuit',
      'Services de santé non assurés pour les Premières Nations et les Inuits',
    ),
    alternate_name: t('NIHB', 'SSNA'),
    description: t(
      'Covers prescription drugs, dental and vision care, medical supplies and equipment, mental health counselling and medical transportation that provincial plans and private insurance do not cover.',
      'Couvre les médicaments sur ordonnance, les soins dentaires et de la vue, les fournitures et l’équipement médicaux, les services de counseling en santé mentale et le transport pour raison médicale qui ne sont pas couverts par les régimes provinciaux ou les assurances privées.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1572537161086/1572537234517',
      'https://www.sac-isc.gc.ca/fra/1572537161086/1572537234517',
    ),
    eligibility: t(
      'Residents of Canada who are First Nations people registered under the Indian Act or Inuit recognized by an Inuit land claim organization, and their infants for a limited time after birth.',
      'Les résidents du Canada qui sont des membres des Premières Nations inscrits en vertu de la Loi sur les Indiens ou des Inuits reconnus par une organisation inuite signataire d’une entente sur les revendications territoriales, ainsi que leurs nourrissons pendant une période limitée après la naissance.',
    ),
    process: t(
      'No application: show your status card or Inuit client number to the pharmacy or provider, who bills the program directly. If you paid yourself, ask for a reimbursement.',
      'Aucune demande : présentez votre carte de statut ou votre numéro de client inuit à la pharmacie ou au fournisseur, qui facture directement le programme. Si vous avez payé vous-même, demandez un remboursement.',
    ),
    fees: t('Free for eligible clients.', 'Gratuit pour les clients admissibles.'),
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1572537161086/1572537234517',
        'https://www.sac-isc.gc.ca/fra/1572537161086/1572537234517',
      ),
      phone('1-800-567-9604', SC_HOURS, {
        description: t(
          'Indigenous Services Canada public enquiries',
          'Renseignements généraux de Services aux Autochtones Canada',
        ),
      }),
    ],
  }),
  service({
    slug: 'inuit-child-first-initiative',
    org: 'isc',
    name: t(
      'Inuit Child First Initiative: request support for an Inuit child',
      'Demander du soutien pour un enfant inuit (Initiative : les enfants inuits d’abord)',
    ),
    description: t(
      'Makes sure Inuit children can get the health, social and educational products, services and supports they need, when they need them, wherever they live in Canada.',
      'Veille à ce que les enfants inuits obtiennent les produits, services et soutiens de santé, sociaux et éducatifs dont ils ont besoin, au moment où ils en ont besoin, où qu’ils vivent au Canada.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1536348095773/1536348148664',
      'https://www.sac-isc.gc.ca/fra/1536348095773/1536348148664',
    ),
    eligibility: t(
      'Inuit children under the age of majority who are recognized by an Inuit land claim organization, or whose parent is.',
      'Les enfants inuits qui n’ont pas atteint l’âge de la majorité et qui sont reconnus par une organisation inuite signataire d’une entente sur les revendications territoriales, ou dont un parent l’est.',
    ),
    process: t(
      'A parent, guardian or representative contacts the regional focal point or the national call centre, which helps prepare the request.',
      'Un parent, un tuteur ou un représentant communique avec le point de contact régional ou le centre d’appels national, qui l’aide à préparer la demande.',
    ),
    alert: t(
      'The initiative is an interim approach while a long-term Inuit-specific approach is developed with Inuit partners; check its current status before applying.',
      'L’initiative est une mesure provisoire en attendant qu’une approche à long terme propre aux Inuits soit élaborée avec les partenaires inuits; vérifiez son état actuel avant de présenter une demande.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1536348095773/1536348148664',
        'https://www.sac-isc.gc.ca/fra/1536348095773/1536348148664',
      ),
      phone('1-855-572-4453', [weekly24()], {
        description: t(
          'Jordan’s Principle and Inuit Child First Initiative call centre, open 24 hours a day, 7 days a week',
          'Centre d’appels du principe de Jordan et de l’Initiative : les enfants inuits d’abord, ouvert 24 heures sur 24, 7 jours sur 7',
        ),
      }),
    ],
  }),
  service({
    slug: 'hope-for-wellness-help-line',
    org: 'isc',
    name: t('Hope for Wellness Help Line', 'Ligne d’écoute d’espoir pour le mieux-être'),
    description: t(
      'Immediate, free and confidential help from experienced counsellors for all Indigenous people across Canada, 24 hours a day, by phone or online chat.',
      'Aide immédiate, gratuite et confidentielle offerte par des conseillers expérimentés à tous les Autochtones du Canada, 24 heures sur 24, par téléphone ou clavardage en ligne.',
    ),
    url: t('https://www.hopeforwellness.ca/', 'https://www.hopeforwellness.ca/'),
    eligibility: t(
      'First Nations, Inuit and Métis people anywhere in Canada.',
      'Les membres des Premières Nations, les Inuits et les Métis partout au Canada.',
    ),
    process: t(
      'Call or start a chat at any time; no referral is needed.',
      'Appelez ou ouvrez une séance de clavardage en tout temps; aucune recommandation n’est nécessaire.',
    ),
    fees: t('Free.', 'Gratuit.'),
    interpretation: t(
      'Help in English and French, and on request in Cree, Ojibway and Inuktitut.',
      'Aide en français et en anglais et, sur demande, en cri, en ojibwé et en inuktitut.',
    ),
    channels: [
      web('https://www.hopeforwellness.ca/', 'https://www.hopeforwellness.ca/', {
        description: t('Online chat', 'Clavardage en ligne'),
      }),
      phone('1-855-242-3310', [weekly24()], {
        description: t(
          'Hope for Wellness Help Line, open 24 hours a day, 7 days a week',
          'Ligne d’écoute d’espoir pour le mieux-être, ouverte 24 heures sur 24, 7 jours sur 7',
        ),
        languages: ['en', 'fr', 'oj', 'iu'],
        cost: 20,
      }),
    ],
  }),
  service({
    slug: 'post-secondary-student-support',
    org: 'isc',
    name: t(
      'Post-Secondary Student Support Program',
      'Programme d’aide aux étudiants de niveau postsecondaire',
    ),
    alternate_name: t('PSSSP, band funding for school', 'PAENP, financement des études par la bande'),
    description: t(
      'Funding for First Nations students in eligible college and university programs: tuition, books, travel and living allowances. First Nations decide who receives it.',
      'Financement pour les étudiants des Premières Nations inscrits à un programme collégial ou universitaire admissible : droits de scolarité, livres, déplacements et frais de subsistance. Ce sont les Premières Nations qui choisissent les bénéficiaires.',
    ),
    url: t(
      'https://www.sac-isc.gc.ca/eng/1100100033682/1531933580211',
      'https://www.sac-isc.gc.ca/fra/1100100033682/1531933580211',
    ),
    eligibility: t(
      'Status First Nations students accepted in an eligible post-secondary program who keep a satisfactory academic standing. Inuit and Métis students apply to their own Inuit or Métis education programs.',
      'Les étudiants inscrits des Premières Nations admis à un programme postsecondaire admissible qui maintiennent des résultats satisfaisants. Les étudiants inuits et métis s’adressent aux programmes d’éducation inuits ou métis qui les concernent.',
    ),
    process: t(
      'Apply each year to your First Nation’s education office or the organization it designates, before its deadline.',
      'Présentez une demande chaque année au bureau de l’éducation de votre Première Nation ou à l’organisme qu’elle désigne, avant la date limite.',
    ),
    fees: t('Free.', 'Gratuit.'),
    channels: [
      web(
        'https://www.sac-isc.gc.ca/eng/1100100033682/1531933580211',
        'https://www.sac-isc.gc.ca/fra/1100100033682/1531933580211',
      ),
      phone('1-800-567-9604', SC_HOURS, {
        description: t(
          'Indigenous Services Canada public enquiries',
          'Renseignements généraux de Services aux Autochtones Canada',
        ),
      }),
    ],
  }),
];

/** Every day, all day: the schedule of a round-the-clock line. */
function weekly24() {
  return { ...weekdays('00:00', '23:59'), key: 'weekly:all-days', byday: 'MO,TU,WE,TH,FR,SA,SU' };
}
