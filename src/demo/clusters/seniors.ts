/**
 * Seniors: a client group. Pension steps open a year before the age they start at, because both the
 * Canada Pension Plan and Old Age Security take applications up to 11 or 12 months ahead.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  atLeast,
  atMost,
  inNovaScotia,
  inOntario,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
  yesNo,
} from './helpers.js';
import type { DemoCluster } from './index.js';

const age65 = atLeast('age', 65);
const lowIncome = yes('low_income');

export const seniors: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'seniors',
    kind: 'client-group',
    title: t('Seniors', 'Aînés'),
    summary: t(
      'Pensions and benefits for people aged 60 and over, in one place: the Canada Pension Plan, Old Age Security and the Guaranteed Income Supplement, provincial drug and dental coverage, help with property taxes and home costs, transit fares and programs to stay active, and benefits for Veterans.',
      'Les pensions et les prestations pour les personnes de 60 ans et plus, en un seul endroit : le Régime de pensions du Canada, la Sécurité de la vieillesse et le Supplément de revenu garanti, l’assurance-médicaments et les soins dentaires provinciaux, l’aide pour l’impôt foncier et les frais de logement, les tarifs de transport en commun et les programmes pour rester actif, ainsi que les prestations pour les vétérans.',
    ),
    slug: { en: 'seniors', fr: 'aines' },
    lead_organization_id: orgId('service-canada'),
    synonyms: {
      en: words([
        'senior',
        'seniors',
        'senior citizen',
        'elderly',
        'older adult',
        'older adults',
        'retirement',
        'retire',
        'retiring',
        'retired',
        'retiree',
        'pension',
        'pensioner',
        'old age pension',
        'old age security',
        'OAS',
        'CPP',
        'Canada pension',
        'GIS',
        'guaranteed income supplement',
        'turning 65',
        'age 65',
        'golden age',
        'seniors discount',
        "seniors' benefits",
        'drug plan for seniors',
        'senior bus pass',
        'aging',
        'grandparent',
        'retirement income',
        'pension cheque',
        'old age benefits',
      ]),
      fr: words([
        'aîné',
        'aînés',
        'aînée',
        'personne âgée',
        'personnes âgées',
        'troisième âge',
        'âge d’or',
        'retraite',
        'retraitée',
        'prendre sa retraite',
        'pension',
        'pensionné',
        'pension de vieillesse',
        'Sécurité de la vieillesse',
        'SV',
        'RPC',
        'Régime de pensions du Canada',
        'SRG',
        'supplément de revenu garanti',
        '65 ans',
        'avoir 65 ans',
        'rabais pour aînés',
        'assurance-médicaments pour aînés',
        'laissez-passer pour aînés',
        'vieillissement',
        'grands-parents',
        'revenu de retraite',
        'chèque de pension',
        'prestations de vieillesse',
      ]),
    },
    screener: [
      {
        id: 'age',
        type: 'number',
        label: t('How old are you?', 'Quel âge avez-vous?'),
        min: 0,
        max: 120,
        required: true,
      },
      provinceQuestion(t('Where do you live?', 'Où habitez-vous?')),
      yesNo('low_income', t('Is your income low or modest?', 'Votre revenu est-il faible ou modeste?'), {
        hint: t(
          'Several benefits are for people with a low income; the exact limits are on each service’s page.',
          'Plusieurs prestations sont destinées aux personnes à faible revenu; les plafonds exacts figurent sur la page de chaque service.',
        ),
      }),
      yesNo(
        'spouse_gis',
        t(
          'Does your spouse or common-law partner receive the Guaranteed Income Supplement?',
          'Votre époux ou conjoint de fait reçoit-il le Supplément de revenu garanti?',
        ),
        {
          hint: t(
            'Answer no if you have no spouse or partner. It matters for the Allowance, paid from 60 to 64.',
            'Répondez non si vous n’avez pas d’époux ni de conjoint. La réponse compte pour l’Allocation, versée de 60 à 64 ans.',
          ),
        },
      ),
      yesNo('homeowner', t('Do you own your home?', 'Êtes-vous propriétaire de votre logement?')),
      yesNo(
        'veteran',
        t(
          'Did you serve in the Canadian Armed Forces or the RCMP?',
          'Avez-vous servi dans les Forces armées canadiennes ou la GRC?',
        ),
      ),
    ],
    stages: [
      stage(
        'pensions',
        t('Your pensions', 'Vos pensions'),
        t(
          'Public pensions do not always start by themselves: check what you must apply for.',
          'Les pensions publiques ne commencent pas toujours d’elles-mêmes : vérifiez ce que vous devez demander.',
        ),
        [
          step({
            key: 'cpp-retirement',
            title: t(
              'Apply for your Canada Pension Plan retirement pension',
              'Demander votre pension de retraite du Régime de pensions du Canada',
            ),
            summary: t(
              'Your pension depends on your contributions and on the age you start it: it is reduced before 65 and increased after.',
              'Votre pension dépend de vos cotisations et de l’âge auquel vous la faites commencer : elle est réduite avant 65 ans et augmentée après.',
            ),
            services: ['cpp-retirement-pension'],
            applies_if: atLeast('age', 59),
            timing: t(
              'Up to 12 months before you want it to start; it can start at any age from 60 to 70',
              'Jusqu’à 12 mois avant la date de début souhaitée; elle peut commencer à tout âge entre 60 et 70 ans',
            ),
          }),
          step({
            key: 'old-age-security',
            title: t(
              'Get your Old Age Security pension',
              'Obtenir votre pension de la Sécurité de la vieillesse',
            ),
            summary: t(
              'Many people are enrolled automatically and receive a letter; if you do not, apply.',
              'Beaucoup de personnes sont inscrites automatiquement et reçoivent une lettre; sinon, présentez une demande.',
            ),
            services: ['old-age-security'],
            applies_if: atLeast('age', 64),
            timing: t('Up to 11 months before you turn 65', 'Jusqu’à 11 mois avant vos 65 ans'),
          }),
          step({
            key: 'guaranteed-income-supplement',
            title: t('Get the Guaranteed Income Supplement', 'Obtenir le Supplément de revenu garanti'),
            summary: t(
              'A monthly top-up to Old Age Security for people with a low income; often automatic, and renewed each year from your tax return.',
              'Complément mensuel à la Sécurité de la vieillesse pour les personnes à faible revenu; souvent automatique, il est renouvelé chaque année à partir de votre déclaration de revenus.',
            ),
            services: ['guaranteed-income-supplement'],
            applies_if: all(atLeast('age', 64), lowIncome),
          }),
          step({
            key: 'allowance',
            title: t('Apply for the Allowance', 'Demander l’Allocation'),
            summary: t(
              'A monthly benefit for people aged 60 to 64 with a low income whose spouse or partner receives the Guaranteed Income Supplement.',
              'Prestation mensuelle pour les personnes de 60 à 64 ans à faible revenu dont l’époux ou le conjoint reçoit le Supplément de revenu garanti.',
            ),
            services: ['oas-allowance'],
            applies_if: all(atLeast('age', 60), atMost('age', 64), yes('spouse_gis')),
          }),
          step({
            key: 'gains-ontario',
            title: t('Receive GAINS from Ontario', 'Recevoir le RRAG de l’Ontario'),
            summary: t(
              'Ontario adds a monthly payment for low-income seniors who receive OAS and the GIS; there is nothing to apply for.',
              'L’Ontario verse un paiement mensuel supplémentaire aux personnes âgées à faible revenu qui reçoivent la SV et le SRG; il n’y a rien à demander.',
            ),
            services: ['on-gains'],
            optional: true,
            applies_if: all(inOntario, age65, lowIncome),
          }),
          step({
            key: 'tax-return',
            title: t('File your tax return every year', 'Produire votre déclaration de revenus chaque année'),
            summary: t(
              'The Guaranteed Income Supplement, GAINS and many credits are calculated from your return, even when you have little income.',
              'Le Supplément de revenu garanti, le RRAG et de nombreux crédits sont calculés à partir de votre déclaration, même si votre revenu est faible.',
            ),
            services: ['income-tax-return'],
            timing: t('By April 30 each year', 'Au plus tard le 30 avril de chaque année'),
          }),
          step({
            key: 'direct-deposit',
            title: t('Sign up for direct deposit', 'S’inscrire au dépôt direct'),
            summary: t(
              'Pensions and credits arrive in your bank account on the payment date.',
              'Les pensions et les crédits arrivent dans votre compte bancaire à la date de paiement.',
            ),
            services: ['direct-deposit', 'my-service-canada-account'],
            optional: true,
          }),
        ],
      ),
      stage(
        'health',
        t('Health and care', 'Santé et soins'),
        t(
          'Prescription drugs, dental care and help to stay at home.',
          'Médicaments sur ordonnance, soins dentaires et aide pour rester à domicile.',
        ),
        [
          step({
            key: 'drugs-ontario',
            title: t('Use the Ontario Drug Benefit', 'Profiter du Programme de médicaments de l’Ontario'),
            summary: t(
              'Most prescription drugs are covered from the month after you turn 65; show your health card at the pharmacy.',
              'La plupart des médicaments sur ordonnance sont couverts à partir du mois suivant vos 65 ans; présentez votre carte Santé à la pharmacie.',
            ),
            services: ['on-drug-benefit'],
            alternative_group: 'drug-coverage',
            applies_if: all(inOntario, age65),
          }),
          step({
            key: 'pharmacare-nova-scotia',
            title: t(
              'Join Seniors’ Pharmacare',
              'Adhérer au programme d’assurance-médicaments pour les aînés',
            ),
            summary: t(
              'Nova Scotia helps you pay for prescriptions from age 65, with a yearly premium and co-payments reduced for lower incomes.',
              'La Nouvelle-Écosse vous aide à payer vos médicaments dès 65 ans, moyennant une prime annuelle et une quote-part réduites pour les revenus plus faibles.',
            ),
            services: ['ns-seniors-pharmacare'],
            alternative_group: 'drug-coverage',
            applies_if: all(inNovaScotia, age65),
          }),
          step({
            key: 'dental-ontario',
            title: t('Get free dental care (Ontario)', 'Obtenir des soins dentaires gratuits (Ontario)'),
            summary: t(
              'Routine dental care through public health units for low-income seniors without dental benefits.',
              'Soins dentaires courants dans les bureaux de santé publique pour les aînés à faible revenu sans assurance dentaire.',
            ),
            services: ['on-seniors-dental-care'],
            optional: true,
            alternative_group: 'dental',
            applies_if: all(inOntario, age65, lowIncome),
          }),
          step({
            key: 'dental-canada',
            title: t(
              'Apply for the Canada Dental Care Plan',
              'Demander le Régime canadien de soins dentaires',
            ),
            summary: t(
              'For residents without dental insurance and with a family income under $90,000.',
              'Pour les résidents sans assurance dentaire dont le revenu familial est inférieur à 90 000 $.',
            ),
            services: ['canada-dental-care-plan'],
            optional: true,
            alternative_group: 'dental',
          }),
          step({
            key: 'care-grant-nova-scotia',
            title: t('Apply for the Seniors Care Grant', 'Demander la subvention pour les soins aux aînés'),
            summary: t(
              'A yearly grant for snow removal, housekeeping, yard work and other costs that help you stay at home.',
              'Subvention annuelle pour le déneigement, l’entretien ménager, l’entretien du terrain et d’autres frais qui vous aident à rester à domicile.',
            ),
            services: ['ns-seniors-care-grant'],
            applies_if: all(inNovaScotia, age65, lowIncome),
          }),
          step({
            key: 'disability-tax-credit',
            title: t(
              'Check the disability tax credit',
              'Vérifier le crédit d’impôt pour personnes handicapées',
            ),
            summary: t(
              'If a health condition seriously limits your daily activities, this credit lowers your taxes or those of the family member who supports you.',
              'Si un problème de santé limite gravement vos activités quotidiennes, ce crédit réduit votre impôt ou celui du membre de la famille qui vous soutient.',
            ),
            services: ['disability-tax-credit'],
            optional: true,
          }),
        ],
      ),
      stage(
        'home-and-money',
        t('Home and money', 'Logement et argent'),
        t(
          'Help with property taxes for homeowners with a low income.',
          'Aide pour l’impôt foncier des propriétaires à faible revenu.',
        ),
        [
          step({
            key: 'tax-deferral-ottawa',
            title: t('Defer your property taxes', 'Reporter votre impôt foncier'),
            summary: t(
              'Ottawa lets low-income seniors defer all or part of their property taxes and water bill, repaid when the home is sold.',
              'Ottawa permet aux aînés à faible revenu de reporter la totalité ou une partie de leur impôt foncier et de leur facture d’eau, remboursés à la vente de la maison.',
            ),
            services: ['ottawa-property-tax-deferral'],
            optional: true,
            applies_if: all(inOntario, yes('homeowner'), lowIncome),
            timing: t(
              'Apply by December 31; renew by September 30 each year',
              'Présentez la demande au plus tard le 31 décembre; renouvelez-la au plus tard le 30 septembre de chaque année',
            ),
          }),
          step({
            key: 'tax-rebate-nova-scotia',
            title: t(
              'Apply for the Property Tax Rebate for Seniors',
              'Demander le remboursement de l’impôt foncier pour les aînés',
            ),
            summary: t(
              'Nova Scotia refunds part of the municipal property tax you paid on your home.',
              'La Nouvelle-Écosse rembourse une partie de l’impôt foncier municipal que vous avez payé sur votre maison.',
            ),
            services: ['ns-seniors-property-tax-rebate'],
            applies_if: all(inNovaScotia, yes('homeowner'), lowIncome),
          }),
          step({
            key: 'tax-relief-halifax',
            title: t(
              'Apply for Halifax’s low-income tax relief',
              'Demander l’allègement fiscal d’Halifax pour les revenus faibles',
            ),
            summary: t(
              'Halifax homeowners with a low household income can get relief on their property tax; apply every year.',
              'Les propriétaires d’Halifax dont le revenu du ménage est faible peuvent obtenir un allègement de leur impôt foncier; présentez une demande chaque année.',
            ),
            services: ['halifax-low-income-tax-relief'],
            optional: true,
            applies_if: all(inNovaScotia, yes('homeowner'), lowIncome),
          }),
        ],
      ),
      stage(
        'getting-around',
        t('Getting around and staying active', 'Se déplacer et rester actif'),
        t(
          'Transit, driving and programs near you.',
          'Transport en commun, conduite et programmes près de chez vous.',
        ),
        [
          step({
            key: 'transit-ottawa',
            title: t('Get the senior fare on OC Transpo', 'Obtenir le tarif aîné d’OC Transpo'),
            summary: t(
              'Riders 65 and older pay reduced fares; set the senior fare on your Presto card with proof of age.',
              'Les usagers de 65 ans et plus paient un tarif réduit; faites appliquer le tarif aîné à votre carte Presto avec une preuve d’âge.',
            ),
            services: ['ottawa-transit-seniors'],
            optional: true,
            applies_if: all(inOntario, age65),
          }),
          step({
            key: 'licence-80-ontario',
            title: t('Renew your licence at 80 and over', 'Renouveler votre permis à 80 ans et plus'),
            summary: t(
              'From age 80, Ontario drivers renew every two years through a senior driver renewal program with a vision test.',
              'À partir de 80 ans, les conducteurs de l’Ontario renouvellent leur permis tous les deux ans dans le cadre d’un programme de renouvellement pour conducteurs âgés, avec un examen de la vue.',
            ),
            services: ['on-drivers-licence-renewal'],
            optional: true,
            applies_if: all(inOntario, atLeast('age', 80)),
          }),
          step({
            key: 'recreation-ottawa',
            title: t('Join programs for older adults', 'Participer aux programmes pour les aînés'),
            summary: t(
              'Fitness, swimming, arts and social programs at City facilities, in English and French.',
              'Conditionnement physique, natation, arts et programmes sociaux dans les installations municipales, en français et en anglais.',
            ),
            services: ['ottawa-recreation-registration'],
            optional: true,
            alternative_group: 'recreation',
            applies_if: inOntario,
          }),
          step({
            key: 'recreation-halifax',
            title: t('Join recreation programs', 'Participer aux programmes récréatifs'),
            summary: t(
              'Swimming, skating and community programs at municipal facilities across the Halifax region.',
              'Natation, patinage et programmes communautaires dans les installations municipales de la région d’Halifax.',
            ),
            services: ['halifax-recreation'],
            optional: true,
            alternative_group: 'recreation',
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'veterans',
        t('Veterans', 'Vétérans'),
        t(
          'Benefits for those who served, whatever their age.',
          'Des prestations pour celles et ceux qui ont servi, quel que soit leur âge.',
        ),
        [
          step({
            key: 'veterans-benefits',
            title: t(
              'Apply for Veterans disability benefits',
              'Demander des prestations d’invalidité pour les vétérans',
            ),
            summary: t(
              'Tax-free compensation for an injury or illness related to your service in the Canadian Armed Forces or the RCMP.',
              'Indemnisation non imposable pour une blessure ou une maladie liée à votre service dans les Forces armées canadiennes ou la GRC.',
            ),
            services: ['veterans-disability-benefits'],
            applies_if: yes('veteran'),
          }),
        ],
      ),
    ],
  },
};
