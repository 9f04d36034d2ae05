/**
 * First Nations, Inuit and Métis peoples: one directory, arranged by theme rather than by steps in
 * time. Métis-specific services (such as Métis citizenship registries) are not demo partners yet, so
 * Métis people are pointed to the services open to all Indigenous people.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  inNovaScotia,
  inOntario,
  is,
  oneOf,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
  yesNo,
} from './helpers.js';
import type { DemoCluster } from './index.js';

const firstNations = oneOf('identity', ['first-nations-status', 'first-nations']);
const inuit = is('identity', 'inuit');
const forAChild = yes('children');

export const indigenousPeoples: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'indigenous-peoples',
    kind: 'client-group',
    title: t('First Nations, Inuit and Métis peoples', 'Premières Nations, Inuits et Métis'),
    summary: t(
      'One directory of services for First Nations, Inuit and Métis people and for the organizations that serve them: status and identity, health and wellness, children and families, education and work, and the Indigenous community organizations of Ottawa and Halifax.',
      'Un seul répertoire des services destinés aux Premières Nations, aux Inuits et aux Métis ainsi qu’aux organismes qui les servent : statut et identité, santé et mieux-être, enfants et familles, éducation et travail, et organismes communautaires autochtones d’Ottawa et d’Halifax.',
    ),
    slug: { en: 'indigenous-peoples', fr: 'peuples-autochtones' },
    lead_organization_id: orgId('isc'),
    synonyms: {
      en: words([
        'Indigenous',
        'Indigenous peoples',
        'Aboriginal',
        'First Nations',
        'First Nation',
        'Native',
        'status',
        'status card',
        'status Indian',
        'Indian status',
        'treaty card',
        'band',
        'band member',
        'reserve',
        'on reserve',
        'off reserve',
        'Métis',
        'Inuit',
        'Inuk',
        "Mi'kmaq",
        "Mi'kmaw",
        'Algonquin',
        'Anishinaabe',
        'NIHB',
        'non-insured health benefits',
        "Jordan's Principle",
        'Inuit Child First',
        'Friendship Centre',
        'urban Indigenous',
        'residential school',
        'Elder',
        'Indian Act',
        'treaty rights',
        'band funding',
      ]),
      fr: words([
        'Autochtone',
        'Autochtones',
        'peuples autochtones',
        'Premières Nations',
        'Première Nation',
        'Amérindien',
        'Indien inscrit',
        'statut d’Indien',
        'carte de statut',
        'certificat de statut',
        'bande',
        'membre d’une bande',
        'réserve',
        'dans une réserve',
        'hors réserve',
        'Métis',
        'Inuit',
        'Inuk',
        'Mi’kmaq',
        'Algonquin',
        'Anishinaabe',
        'SSNA',
        'services de santé non assurés',
        'principe de Jordan',
        'enfants inuits d’abord',
        'centre d’amitié',
        'Autochtones en milieu urbain',
        'pensionnat',
        'aîné autochtone',
        'Loi sur les Indiens',
        'droits issus de traités',
        'financement de la bande',
      ]),
    },
    screener: [
      {
        id: 'identity',
        type: 'choice',
        label: t(
          'Are you First Nations, Inuit or Métis?',
          'Êtes-vous une personne des Premières Nations, inuite ou métisse?',
        ),
        hint: t(
          'Some programs are for one group only; you can also skip this question.',
          'Certains programmes visent un seul groupe; vous pouvez aussi passer cette question.',
        ),
        options: [
          {
            value: 'first-nations-status',
            label: t('First Nations, registered (with status)', 'Premières Nations, inscrit (avec statut)'),
          },
          {
            value: 'first-nations',
            label: t(
              'First Nations, not registered or not sure',
              'Premières Nations, non inscrit ou incertain',
            ),
          },
          { value: 'inuit', label: t('Inuit', 'Inuit') },
          { value: 'metis', label: t('Métis', 'Métis') },
          { value: 'prefer-not-to-say', label: t('I prefer not to say', 'Je préfère ne pas répondre') },
        ],
      },
      provinceQuestion(t('Where do you live?', 'Où habitez-vous?')),
      yesNo(
        'children',
        t('Are you looking for help for a child?', 'Cherchez-vous de l’aide pour un enfant?'),
      ),
      yesNo(
        'student',
        t(
          'Are you planning college or university studies?',
          'Prévoyez-vous faire des études collégiales ou universitaires?',
        ),
      ),
    ],
    stages: [
      stage(
        'identity-and-rights',
        t('Identity and rights', 'Identité et droits'),
        t(
          'Status under the Indian Act and the card that proves it.',
          'Le statut prévu par la Loi sur les Indiens et la carte qui le prouve.',
        ),
        [
          step({
            key: 'indian-status',
            title: t('Apply for Indian status', 'Demander le statut d’Indien'),
            summary: t(
              'Registration in the Indian Register opens programs such as Non-Insured Health Benefits and post-secondary funding; recent changes to the Indian Act made many more people eligible.',
              'L’inscription au registre des Indiens donne accès à des programmes comme les services de santé non assurés et le financement des études postsecondaires; des modifications récentes à la Loi sur les Indiens ont rendu beaucoup plus de personnes admissibles.',
            ),
            services: ['indian-status-registration'],
            applies_if: is('identity', 'first-nations'),
          }),
          step({
            key: 'status-card',
            title: t('Get or renew your status card', 'Obtenir ou renouveler votre carte de statut'),
            summary: t(
              'The Secure Certificate of Indian Status is accepted as identification and shows your eligibility for programs and services.',
              'Le certificat sécurisé de statut d’Indien est accepté comme pièce d’identité et prouve votre admissibilité aux programmes et services.',
            ),
            services: ['secure-status-card'],
            optional: true,
            applies_if: firstNations,
          }),
        ],
      ),
      stage(
        'health-and-wellness',
        t('Health and wellness', 'Santé et mieux-être'),
        t(
          'Health benefits, culturally safe care and someone to talk to at any hour.',
          'Prestations de santé, soins culturellement sécuritaires et une personne à qui parler à toute heure.',
        ),
        [
          step({
            key: 'hope-for-wellness',
            title: t('Talk to someone, any time', 'Parler à quelqu’un, en tout temps'),
            summary: t(
              'The Hope for Wellness Help Line offers free counselling and crisis support to all Indigenous people, 24 hours a day, by phone or chat.',
              'La Ligne d’écoute d’espoir pour le mieux-être offre gratuitement du counseling et du soutien en situation de crise à tous les Autochtones, 24 heures sur 24, par téléphone ou clavardage.',
            ),
            services: ['hope-for-wellness-help-line'],
          }),
          step({
            key: 'non-insured-health-benefits',
            title: t('Use your Non-Insured Health Benefits', 'Utiliser vos services de santé non assurés'),
            summary: t(
              'Prescription drugs, dental and vision care, medical equipment, mental health counselling and medical travel not covered by your provincial plan.',
              'Médicaments sur ordonnance, soins dentaires et de la vue, équipement médical, counseling en santé mentale et déplacements pour raison médicale non couverts par votre régime provincial.',
            ),
            services: ['non-insured-health-benefits'],
            applies_if: oneOf('identity', ['first-nations-status', 'inuit']),
          }),
          step({
            key: 'wabano',
            title: t('Get care at the Wabano Centre', 'Recevoir des soins au Centre Wabano'),
            summary: t(
              'Primary health care, mental health and addictions support that blend traditional healing with mainstream care, in Ottawa.',
              'Soins de santé primaires et soutien en santé mentale et en dépendances qui allient guérison traditionnelle et soins courants, à Ottawa.',
            ),
            services: ['wabano-health-wellness'],
            optional: true,
            alternative_group: 'indigenous-health-centre',
            applies_if: inOntario,
          }),
          step({
            key: 'health-halifax',
            title: t(
              'Ask the Friendship Centre about health programs',
              'Se renseigner sur les programmes de santé du centre d’amitié',
            ),
            summary: t(
              'The Mi’kmaw Native Friendship Centre’s triage staff connect you with health, housing and justice programs in Halifax.',
              'Le personnel d’accueil du Centre d’amitié autochtone mi’kmaw vous dirige vers des programmes de santé, de logement et de justice à Halifax.',
            ),
            services: ['mnfc-programs-referrals'],
            optional: true,
            alternative_group: 'indigenous-health-centre',
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'children-and-families',
        t('Children and families', 'Enfants et familles'),
        t(
          'Supports that put First Nations and Inuit children first, and programs for families.',
          'Des soutiens qui font passer les enfants des Premières Nations et inuits en premier, et des programmes pour les familles.',
        ),
        [
          step({
            key: 'jordans-principle',
            title: t(
              'Ask for support under Jordan’s Principle',
              'Demander du soutien en vertu du principe de Jordan',
            ),
            summary: t(
              'Health, social and educational products and services for First Nations children, on or off reserve; urgent requests are handled within hours.',
              'Produits et services de santé, sociaux et éducatifs pour les enfants des Premières Nations, dans les réserves ou hors réserve; les demandes urgentes sont traitées en quelques heures.',
            ),
            services: ['jordans-principle'],
            alternative_group: 'child-first',
            applies_if: all(firstNations, forAChild),
          }),
          step({
            key: 'inuit-child-first',
            title: t('Ask for support for an Inuit child', 'Demander du soutien pour un enfant inuit'),
            summary: t(
              'The Inuit Child First Initiative funds the products and services an Inuit child needs, wherever the family lives in Canada.',
              'L’Initiative : les enfants inuits d’abord finance les produits et services dont un enfant inuit a besoin, où que la famille vive au Canada.',
            ),
            services: ['inuit-child-first-initiative'],
            alternative_group: 'child-first',
            applies_if: all(inuit, forAChild),
          }),
          step({
            key: 'canada-child-benefit',
            title: t('Receive the Canada child benefit', 'Recevoir l’allocation canadienne pour enfants'),
            summary: t(
              'A tax-free monthly payment for each child under 18, for families on and off reserve; file your tax return every year to keep it.',
              'Paiement mensuel non imposable pour chaque enfant de moins de 18 ans, pour les familles dans les réserves et hors réserve; produisez votre déclaration de revenus chaque année pour continuer à le recevoir.',
            ),
            services: ['canada-child-benefit'],
            applies_if: forAChild,
          }),
          step({
            key: 'family-programs-ottawa',
            title: t(
              'Join family and youth programs',
              'Participer aux programmes pour les familles et les jeunes',
            ),
            summary: t(
              'Cultural teachings, family and youth activities at the Odawa Native Friendship Centre.',
              'Enseignements culturels et activités pour les familles et les jeunes au Centre d’amitié autochtone Odawa.',
            ),
            services: ['odawa-community-programs'],
            optional: true,
            alternative_group: 'family-programs',
            applies_if: all(inOntario, forAChild),
          }),
          step({
            key: 'family-programs-halifax',
            title: t(
              'Join early childhood and family programs',
              'Participer aux programmes pour la petite enfance et les familles',
            ),
            summary: t(
              'Early childhood programs and family supports at the Mi’kmaw Native Friendship Centre.',
              'Programmes pour la petite enfance et soutien aux familles au Centre d’amitié autochtone mi’kmaw.',
            ),
            services: ['mnfc-programs-referrals'],
            optional: true,
            alternative_group: 'family-programs',
            applies_if: all(inNovaScotia, forAChild),
          }),
        ],
      ),
      stage(
        'education-and-work',
        t('Education and work', 'Éducation et travail'),
        t(
          'Funding for studies and help to find a job in a culturally safe setting.',
          'Financement des études et aide pour trouver un emploi dans un cadre culturellement sécuritaire.',
        ),
        [
          step({
            key: 'post-secondary-funding',
            title: t(
              'Apply for post-secondary funding',
              'Demander du financement pour les études postsecondaires',
            ),
            summary: t(
              'Your First Nation, or the education organization it designates, funds tuition, books, travel and living costs for eligible students.',
              'Votre Première Nation, ou l’organisme d’éducation qu’elle désigne, finance les droits de scolarité, les livres, les déplacements et les frais de subsistance des étudiants admissibles.',
            ),
            services: ['post-secondary-student-support'],
            applies_if: all(firstNations, yes('student')),
            timing: t(
              'Every year, before your First Nation’s deadline',
              'Chaque année, avant la date limite de votre Première Nation',
            ),
          }),
          step({
            key: 'learning-bond',
            title: t(
              'Start saving for a child’s education',
              'Commencer à épargner pour les études d’un enfant',
            ),
            summary: t(
              'Low-income families receive up to $2,000 in Canada Learning Bonds in an RESP, with no contribution needed.',
              'Les familles à faible revenu reçoivent jusqu’à 2 000 $ en bons d’études canadiens dans un REEE, sans cotisation de leur part.',
            ),
            services: ['canada-learning-bond'],
            optional: true,
            applies_if: forAChild,
          }),
          step({
            key: 'employment-ottawa',
            title: t(
              'Get Indigenous employment and training support',
              'Obtenir du soutien autochtone à l’emploi et à la formation',
            ),
            summary: t(
              'Career planning, job search and training referrals at the Odawa Native Friendship Centre.',
              'Planification de carrière, recherche d’emploi et orientation vers des formations au Centre d’amitié autochtone Odawa.',
            ),
            services: ['odawa-employment-training'],
            optional: true,
            alternative_group: 'indigenous-employment',
            applies_if: inOntario,
          }),
          step({
            key: 'employment-halifax',
            title: t(
              'Get Indigenous employment and training support',
              'Obtenir du soutien autochtone à l’emploi et à la formation',
            ),
            summary: t(
              'Career counselling, skills training and job placement at the Mi’kmaw Native Friendship Centre.',
              'Orientation professionnelle, formation axée sur les compétences et placement au Centre d’amitié autochtone mi’kmaw.',
            ),
            services: ['mnfc-training-employment'],
            optional: true,
            alternative_group: 'indigenous-employment',
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'community-organizations',
        t('Community organizations', 'Organismes communautaires'),
        t(
          'Friendship Centres welcome First Nations, Inuit and Métis people living in the city, and everyone else too.',
          'Les centres d’amitié accueillent les Premières Nations, les Inuits et les Métis qui vivent en ville, et tout le monde aussi.',
        ),
        [
          step({
            key: 'odawa',
            title: t(
              'Visit the Odawa Native Friendship Centre',
              'Visiter le Centre d’amitié autochtone Odawa',
            ),
            summary: t(
              'Cultural programs, traditional teachings and community gatherings in Ottawa since 1975, including the annual Odawa Pow Wow.',
              'Programmes culturels, enseignements traditionnels et rassemblements communautaires à Ottawa depuis 1975, dont le pow-wow annuel d’Odawa.',
            ),
            services: ['odawa-community-programs'],
            alternative_group: 'friendship-centre',
            applies_if: inOntario,
          }),
          step({
            key: 'mikmaw-friendship-centre',
            title: t(
              'Visit the Mi’kmaw Native Friendship Centre',
              'Visiter le Centre d’amitié autochtone mi’kmaw',
            ),
            summary: t(
              'A first stop for urban Indigenous people in Halifax since 1973: referrals, housing, justice, culture and language programs.',
              'Un premier point de contact pour les Autochtones en milieu urbain à Halifax depuis 1973 : orientation, logement, justice, culture et langue.',
            ),
            services: ['mnfc-programs-referrals'],
            alternative_group: 'friendship-centre',
            applies_if: inNovaScotia,
          }),
        ],
      ),
    ],
  },
};
