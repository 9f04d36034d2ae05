/**
 * Having a baby: from pregnancy to the baby's first year. Ontario and Nova Scotia both bundle the
 * birth registration with the applications for the Social Insurance Number and the Canada child
 * benefit, so those steps say "if you did not already ask for it".
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

const INDIGENOUS = ['first-nations', 'inuit', 'metis'];

export const havingABaby: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'having-a-baby',
    kind: 'life-event',
    title: t('Having a baby', 'Avoir un bébé'),
    summary: t(
      'From pregnancy to your baby’s first year: maternity and parental benefits, registering the birth, your baby’s health card, Social Insurance Number and child benefits, and help with child care. The federal, provincial and municipal governments and community partners each do their part; this page puts the steps in order.',
      'De la grossesse à la première année de votre bébé : prestations de maternité et parentales, enregistrement de la naissance, carte santé, numéro d’assurance sociale et allocations pour votre enfant, et aide pour la garde d’enfants. Les gouvernements fédéral, provinciaux et municipaux et les partenaires communautaires font chacun leur part; cette page présente les étapes dans l’ordre.',
    ),
    slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
    lead_organization_id: orgId('service-canada'),
    synonyms: {
      en: words([
        'baby',
        'babies',
        'newborn',
        'new baby',
        'pregnant',
        'pregnancy',
        'expecting',
        'expecting a baby',
        'due date',
        'giving birth',
        'childbirth',
        'birth',
        'maternity leave',
        'mat leave',
        'paternity leave',
        'parental leave',
        'maternity benefits',
        'parental benefits',
        'baby bonus',
        'child benefit',
        'family allowance',
        'new parent',
        'new mom',
        'new dad',
        'adopting a baby',
        'birth certificate',
        'register a birth',
        'newborn registration',
        "baby's SIN",
        "baby's health card",
        'prenatal classes',
        'midwife',
        'twins',
        'RESP',
        'daycare',
      ]),
      fr: words([
        'bébé',
        'bébés',
        'nouveau-né',
        'nouveau-nés',
        'enceinte',
        'grossesse',
        'attendre un bébé',
        'accouchement',
        'naissance',
        'date prévue',
        'congé de maternité',
        'congé de paternité',
        'congé parental',
        'prestations de maternité',
        'prestations parentales',
        'allocations familiales',
        'allocation canadienne pour enfants',
        'ACE',
        'nouveau parent',
        'nouvelle maman',
        'nouveau papa',
        'adopter un bébé',
        'certificat de naissance',
        'enregistrer une naissance',
        'déclaration de naissance',
        'NAS du bébé',
        'carte santé du bébé',
        'cours prénataux',
        'sage-femme',
        'jumeaux',
        'REEE',
        'garderie',
      ]),
    },
    screener: [
      provinceQuestion(t('Where do you live?', 'Où habitez-vous?')),
      yesNo('born', t('Has your baby been born?', 'Votre bébé est-il né?')),
      {
        id: 'birth_date',
        type: 'date',
        label: t('What is your baby’s date of birth?', 'Quelle est la date de naissance de votre bébé?'),
        hint: t(
          'Registration deadlines count from this date.',
          'Les délais d’enregistrement sont calculés à partir de cette date.',
        ),
        ask_if: yes('born'),
      },
      yesNo(
        'employed',
        t(
          'Are you working, or have you worked in the last 52 weeks?',
          'Travaillez-vous, ou avez-vous travaillé au cours des 52 dernières semaines?',
        ),
      ),
      {
        id: 'indigenous',
        type: 'choice',
        label: t(
          'Is your baby First Nations, Inuit or Métis?',
          'Votre bébé est-il membre des Premières Nations, inuit ou métis?',
        ),
        hint: t(
          'Some programs are only for First Nations, Inuit or Métis children.',
          'Certains programmes s’adressent seulement aux enfants des Premières Nations, inuits ou métis.',
        ),
        options: [
          { value: 'first-nations', label: t('First Nations', 'Premières Nations') },
          { value: 'inuit', label: t('Inuit', 'Inuit') },
          { value: 'metis', label: t('Métis', 'Métis') },
          { value: 'none', label: t('No', 'Non') },
        ],
      },
      yesNo(
        'low_income',
        t('Does your family have a low income?', 'Votre famille a-t-elle un faible revenu?'),
      ),
    ],
    stages: [
      stage(
        'before-the-birth',
        t('Before the birth', 'Avant la naissance'),
        t(
          'Plan your leave and your benefits while you are pregnant.',
          'Planifiez votre congé et vos prestations pendant la grossesse.',
        ),
        [
          step({
            key: 'prenatal-classes',
            title: t('Take a free prenatal class', 'Suivre un cours prénatal gratuit'),
            summary: t(
              'Ottawa Public Health offers free prenatal classes online and public health nurses who answer questions about pregnancy, birth and breastfeeding.',
              'Santé publique Ottawa offre des cours prénataux gratuits en ligne et des infirmières en santé publique qui répondent aux questions sur la grossesse, l’accouchement et l’allaitement.',
            ),
            services: ['ottawa-public-health-parenting'],
            optional: true,
            applies_if: inOntario,
          }),
          step({
            key: 'maternity-parental-benefits',
            title: t(
              'Apply for maternity and parental benefits',
              'Demander des prestations de maternité et parentales',
            ),
            summary: t(
              'Employment Insurance pays up to 15 weeks of maternity benefits to the person who gives birth, and parental benefits that parents can share. Each parent applies separately; choose standard or extended parental benefits.',
              'L’assurance-emploi verse jusqu’à 15 semaines de prestations de maternité à la personne qui accouche et des prestations parentales que les parents peuvent se partager. Chaque parent présente sa propre demande; choisissez les prestations parentales standards ou prolongées.',
            ),
            services: ['ei-maternity-parental-benefits'],
            applies_if: yes('employed'),
            timing: t(
              'As soon as you stop working; maternity benefits can start up to 12 weeks before the due date',
              'Dès que vous cessez de travailler; les prestations de maternité peuvent commencer jusqu’à 12 semaines avant la date prévue',
            ),
          }),
        ],
      ),
      stage(
        'register-the-birth',
        t('Register the birth', 'Enregistrer la naissance'),
        t(
          'The birth registration is your child’s first legal record; it also starts the federal applications.',
          'L’enregistrement de la naissance est le premier document officiel de votre enfant; il lance aussi les demandes fédérales.',
        ),
        [
          step({
            key: 'register-birth-ontario',
            title: t('Register the birth in Ontario', 'Enregistrer la naissance en Ontario'),
            summary: t(
              'One online form registers the birth and, if you wish, orders the birth certificate and applies for your baby’s Social Insurance Number and the Canada child benefit.',
              'Un seul formulaire en ligne enregistre la naissance et, si vous le voulez, commande le certificat de naissance et demande le numéro d’assurance sociale de votre bébé et l’allocation canadienne pour enfants.',
            ),
            services: ['on-newborn-registration', 'social-insurance-number', 'canada-child-benefit'],
            alternative_group: 'register-birth',
            applies_if: inOntario,
            timing: t('Within 30 days of the birth', 'Dans les 30 jours suivant la naissance'),
          }),
          step({
            key: 'register-birth-nova-scotia',
            title: t('Register the birth in Nova Scotia', 'Enregistrer la naissance en Nouvelle-Écosse'),
            summary: t(
              'Register at the birth registration kiosk of the hospital or with the paper form. The electronic form also applies for the Social Insurance Number, the Canada child benefit and your baby’s health card.',
              'Enregistrez la naissance à la borne de l’hôpital ou avec le formulaire papier. Le formulaire électronique permet aussi de demander le numéro d’assurance sociale, l’allocation canadienne pour enfants et la carte santé de votre bébé.',
            ),
            services: ['ns-birth-registration', 'social-insurance-number', 'canada-child-benefit'],
            alternative_group: 'register-birth',
            applies_if: inNovaScotia,
            timing: t('Within 30 days of the birth', 'Dans les 30 jours suivant la naissance'),
          }),
          step({
            key: 'birth-certificate-ontario',
            title: t('Order the birth certificate', 'Commander le certificat de naissance'),
            summary: t(
              'If you did not order it with the registration, order it online or at a ServiceOntario centre; you need it for a passport and many other applications.',
              'Si vous ne l’avez pas commandé avec l’enregistrement, commandez-le en ligne ou dans un centre de ServiceOntario; il est exigé pour le passeport et de nombreuses autres demandes.',
            ),
            services: ['on-birth-certificate'],
            optional: true,
            alternative_group: 'birth-certificate',
            applies_if: inOntario,
          }),
          step({
            key: 'birth-certificate-nova-scotia',
            title: t('Order the birth certificate', 'Commander le certificat de naissance'),
            summary: t(
              'Once the birth is registered, order certificates online, by mail or at an Access Nova Scotia centre.',
              'Une fois la naissance enregistrée, commandez les certificats en ligne, par la poste ou dans un centre Accès Nouvelle-Écosse.',
            ),
            services: ['ns-birth-certificate'],
            optional: true,
            alternative_group: 'birth-certificate',
            applies_if: inNovaScotia,
          }),
          step({
            key: 'baby-sin',
            title: t(
              'Get your baby’s Social Insurance Number',
              'Obtenir le numéro d’assurance sociale de votre bébé',
            ),
            summary: t(
              'If you did not ask for it when you registered the birth, apply online or at a Service Canada Centre. Your child needs it for an education savings plan (RESP) and government benefits.',
              'Si vous ne l’avez pas demandé en enregistrant la naissance, présentez une demande en ligne ou dans un Centre Service Canada. Votre enfant en a besoin pour un régime enregistré d’épargne-études (REEE) et les prestations gouvernementales.',
            ),
            services: ['social-insurance-number'],
            optional: true,
          }),
        ],
      ),
      stage(
        'health-and-benefits',
        t('Health coverage and benefits', 'Couverture santé et prestations'),
        t(
          'Cover your baby’s health care and start the monthly child benefit.',
          'Assurez les soins de santé de votre bébé et commencez à recevoir l’allocation mensuelle pour enfants.',
        ),
        [
          step({
            key: 'health-card-ontario',
            title: t('Get your baby’s health card', 'Obtenir la carte Santé de votre bébé'),
            summary: t(
              'Send the OHIP newborn registration form that the hospital or midwife gives you; your baby’s health card comes by mail.',
              'Envoyez le formulaire d’inscription des nouveau-nés à l’Assurance-santé remis par l’hôpital ou la sage-femme; la carte Santé de votre bébé arrive par la poste.',
            ),
            services: ['on-health-card'],
            alternative_group: 'health-card',
            applies_if: inOntario,
          }),
          step({
            key: 'health-card-nova-scotia',
            title: t('Get your baby’s health card', 'Obtenir la carte santé de votre bébé'),
            summary: t(
              'Apply with the birth registration at the hospital kiosk, or contact MSI Registration and Enquiry if you used the paper form.',
              'Faites la demande avec l’enregistrement de la naissance à la borne de l’hôpital, ou communiquez avec le service d’inscription du MSI si vous avez utilisé le formulaire papier.',
            ),
            services: ['ns-health-card'],
            alternative_group: 'health-card',
            applies_if: inNovaScotia,
          }),
          step({
            key: 'canada-child-benefit',
            title: t('Receive the Canada child benefit', 'Recevoir l’allocation canadienne pour enfants'),
            summary: t(
              'A tax-free monthly payment for children under 18. Apply with the birth registration, in CRA My Account or by mail; both parents must file their tax return every year to keep receiving it.',
              'Paiement mensuel non imposable pour les enfants de moins de 18 ans. Faites la demande avec l’enregistrement de la naissance, dans Mon dossier de l’ARC ou par la poste; les deux parents doivent produire leur déclaration de revenus chaque année pour continuer à la recevoir.',
            ),
            services: ['canada-child-benefit', 'cra-my-account'],
            timing: t('As soon as possible after the birth', 'Le plus tôt possible après la naissance'),
          }),
          step({
            key: 'direct-deposit',
            title: t('Sign up for direct deposit', 'S’inscrire au dépôt direct'),
            summary: t(
              'Child benefit payments arrive faster and safely in your bank account.',
              'Les versements de l’allocation arrivent plus vite et en toute sécurité dans votre compte bancaire.',
            ),
            services: ['direct-deposit'],
            optional: true,
          }),
          step({
            key: 'indian-status',
            title: t('Register your baby for Indian status', 'Inscrire votre bébé au registre des Indiens'),
            summary: t(
              'A baby is covered for a limited time under an eligible parent’s Non-Insured Health Benefits; register your child so the coverage continues and to get a status card.',
              'Un bébé est couvert pendant une période limitée par les services de santé non assurés d’un parent admissible; inscrivez votre enfant pour que la couverture se poursuive et pour obtenir une carte de statut.',
            ),
            services: ['indian-status-registration', 'non-insured-health-benefits'],
            optional: true,
            applies_if: is('indigenous', 'first-nations'),
          }),
          step({
            key: 'jordans-principle',
            title: t(
              'Ask for support under Jordan’s Principle',
              'Demander du soutien en vertu du principe de Jordan',
            ),
            summary: t(
              'If your First Nations child needs a health, social or educational product or service, Jordan’s Principle can fund it, on or off reserve.',
              'Si votre enfant des Premières Nations a besoin d’un produit ou d’un service de santé, social ou éducatif, le principe de Jordan peut le financer, dans les réserves ou hors réserve.',
            ),
            services: ['jordans-principle'],
            optional: true,
            alternative_group: 'child-first',
            applies_if: is('indigenous', 'first-nations'),
          }),
          step({
            key: 'inuit-child-first',
            title: t('Ask for support for an Inuit child', 'Demander du soutien pour un enfant inuit'),
            summary: t(
              'The Inuit Child First Initiative funds the products and services an Inuit child needs, wherever the family lives in Canada.',
              'L’Initiative : les enfants inuits d’abord finance les produits et services dont un enfant inuit a besoin, où que la famille vive au Canada.',
            ),
            services: ['inuit-child-first-initiative', 'non-insured-health-benefits'],
            optional: true,
            alternative_group: 'child-first',
            applies_if: is('indigenous', 'inuit'),
          }),
        ],
      ),
      stage(
        'first-year',
        t('Your baby’s first year', 'La première année de votre bébé'),
        t(
          'Child care, savings for your child’s education, travel documents and family programs.',
          'Garde d’enfants, épargne pour les études de votre enfant, documents de voyage et programmes pour les familles.',
        ),
        [
          step({
            key: 'child-care-ottawa',
            title: t('Apply for help with child care costs', 'Demander de l’aide pour les frais de garde'),
            summary: t(
              'Add your child to the Ottawa child care registry, then apply for the City’s fee subsidy for licensed child care.',
              'Inscrivez votre enfant au registre des services de garde d’Ottawa, puis demandez la subvention de la Ville pour les services de garde agréés.',
            ),
            services: ['ottawa-child-care-fee-subsidy'],
            optional: true,
            alternative_group: 'child-care',
            applies_if: inOntario,
          }),
          step({
            key: 'child-care-nova-scotia',
            title: t('Apply for help with child care costs', 'Demander de l’aide pour les frais de garde'),
            summary: t(
              'The Nova Scotia Child Care Subsidy helps families with low or modest incomes pay for licensed child care.',
              'La subvention pour la garde d’enfants de la Nouvelle-Écosse aide les familles à revenu faible ou modeste à payer les services de garde agréés.',
            ),
            services: ['ns-child-care-subsidy'],
            optional: true,
            alternative_group: 'child-care',
            applies_if: inNovaScotia,
          }),
          step({
            key: 'education-savings',
            title: t(
              'Start saving for your child’s education',
              'Commencer à épargner pour les études de votre enfant',
            ),
            summary: t(
              'Open a Registered Education Savings Plan (RESP): the Government of Canada adds a grant to your savings, and low-income families get the Canada Learning Bond without having to contribute.',
              'Ouvrez un régime enregistré d’épargne-études (REEE) : le gouvernement du Canada ajoute une subvention à votre épargne, et les familles à faible revenu reçoivent le Bon d’études canadien sans avoir à cotiser.',
            ),
            services: ['canada-education-savings-grant', 'canada-learning-bond'],
            optional: true,
          }),
          step({
            key: 'learning-bond',
            title: t('Claim the Canada Learning Bond', 'Demander le Bon d’études canadien'),
            summary: t(
              'Up to $2,000 for your child’s education, paid into an RESP, with no contribution needed.',
              'Jusqu’à 2 000 $ pour les études de votre enfant, versés dans un REEE, sans cotisation de votre part.',
            ),
            services: ['canada-learning-bond'],
            applies_if: yes('low_income'),
          }),
          step({
            key: 'child-passport',
            title: t('Apply for a passport for your child', 'Demander un passeport pour votre enfant'),
            summary: t(
              'Every traveller needs a passport, babies included; you need the birth certificate first.',
              'Chaque voyageur a besoin d’un passeport, bébés compris; il faut d’abord le certificat de naissance.',
            ),
            services: ['child-passport'],
            optional: true,
          }),
          step({
            key: 'indigenous-family-ottawa',
            title: t(
              'Join Indigenous family programs',
              'Participer aux programmes autochtones pour les familles',
            ),
            summary: t(
              'The Wabano Centre and the Odawa Native Friendship Centre offer prenatal, parenting and cultural programs for First Nations, Inuit and Métis families.',
              'Le Centre Wabano et le Centre d’amitié autochtone Odawa offrent des programmes prénataux, parentaux et culturels aux familles des Premières Nations, inuites et métisses.',
            ),
            services: ['wabano-health-wellness', 'odawa-community-programs'],
            optional: true,
            alternative_group: 'indigenous-family-programs',
            applies_if: all(inOntario, oneOf('indigenous', INDIGENOUS)),
          }),
          step({
            key: 'indigenous-family-halifax',
            title: t(
              'Join Indigenous family programs',
              'Participer aux programmes autochtones pour les familles',
            ),
            summary: t(
              'The Mi’kmaw Native Friendship Centre runs early childhood and family programs for urban Indigenous families in Halifax.',
              'Le Centre d’amitié autochtone mi’kmaw offre des programmes pour la petite enfance et les familles autochtones en milieu urbain à Halifax.',
            ),
            services: ['mnfc-programs-referrals'],
            optional: true,
            alternative_group: 'indigenous-family-programs',
            applies_if: all(inNovaScotia, oneOf('indigenous', INDIGENOUS)),
          }),
        ],
      ),
    ],
  },
};
