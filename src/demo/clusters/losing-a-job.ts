/**
 * Losing a job: the Record of Employment and Employment Insurance first, then what the employer
 * still owes, income support while waiting, and help finding the next job from the province and
 * from community partners.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  inNovaScotia,
  inOntario,
  is,
  isNot,
  oneOf,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
  yesNo,
} from './helpers.js';
import type { DemoCluster } from './index.js';

const dismissed = oneOf('reason', ['laid-off', 'dismissed']);

export const losingAJob: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'losing-a-job',
    kind: 'life-event',
    title: t('Losing a job', 'Perte d’emploi'),
    summary: t(
      'If you were laid off, let go or your contract ended: make sure you get your Record of Employment, apply for Employment Insurance without waiting, check that you received the notice and pay you are owed, find income support if you need it now, and get free help to find new work or retrain.',
      'Si vous avez été mis à pied ou congédié, ou si votre contrat a pris fin : assurez-vous de recevoir votre relevé d’emploi, demandez l’assurance-emploi sans attendre, vérifiez que vous avez reçu le préavis et la paie qui vous sont dus, trouvez une aide au revenu si vous en avez besoin maintenant et obtenez de l’aide gratuite pour trouver un nouvel emploi ou vous recycler.',
    ),
    slug: { en: 'losing-a-job', fr: 'perte-d-emploi' },
    lead_organization_id: orgId('service-canada'),
    synonyms: {
      en: words([
        'lost my job',
        'job loss',
        'laid off',
        'layoff',
        'let go',
        'fired',
        'terminated',
        'dismissed',
        'unemployed',
        'unemployment',
        'out of work',
        'EI',
        'employment insurance',
        'pogey',
        'UI',
        'unemployment insurance',
        'ROE',
        'record of employment',
        'severance',
        'severance pay',
        'termination pay',
        'pay in lieu of notice',
        'downsized',
        'plant closure',
        'contract ended',
        'job search',
        'looking for work',
        'welfare',
        'Ontario Works',
        'income assistance',
        'retraining',
        'pink slip',
        'between jobs',
        'no work',
      ]),
      fr: words([
        'perte d’emploi',
        'perdu mon emploi',
        'perdu ma job',
        'mise à pied',
        'mis à pied',
        'licenciement',
        'licencié',
        'congédiement',
        'congédié',
        'renvoyé',
        'sans emploi',
        'chômage',
        'chômeur',
        'chômeuse',
        'assurance-emploi',
        'AE',
        'assurance-chômage',
        'relevé d’emploi',
        'RE',
        'indemnité de départ',
        'indemnité de licenciement',
        'préavis',
        'fermeture d’usine',
        'fin de contrat',
        'recherche d’emploi',
        'chercher un emploi',
        'aide sociale',
        'BS',
        'bien-être social',
        'Ontario au travail',
        'aide au revenu',
        'recyclage professionnel',
        'entre deux emplois',
      ]),
    },
    screener: [
      provinceQuestion(t('Where do you live?', 'Où habitez-vous?')),
      {
        id: 'last_day',
        type: 'date',
        label: t('What was your last day of work?', 'Quel a été votre dernier jour de travail?'),
        hint: t(
          'Apply for Employment Insurance within 4 weeks of this day.',
          'Demandez l’assurance-emploi dans les 4 semaines suivant ce jour.',
        ),
      },
      {
        id: 'reason',
        type: 'choice',
        label: t('Why did your job end?', 'Pourquoi votre emploi a-t-il pris fin?'),
        options: [
          {
            value: 'laid-off',
            label: t(
              'I was laid off, or my work or contract ended',
              'J’ai été mis à pied, ou mon travail ou mon contrat a pris fin',
            ),
          },
          {
            value: 'dismissed',
            label: t('I was dismissed by my employer', 'J’ai été congédié par mon employeur'),
          },
          { value: 'quit', label: t('I quit', 'J’ai démissionné') },
          {
            value: 'illness',
            label: t(
              'I had to stop because of illness or injury',
              'J’ai dû arrêter pour cause de maladie ou de blessure',
            ),
          },
        ],
      },
      yesNo(
        'need_money_now',
        t(
          'Do you need help paying for rent and food right now?',
          'Avez-vous besoin d’aide dès maintenant pour payer le loyer et la nourriture?',
        ),
      ),
      yesNo(
        'lost_dental',
        t(
          'Did you lose dental insurance with your job?',
          'Avez-vous perdu votre assurance dentaire avec votre emploi?',
        ),
      ),
      {
        id: 'community',
        type: 'choice',
        label: t(
          'Would you like job search help from a community organization?',
          'Aimeriez-vous l’aide d’un organisme communautaire pour chercher un emploi?',
        ),
        options: [
          {
            value: 'indigenous',
            label: t(
              'Yes, one for First Nations, Inuit or Métis people',
              'Oui, un organisme pour les Premières Nations, les Inuits ou les Métis',
            ),
          },
          {
            value: 'newcomer',
            label: t('Yes, one for newcomers to Canada', 'Oui, un organisme pour les nouveaux arrivants'),
          },
          { value: 'no', label: t('No, thank you', 'Non merci') },
        ],
      },
    ],
    stages: [
      stage(
        'right-away',
        t('Right away', 'Tout de suite'),
        t(
          'Do not wait for paperwork: apply for Employment Insurance as soon as you stop working.',
          'N’attendez pas les papiers : demandez l’assurance-emploi dès que vous cessez de travailler.',
        ),
        [
          step({
            key: 'record-of-employment',
            title: t(
              'Check that your Record of Employment was sent',
              'Vérifier que votre relevé d’emploi a été transmis',
            ),
            summary: t(
              'Your employer sends your Record of Employment to Service Canada; you can see it in My Service Canada Account. If it is missing, you can still apply, and Service Canada will follow up with the employer.',
              'Votre employeur transmet votre relevé d’emploi à Service Canada; vous pouvez le consulter dans Mon dossier Service Canada. S’il manque, vous pouvez tout de même présenter votre demande : Service Canada fera le suivi auprès de l’employeur.',
            ),
            services: ['record-of-employment', 'my-service-canada-account'],
          }),
          step({
            key: 'employment-insurance',
            title: t('Apply for Employment Insurance', 'Demander l’assurance-emploi'),
            summary: t(
              'Regular benefits replace part of your earnings while you look for work. Apply online; you then send a report every two weeks to receive payments.',
              'Les prestations régulières remplacent une partie de votre rémunération pendant que vous cherchez un emploi. Présentez une demande en ligne; vous remplissez ensuite une déclaration aux deux semaines pour recevoir vos paiements.',
            ),
            services: ['ei-regular-benefits'],
            alternative_group: 'employment-insurance',
            applies_if: isNot('reason', 'illness'),
            timing: t(
              'Within 4 weeks of your last day of work, or you may lose benefits',
              'Dans les 4 semaines suivant votre dernier jour de travail, sinon vous pourriez perdre des prestations',
            ),
          }),
          step({
            key: 'employment-insurance-sickness',
            title: t(
              'Apply for Employment Insurance sickness benefits',
              'Demander les prestations de maladie de l’assurance-emploi',
            ),
            summary: t(
              'If you stopped working because of illness or injury, sickness benefits pay while you cannot work; keep a medical certificate.',
              'Si vous avez cessé de travailler pour cause de maladie ou de blessure, les prestations de maladie sont versées pendant que vous ne pouvez pas travailler; conservez un certificat médical.',
            ),
            services: ['ei-sickness-benefits'],
            alternative_group: 'employment-insurance',
            applies_if: is('reason', 'illness'),
            timing: t(
              'Within 4 weeks of your last day of work',
              'Dans les 4 semaines suivant votre dernier jour de travail',
            ),
          }),
        ],
      ),
      stage(
        'what-you-are-owed',
        t('What you are owed', 'Ce qui vous est dû'),
        t(
          'Your employer may owe you notice or termination pay, vacation pay and your last wages; the province enforces these rights for free.',
          'Votre employeur peut vous devoir un préavis ou une indemnité de licenciement, la paie de vacances et votre dernière paie; la province fait respecter ces droits gratuitement.',
        ),
        [
          step({
            key: 'employment-standards-ontario',
            title: t(
              'Claim unpaid termination pay or wages',
              'Réclamer une indemnité de licenciement ou un salaire impayé',
            ),
            summary: t(
              'If you did not receive written notice or termination pay, severance pay or vacation pay, call the Employment Standards Information Centre and file a claim.',
              'Si vous n’avez pas reçu de préavis écrit ou d’indemnité de licenciement, d’indemnité de cessation d’emploi ou de paie de vacances, appelez le Centre d’information sur les normes d’emploi et déposez une réclamation.',
            ),
            services: ['on-employment-standards-claim'],
            optional: true,
            alternative_group: 'employment-standards',
            applies_if: all(inOntario, dismissed),
            timing: t(
              'Within 2 years of the date the money was owed',
              'Dans les 2 ans suivant la date où la somme était due',
            ),
          }),
          step({
            key: 'labour-standards-nova-scotia',
            title: t('Make a Labour Standards complaint', 'Déposer une plainte aux Normes du travail'),
            summary: t(
              'If you did not receive the notice, pay in lieu of notice, vacation pay or wages you are owed, Labour Standards can settle or investigate your complaint.',
              'Si vous n’avez pas reçu le préavis, l’indemnité qui en tient lieu, la paie de vacances ou le salaire qui vous sont dus, les Normes du travail peuvent régler votre plainte ou faire enquête.',
            ),
            services: ['ns-labour-standards-complaint'],
            optional: true,
            alternative_group: 'employment-standards',
            applies_if: all(inNovaScotia, dismissed),
            timing: t('Within 6 months of the problem', 'Dans les 6 mois suivant le problème'),
          }),
          step({
            key: 'legal-help-halifax',
            title: t('Get free legal help', 'Obtenir une aide juridique gratuite'),
            summary: t(
              'Dalhousie Legal Aid Service helps people with low incomes with Employment Insurance appeals, income assistance and other problems.',
              'Le Service d’aide juridique de Dalhousie aide les personnes à faible revenu pour les appels en assurance-emploi, l’aide au revenu et d’autres problèmes.',
            ),
            services: ['dalhousie-legal-aid-help'],
            optional: true,
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'money-in-the-meantime',
        t('Money in the meantime', 'De l’argent en attendant'),
        t(
          'Income support and health coverage while you wait for benefits or a new job.',
          'Aide au revenu et couverture santé pendant que vous attendez des prestations ou un nouvel emploi.',
        ),
        [
          step({
            key: 'ontario-works',
            title: t('Apply for Ontario Works', 'Demander l’aide d’Ontario au travail'),
            summary: t(
              'Money for food and shelter, health benefits and employment help, delivered in Ottawa by the City’s Employment and Social Services.',
              'Aide financière pour la nourriture et le logement, prestations de santé et aide à l’emploi, offertes à Ottawa par les Services d’emploi et d’aide sociale de la Ville.',
            ),
            services: ['ottawa-ontario-works'],
            alternative_group: 'income-assistance',
            applies_if: all(inOntario, yes('need_money_now')),
          }),
          step({
            key: 'income-assistance-nova-scotia',
            title: t('Apply for Income Assistance', 'Demander l’aide au revenu'),
            summary: t(
              'Financial help for basic needs, with employment supports, from the Province of Nova Scotia.',
              'Aide financière pour les besoins essentiels, avec du soutien à l’emploi, de la Province de la Nouvelle-Écosse.',
            ),
            services: ['ns-income-assistance'],
            alternative_group: 'income-assistance',
            applies_if: all(inNovaScotia, yes('need_money_now')),
          }),
          step({
            key: 'dental-care',
            title: t(
              'Apply for the Canada Dental Care Plan',
              'Demander le Régime canadien de soins dentaires',
            ),
            summary: t(
              'If you no longer have dental insurance and your family income is under $90,000, the federal plan helps pay for oral health care.',
              'Si vous n’avez plus d’assurance dentaire et que le revenu de votre famille est inférieur à 90 000 $, le régime fédéral aide à payer les soins buccodentaires.',
            ),
            services: ['canada-dental-care-plan'],
            optional: true,
            applies_if: yes('lost_dental'),
          }),
        ],
      ),
      stage(
        'next-job',
        t('Find your next job', 'Trouver votre prochain emploi'),
        t(
          'Job postings, counselling and training, from governments and community partners.',
          'Offres d’emploi, counseling et formation, des gouvernements et des partenaires communautaires.',
        ),
        [
          step({
            key: 'job-bank',
            title: t('Search Job Bank', 'Consulter le Guichet-Emplois'),
            summary: t(
              'Search job postings across Canada and set up job alerts.',
              'Cherchez des offres d’emploi partout au Canada et créez des alertes-emploi.',
            ),
            services: ['job-bank'],
          }),
          step({
            key: 'employment-ontario',
            title: t('Meet an Employment Ontario counsellor', 'Rencontrer un conseiller d’Emploi Ontario'),
            summary: t(
              'Free job search help, and training such as Better Jobs Ontario for laid-off workers.',
              'Aide gratuite à la recherche d’emploi et formation, comme Meilleurs emplois Ontario pour les travailleurs mis à pied.',
            ),
            services: ['employment-ontario'],
            alternative_group: 'employment-services',
            applies_if: inOntario,
          }),
          step({
            key: 'nova-scotia-works',
            title: t('Visit a Nova Scotia Works centre', 'Se rendre dans un centre Nova Scotia Works'),
            summary: t(
              'Free help with job search, résumés and training options, including for people receiving Employment Insurance.',
              'Aide gratuite pour la recherche d’emploi, le curriculum vitæ et les options de formation, y compris pour les prestataires de l’assurance-emploi.',
            ),
            services: ['ns-works-employment-services'],
            alternative_group: 'employment-services',
            applies_if: inNovaScotia,
          }),
          step({
            key: 'indigenous-employment-ottawa',
            title: t('Get Indigenous employment support', 'Obtenir du soutien autochtone à l’emploi'),
            summary: t(
              'Career planning and training referrals in a culturally safe setting at the Odawa Native Friendship Centre.',
              'Planification de carrière et orientation vers des formations dans un cadre culturellement sécuritaire au Centre d’amitié autochtone Odawa.',
            ),
            services: ['odawa-employment-training'],
            optional: true,
            alternative_group: 'community-employment',
            applies_if: all(inOntario, is('community', 'indigenous')),
          }),
          step({
            key: 'indigenous-employment-halifax',
            title: t('Get Indigenous employment support', 'Obtenir du soutien autochtone à l’emploi'),
            summary: t(
              'Career counselling, training and job placement at the Mi’kmaw Native Friendship Centre.',
              'Orientation professionnelle, formation et placement au Centre d’amitié autochtone mi’kmaw.',
            ),
            services: ['mnfc-training-employment'],
            optional: true,
            alternative_group: 'community-employment',
            applies_if: all(inNovaScotia, is('community', 'indigenous')),
          }),
          step({
            key: 'newcomer-employment-ottawa',
            title: t(
              'Get employment help for newcomers',
              'Obtenir de l’aide à l’emploi pour les nouveaux arrivants',
            ),
            summary: t(
              'OCISO helps newcomers adapt their résumé to the Canadian market and prepare for interviews.',
              'L’OCISO aide les nouveaux arrivants à adapter leur curriculum vitæ au marché canadien et à se préparer aux entrevues.',
            ),
            services: ['ociso-employment-support'],
            optional: true,
            alternative_group: 'community-employment',
            applies_if: all(inOntario, is('community', 'newcomer')),
          }),
          step({
            key: 'newcomer-employment-halifax',
            title: t(
              'Get employment help for newcomers',
              'Obtenir de l’aide à l’emploi pour les nouveaux arrivants',
            ),
            summary: t(
              'ISANS helps immigrants with career planning, credential recognition and connections to employers.',
              'L’ISANS aide les immigrants à planifier leur carrière, à faire reconnaître leurs titres de compétences et à entrer en contact avec des employeurs.',
            ),
            services: ['isans-employment-services'],
            optional: true,
            alternative_group: 'community-employment',
            applies_if: all(inNovaScotia, is('community', 'newcomer')),
          }),
        ],
      ),
    ],
  },
};
