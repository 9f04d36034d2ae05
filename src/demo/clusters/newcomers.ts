/**
 * Newcomers to Canada: from the first weeks (Social Insurance Number, settlement services, health
 * card) to citizenship. The citizenship step uses years lived in Canada as a simple stand-in for the
 * real test (1,095 days of physical presence in the last 5 years, time before permanent residence
 * counting in part), which IRCC's calculator checks exactly.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  atLeast,
  elsewhere,
  inNovaScotia,
  inOntario,
  is,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
  yesNo,
} from './helpers.js';
import type { DemoCluster } from './index.js';

const permanentResident = is('status', 'permanent-resident');
const hasChildren = yes('children');

export const newcomers: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'newcomers',
    kind: 'client-group',
    title: t('Newcomers to Canada', 'Nouveaux arrivants au Canada'),
    summary: t(
      'Your first weeks and years in Canada: your Social Insurance Number, health card and free settlement services, a language assessment and classes, the child benefit, work and your first tax return, up to Canadian citizenship. Settlement agencies help for free, in many languages.',
      'Vos premières semaines et vos premières années au Canada : numéro d’assurance sociale, carte santé et services d’établissement gratuits, évaluation linguistique et cours de langue, allocation pour enfants, travail et première déclaration de revenus, jusqu’à la citoyenneté canadienne. Les organismes d’établissement vous aident gratuitement, dans de nombreuses langues.',
    ),
    slug: { en: 'newcomers', fr: 'nouveaux-arrivants' },
    lead_organization_id: orgId('ircc'),
    synonyms: {
      en: words([
        'newcomer',
        'newcomers',
        'new to Canada',
        'just arrived',
        'arrived in Canada',
        'immigrant',
        'immigrants',
        'immigration',
        'refugee',
        'refugees',
        'asylum',
        'asylum seeker',
        'protected person',
        'permanent resident',
        'permanent residence',
        'PR',
        'PR card',
        'landed immigrant',
        'landing',
        'settlement',
        'settlement services',
        'settling in Canada',
        'citizenship',
        'become a citizen',
        'citizenship test',
        'LINC',
        'English classes',
        'French classes',
        'language classes',
        'international student',
        'work permit',
        'temporary foreign worker',
        'sponsorship',
        'new Canadian',
      ]),
      fr: words([
        'nouvel arrivant',
        'nouveaux arrivants',
        'nouvelle arrivante',
        'arrivé au Canada',
        'immigrant',
        'immigrants',
        'immigrante',
        'immigration',
        'réfugié',
        'réfugiés',
        'réfugiée',
        'demandeur d’asile',
        'asile',
        'personne protégée',
        'résident permanent',
        'résidence permanente',
        'RP',
        'carte RP',
        'immigrant reçu',
        'établissement',
        'services d’établissement',
        's’installer au Canada',
        'citoyenneté',
        'devenir citoyen',
        'examen de citoyenneté',
        'CLIC',
        'cours de français',
        'cours d’anglais',
        'cours de langue',
        'étudiant étranger',
        'permis de travail',
        'travailleur étranger temporaire',
        'parrainage',
        'nouveau Canadien',
      ]),
    },
    screener: [
      provinceQuestion(t('Where do you live?', 'Où habitez-vous?')),
      {
        id: 'status',
        type: 'choice',
        label: t('What is your status in Canada?', 'Quel est votre statut au Canada?'),
        options: [
          { value: 'permanent-resident', label: t('Permanent resident', 'Résident permanent') },
          {
            value: 'protected-person',
            label: t('Refugee or protected person', 'Réfugié ou personne protégée'),
          },
          { value: 'temporary-resident', label: t('Work or study permit', 'Permis de travail ou d’études') },
        ],
      },
      {
        id: 'arrival_date',
        type: 'date',
        label: t('When did you arrive in Canada?', 'Quand êtes-vous arrivé au Canada?'),
      },
      {
        id: 'years_in_canada',
        type: 'number',
        label: t('How many years have you lived in Canada?', 'Depuis combien d’années vivez-vous au Canada?'),
        hint: t(
          'Time before you became a permanent resident counts in part toward citizenship.',
          'Le temps passé au Canada avant d’obtenir la résidence permanente compte en partie pour la citoyenneté.',
        ),
        min: 0,
        max: 100,
      },
      yesNo(
        'children',
        t(
          'Do you have children under 18 living with you?',
          'Avez-vous des enfants de moins de 18 ans qui vivent avec vous?',
        ),
      ),
      yesNo(
        'language_help',
        t(
          'Would you like to improve your English or French?',
          'Aimeriez-vous améliorer votre français ou votre anglais?',
        ),
      ),
    ],
    stages: [
      stage(
        'first-weeks',
        t('Your first weeks', 'Vos premières semaines'),
        t(
          'The number you need to work, a settlement counsellor, and health coverage.',
          'Le numéro dont vous avez besoin pour travailler, un conseiller en établissement et la couverture santé.',
        ),
        [
          step({
            key: 'social-insurance-number',
            title: t('Get your Social Insurance Number', 'Obtenir votre numéro d’assurance sociale'),
            summary: t(
              'You need a SIN to work in Canada and to receive government benefits. Apply online or at a Service Canada Centre with your permanent resident confirmation or your permit.',
              'Il vous faut un NAS pour travailler au Canada et recevoir des prestations gouvernementales. Présentez une demande en ligne ou dans un Centre Service Canada avec votre confirmation de résidence permanente ou votre permis.',
            ),
            services: ['social-insurance-number'],
            timing: t('As soon as you arrive', 'Dès votre arrivée'),
          }),
          step({
            key: 'settlement-ottawa',
            title: t('Meet a settlement counsellor', 'Rencontrer un conseiller en établissement'),
            summary: t(
              'OCISO’s counsellors, who speak many languages, assess your needs and help with housing, schools, health and government forms.',
              'Les conseillers de l’OCISO, qui parlent de nombreuses langues, évaluent vos besoins et vous aident pour le logement, les écoles, la santé et les formulaires gouvernementaux.',
            ),
            services: ['ociso-settlement-services'],
            alternative_group: 'settlement',
            applies_if: inOntario,
            timing: t('In your first weeks', 'Dans vos premières semaines'),
          }),
          step({
            key: 'settlement-halifax',
            title: t('Meet a settlement counsellor', 'Rencontrer un conseiller en établissement'),
            summary: t(
              'ISANS assesses your needs and helps with housing, health, school registration and connections to the community.',
              'L’ISANS évalue vos besoins et vous aide pour le logement, la santé, l’inscription à l’école et les liens avec la communauté.',
            ),
            services: ['isans-settlement-services'],
            alternative_group: 'settlement',
            applies_if: inNovaScotia,
            timing: t('In your first weeks', 'Dans vos premières semaines'),
          }),
          step({
            key: 'settlement-elsewhere',
            title: t(
              'Find free newcomer services near you',
              'Trouver des services gratuits pour les nouveaux arrivants près de chez vous',
            ),
            summary: t(
              'IRCC funds settlement organizations across Canada; search by postal code.',
              'IRCC finance des organismes d’établissement partout au Canada; cherchez par code postal.',
            ),
            services: ['newcomer-settlement-services-finder'],
            alternative_group: 'settlement',
            applies_if: elsewhere,
          }),
          step({
            key: 'health-card-ontario',
            title: t('Apply for OHIP', 'S’inscrire à l’Assurance-santé de l’Ontario'),
            summary: t(
              'Apply in person at a ServiceOntario centre with your immigration document, proof of Ontario residency and identity.',
              'Présentez une demande en personne dans un centre de ServiceOntario avec votre document d’immigration, une preuve de résidence en Ontario et une pièce d’identité.',
            ),
            services: ['on-health-card'],
            alternative_group: 'health-card',
            applies_if: inOntario,
            timing: t('As soon as you arrive', 'Dès votre arrivée'),
          }),
          step({
            key: 'health-card-nova-scotia',
            title: t('Register for MSI', 'S’inscrire au MSI'),
            summary: t(
              'Call MSI Registration and Enquiry to register, then send copies of your immigration document and proof of address.',
              'Appelez le service d’inscription et de renseignements du MSI, puis envoyez des copies de votre document d’immigration et d’une preuve d’adresse.',
            ),
            services: ['ns-health-card'],
            alternative_group: 'health-card',
            applies_if: inNovaScotia,
            timing: t('As soon as you arrive', 'Dès votre arrivée'),
          }),
        ],
      ),
      stage(
        'settling-in',
        t('Settling in', 'S’installer'),
        t(
          'Language, benefits for your children, and the documents of daily life.',
          'La langue, les prestations pour vos enfants et les documents de la vie quotidienne.',
        ),
        [
          step({
            key: 'language-halifax',
            title: t('Take a language assessment', 'Faire évaluer vos compétences linguistiques'),
            summary: t(
              'ISANS assesses your English against the Canadian Language Benchmarks and refers you to free classes that fit your level and schedule.',
              'L’ISANS évalue votre anglais selon les Niveaux de compétence linguistique canadiens et vous oriente vers des cours gratuits adaptés à votre niveau et à votre horaire.',
            ),
            services: ['isans-language-assessment'],
            alternative_group: 'language',
            applies_if: all(inNovaScotia, yes('language_help')),
          }),
          step({
            key: 'language-ottawa',
            title: t('Take a language assessment', 'Faire évaluer vos compétences linguistiques'),
            summary: t(
              'Your settlement counsellor refers you to a language assessment and to free English (LINC) or French (CLIC) classes for newcomers.',
              'Votre conseiller en établissement vous oriente vers une évaluation linguistique et vers des cours gratuits de français (CLIC) ou d’anglais (LINC) pour les nouveaux arrivants.',
            ),
            services: ['ociso-settlement-services'],
            alternative_group: 'language',
            applies_if: all(inOntario, yes('language_help')),
          }),
          step({
            key: 'canada-child-benefit',
            title: t('Apply for the Canada child benefit', 'Demander l’allocation canadienne pour enfants'),
            summary: t(
              'A tax-free monthly payment for children under 18. Newcomers apply in CRA My Account or with form RC66 and its schedule on status in Canada and income.',
              'Paiement mensuel non imposable pour les enfants de moins de 18 ans. Les nouveaux arrivants font la demande dans Mon dossier de l’ARC ou avec le formulaire RC66 et son annexe sur le statut au Canada et le revenu.',
            ),
            services: ['canada-child-benefit'],
            applies_if: hasChildren,
            timing: t('As soon as you arrive with your children', 'Dès votre arrivée avec vos enfants'),
          }),
          step({
            key: 'direct-deposit',
            title: t('Sign up for direct deposit', 'S’inscrire au dépôt direct'),
            summary: t(
              'Once you have a Canadian bank account, receive benefits and tax refunds directly in it.',
              'Dès que vous avez un compte bancaire canadien, recevez-y directement vos prestations et vos remboursements d’impôt.',
            ),
            services: ['direct-deposit'],
            optional: true,
          }),
          step({
            key: 'child-care-ottawa',
            title: t('Apply for help with child care costs', 'Demander de l’aide pour les frais de garde'),
            summary: t(
              'The City of Ottawa helps eligible families pay for licensed child care.',
              'La Ville d’Ottawa aide les familles admissibles à payer les services de garde agréés.',
            ),
            services: ['ottawa-child-care-fee-subsidy'],
            optional: true,
            alternative_group: 'child-care',
            applies_if: all(inOntario, hasChildren),
          }),
          step({
            key: 'child-care-nova-scotia',
            title: t('Apply for help with child care costs', 'Demander de l’aide pour les frais de garde'),
            summary: t(
              'Nova Scotia’s Child Care Subsidy helps families with low or modest incomes pay for licensed child care.',
              'La subvention pour la garde d’enfants de la Nouvelle-Écosse aide les familles à revenu faible ou modeste à payer les services de garde agréés.',
            ),
            services: ['ns-child-care-subsidy'],
            optional: true,
            alternative_group: 'child-care',
            applies_if: all(inNovaScotia, hasChildren),
          }),
          step({
            key: 'drivers-licence-ontario',
            title: t('Exchange your driver’s licence', 'Échanger votre permis de conduire'),
            summary: t(
              'You can drive on your foreign licence for 60 days; licences from countries with an exchange agreement are exchanged without a road test.',
              'Vous pouvez conduire avec votre permis étranger pendant 60 jours; les permis des pays qui ont conclu une entente d’échange sont échangés sans examen sur route.',
            ),
            services: ['on-drivers-licence-exchange'],
            optional: true,
            alternative_group: 'drivers-licence',
            applies_if: inOntario,
            timing: t('Within 60 days of arriving', 'Dans les 60 jours suivant votre arrivée'),
          }),
          step({
            key: 'drivers-licence-nova-scotia',
            title: t('Exchange your driver’s licence', 'Échanger votre permis de conduire'),
            summary: t(
              'New residents exchange their licence at an Access Nova Scotia centre.',
              'Les nouveaux résidents échangent leur permis dans un centre Accès Nouvelle-Écosse.',
            ),
            services: ['ns-drivers-licence'],
            optional: true,
            alternative_group: 'drivers-licence',
            applies_if: inNovaScotia,
            timing: t('Within 90 days of arriving', 'Dans les 90 jours suivant votre arrivée'),
          }),
          step({
            key: 'library-halifax',
            title: t('Get a free library card', 'Obtenir une carte de bibliothèque gratuite'),
            summary: t(
              'Halifax Public Libraries offer computers, Wi-Fi, conversation circles and programs for newcomers.',
              'Les Bibliothèques publiques d’Halifax offrent des ordinateurs, le Wi-Fi, des cercles de conversation et des programmes pour les nouveaux arrivants.',
            ),
            services: ['halifax-library-card'],
            optional: true,
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'work-and-taxes',
        t('Work and taxes', 'Travail et impôts'),
        t(
          'Find work in your field and file your first tax return.',
          'Trouvez du travail dans votre domaine et produisez votre première déclaration de revenus.',
        ),
        [
          step({
            key: 'employment-ottawa',
            title: t(
              'Get employment help for newcomers',
              'Obtenir de l’aide à l’emploi pour les nouveaux arrivants',
            ),
            summary: t(
              'Résumés adapted to the Canadian market, interview practice and referrals to employers.',
              'Curriculum vitæ adapté au marché canadien, préparation aux entrevues et orientation vers des employeurs.',
            ),
            services: ['ociso-employment-support'],
            alternative_group: 'newcomer-employment',
            applies_if: inOntario,
          }),
          step({
            key: 'employment-halifax',
            title: t(
              'Get employment help for newcomers',
              'Obtenir de l’aide à l’emploi pour les nouveaux arrivants',
            ),
            summary: t(
              'Career planning, credential recognition and connections to employers.',
              'Planification de carrière, reconnaissance des titres de compétences et liens avec des employeurs.',
            ),
            services: ['isans-employment-services'],
            alternative_group: 'newcomer-employment',
            applies_if: inNovaScotia,
          }),
          step({
            key: 'job-bank',
            title: t('Search Job Bank', 'Consulter le Guichet-Emplois'),
            summary: t(
              'Job postings across Canada, with wages and outlooks for your occupation.',
              'Offres d’emploi partout au Canada, avec les salaires et les perspectives de votre profession.',
            ),
            services: ['job-bank'],
            optional: true,
          }),
          step({
            key: 'first-tax-return',
            title: t('File your first tax return', 'Produire votre première déclaration de revenus'),
            summary: t(
              'File even if you earned little: your return opens the GST/HST credit, keeps the child benefit coming and counts toward citizenship.',
              'Produisez-la même si votre revenu est faible : votre déclaration donne droit au crédit pour la TPS/TVH, maintient l’allocation pour enfants et compte pour la citoyenneté.',
            ),
            services: ['income-tax-return'],
            timing: t(
              'By April 30 of the year after you arrive',
              'Au plus tard le 30 avril de l’année suivant votre arrivée',
            ),
          }),
        ],
      ),
      stage(
        'citizenship',
        t('Permanent residence and citizenship', 'Résidence permanente et citoyenneté'),
        t(
          'Keep your status documents valid, then become a Canadian citizen.',
          'Gardez vos documents de statut valides, puis devenez citoyen canadien.',
        ),
        [
          step({
            key: 'pr-card',
            title: t(
              'Keep your permanent resident card valid',
              'Garder votre carte de résident permanent valide',
            ),
            summary: t(
              'The PR card usually lasts five years; renew it before it expires if you plan to travel.',
              'La carte RP est habituellement valide cinq ans; renouvelez-la avant son expiration si vous prévoyez voyager.',
            ),
            services: ['permanent-resident-card'],
            optional: true,
            applies_if: permanentResident,
          }),
          step({
            key: 'citizenship',
            title: t('Apply for Canadian citizenship', 'Demander la citoyenneté canadienne'),
            summary: t(
              'Permanent residents who meet the requirements apply online, take the citizenship test if they are 18 to 54, and take the oath at a ceremony.',
              'Les résidents permanents qui remplissent les conditions présentent une demande en ligne, passent l’examen de citoyenneté s’ils ont de 18 à 54 ans et prêtent serment lors d’une cérémonie.',
            ),
            services: ['citizenship-application'],
            applies_if: all(permanentResident, atLeast('years_in_canada', 3)),
            timing: t(
              'Once you have been physically present in Canada for 1,095 days in the last 5 years',
              'Lorsque vous avez été effectivement présent au Canada 1 095 jours au cours des 5 dernières années',
            ),
          }),
          step({
            key: 'passport',
            title: t('Apply for your Canadian passport', 'Demander votre passeport canadien'),
            summary: t(
              'Once you are a citizen, apply with your citizenship certificate.',
              'Une fois citoyen, présentez une demande avec votre certificat de citoyenneté.',
            ),
            services: ['adult-passport'],
            optional: true,
            applies_if: permanentResident,
          }),
        ],
      ),
    ],
  },
};
