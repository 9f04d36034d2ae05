/**
 * Losing a loved one: what to do after a death, from the death registration (done by the funeral
 * director) to the final tax return and the estate. Probate is optional because not every estate
 * needs it: banks and land registries decide whether they ask for it.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  atLeast,
  atMost,
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

const spouse = is('relationship', 'spouse');

export const losingALovedOne: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'losing-a-loved-one',
    kind: 'life-event',
    title: t('Losing a loved one', 'Perte d’un être cher'),
    summary: t(
      'What to do after a death, one step at a time: the death registration and death certificates, help with funeral costs, telling the governments, benefits for the spouse and the estate, and settling the estate and the final taxes. Each step says which government or partner is responsible.',
      'Ce qu’il faut faire après un décès, une étape à la fois : l’enregistrement du décès et les certificats de décès, l’aide pour les frais funéraires, les avis aux gouvernements, les prestations pour le conjoint et la succession, ainsi que le règlement de la succession et les derniers impôts. Chaque étape indique quel gouvernement ou partenaire en est responsable.',
    ),
    slug: { en: 'losing-a-loved-one', fr: 'perte-d-un-etre-cher' },
    lead_organization_id: orgId('service-canada'),
    synonyms: {
      en: words([
        'death',
        'died',
        'someone died',
        'someone who died',
        'taxes after a death',
        'passed away',
        'bereavement',
        'grief',
        'funeral',
        'funerals',
        'burial',
        'cremation',
        'death certificate',
        'estate',
        'executor',
        'estate trustee',
        'will',
        'probate',
        'widow',
        'widower',
        'survivor',
        "survivor's pension",
        'death benefit',
        'CPP death benefit',
        'final tax return',
        'loss of a spouse',
        'loss of a parent',
        'deceased',
        'next of kin',
        'settling an estate',
        'funeral costs',
        'my husband died',
        'my wife died',
        'my mother died',
        'my father died',
      ]),
      fr: words([
        'décès',
        'décédé',
        'décédée',
        'mort',
        'deuil',
        'funérailles',
        'obsèques',
        'enterrement',
        'inhumation',
        'incinération',
        'crémation',
        'certificat de décès',
        'succession',
        'exécuteur testamentaire',
        'liquidateur',
        'fiduciaire de la succession',
        'testament',
        'homologation',
        'veuve',
        'veuf',
        'conjoint survivant',
        'pension de survivant',
        'prestation de décès',
        'déclaration finale',
        'perte d’un conjoint',
        'perte d’un parent',
        'défunt',
        'défunte',
        'personne décédée',
        'impôts après un décès',
        'salon funéraire',
        'frais funéraires',
        'mon mari est décédé',
        'ma femme est décédée',
        'ma mère est décédée',
        'mon père est décédé',
      ]),
    },
    screener: [
      provinceQuestion(t('Where did the person live?', 'Où vivait la personne?')),
      {
        id: 'date_of_death',
        type: 'date',
        label: t('What was the date of death?', 'Quelle est la date du décès?'),
        hint: t(
          'Some deadlines count from the date of death.',
          'Certains délais sont calculés à partir de la date du décès.',
        ),
      },
      {
        id: 'relationship',
        type: 'choice',
        label: t('Who was the person to you?', 'Quel lien aviez-vous avec la personne?'),
        options: [
          { value: 'spouse', label: t('My spouse or common-law partner', 'Mon époux ou conjoint de fait') },
          { value: 'family', label: t('Another family member', 'Un autre membre de ma famille') },
          { value: 'other', label: t('A friend or someone else', 'Un ami ou une autre personne') },
        ],
      },
      {
        id: 'your_age',
        type: 'number',
        label: t('How old are you?', 'Quel âge avez-vous?'),
        hint: t(
          'Some benefits for surviving spouses depend on your age.',
          'Certaines prestations pour les conjoints survivants dépendent de votre âge.',
        ),
        min: 0,
        max: 120,
      },
      yesNo(
        'executor',
        t(
          'Are you the executor, or the person settling the estate?',
          'Êtes-vous l’exécuteur testamentaire ou la personne qui règle la succession?',
        ),
      ),
      yesNo(
        'veteran',
        t(
          'Did the person serve in the Canadian Armed Forces or the RCMP?',
          'La personne a-t-elle servi dans les Forces armées canadiennes ou la GRC?',
        ),
      ),
    ],
    stages: [
      stage(
        'first-days',
        t('The first days', 'Les premiers jours'),
        t(
          'The funeral director registers the death; you arrange the funeral and order death certificates.',
          'Le directeur de funérailles enregistre le décès; vous organisez les funérailles et commandez les certificats de décès.',
        ),
        [
          step({
            key: 'death-registration-ottawa',
            title: t(
              'The funeral director registers the death',
              'Le directeur de funérailles enregistre le décès',
            ),
            summary: t(
              'The funeral director sends the statement of death and the medical certificate to the City, which registers the death and issues the burial permit. You give the funeral director the information about the person.',
              'Le directeur de funérailles transmet la déclaration de décès et le certificat médical à la Ville, qui enregistre le décès et délivre le permis d’inhumation. Vous fournissez au directeur de funérailles les renseignements sur la personne.',
            ),
            services: ['ottawa-death-registration'],
            applies_if: inOntario,
          }),
          step({
            key: 'funeral-help-ottawa',
            title: t('Ask for help with funeral costs', 'Demander de l’aide pour les frais funéraires'),
            summary: t(
              'If the estate cannot pay for a basic funeral, burial or cremation, the City of Ottawa may pay; call 3-1-1 first.',
              'Si la succession ne peut pas payer des funérailles, une inhumation ou une incinération de base, la Ville d’Ottawa peut en assumer les frais; appelez d’abord le 3-1-1.',
            ),
            services: ['ottawa-funeral-assistance'],
            optional: true,
            applies_if: inOntario,
            timing: t(
              'Before you sign a contract with a funeral home or cemetery',
              'Avant de signer un contrat avec un salon funéraire ou un cimetière',
            ),
          }),
          step({
            key: 'veterans-funeral',
            title: t(
              'Ask about the Veterans funeral and burial program',
              'Se renseigner sur l’aide aux funérailles des vétérans',
            ),
            summary: t(
              'The Last Post Fund, for Veterans Affairs Canada, can help pay for a dignified funeral and burial for an eligible Veteran.',
              'Le Fonds du Souvenir, pour Anciens Combattants Canada, peut aider à payer des funérailles et une inhumation dignes pour un vétéran admissible.',
            ),
            services: ['veterans-funeral-burial'],
            optional: true,
            applies_if: yes('veteran'),
            timing: t('Ideally before the funeral', 'Idéalement avant les funérailles'),
          }),
          step({
            key: 'death-certificates-ontario',
            title: t('Order death certificates', 'Commander des certificats de décès'),
            summary: t(
              'Banks, insurers and pension plans often ask for a death certificate; order a few copies once the death is registered. The funeral director’s statement of death is enough for most federal benefits.',
              'Les banques, les assureurs et les régimes de retraite demandent souvent un certificat de décès; commandez quelques copies une fois le décès enregistré. La déclaration de décès du directeur de funérailles suffit pour la plupart des prestations fédérales.',
            ),
            services: ['on-death-certificate'],
            alternative_group: 'death-certificates',
            applies_if: inOntario,
          }),
          step({
            key: 'death-certificates-nova-scotia',
            title: t('Order death certificates', 'Commander des certificats de décès'),
            summary: t(
              'Once the funeral home has registered the death with Vital Statistics, order certificates online, by mail or at an Access Nova Scotia centre.',
              'Une fois le décès enregistré par le salon funéraire auprès des Statistiques de l’état civil, commandez les certificats en ligne, par la poste ou dans un centre Accès Nouvelle-Écosse.',
            ),
            services: ['ns-death-certificate'],
            alternative_group: 'death-certificates',
            applies_if: inNovaScotia,
          }),
        ],
      ),
      stage(
        'tell-the-governments',
        t('Tell the governments', 'Informer les gouvernements'),
        t(
          'Stop payments that end with the death, to avoid overpayments the estate would have to repay.',
          'Faites cesser les paiements qui prennent fin avec le décès, pour éviter des trop-payés que la succession devrait rembourser.',
        ),
        [
          step({
            key: 'tell-service-canada',
            title: t('Tell Service Canada', 'Informer Service Canada'),
            summary: t(
              'Report the death to the Old Age Security, Canada Pension Plan or Employment Insurance programs if the person received payments, and ask about survivor benefits.',
              'Déclarez le décès aux programmes de la Sécurité de la vieillesse, du Régime de pensions du Canada ou de l’assurance-emploi si la personne recevait des paiements, et renseignez-vous sur les prestations de survivant.',
            ),
            services: ['report-death-service-canada'],
            timing: t('As soon as possible', 'Le plus tôt possible'),
          }),
          step({
            key: 'tell-cra',
            title: t('Tell the Canada Revenue Agency', 'Informer l’Agence du revenu du Canada'),
            summary: t(
              'The CRA stops the person’s benefit and credit payments, such as the GST/HST credit, and can transfer the child benefit to the surviving parent.',
              'L’ARC cesse de verser les prestations et les crédits de la personne, comme le crédit pour la TPS/TVH, et peut transférer l’allocation pour enfants au parent survivant.',
            ),
            services: ['tax-return-deceased'],
            timing: t('As soon as possible', 'Le plus tôt possible'),
          }),
          step({
            key: 'forward-mail',
            title: t('Forward the person’s mail', 'Faire réacheminer le courrier de la personne'),
            summary: t(
              'Canada Post can send the person’s mail to the executor, so no bill, tax slip or pension letter is missed.',
              'Postes Canada peut acheminer le courrier de la personne à l’exécuteur testamentaire, pour ne manquer aucune facture, aucun feuillet d’impôt ni aucune lettre de pension.',
            ),
            services: ['canada-post-mail-forwarding'],
            optional: true,
            applies_if: yes('executor'),
          }),
        ],
      ),
      stage(
        'benefits',
        t('Benefits for the family and the estate', 'Prestations pour la famille et la succession'),
        t(
          'Pensions and one-time payments that a death can open for the spouse, the children or the estate.',
          'Pensions et paiements uniques auxquels un décès peut donner droit au conjoint, aux enfants ou à la succession.',
        ),
        [
          step({
            key: 'cpp-death-benefit',
            title: t(
              'Apply for the Canada Pension Plan death benefit',
              'Demander la prestation de décès du Régime de pensions du Canada',
            ),
            summary: t(
              'A one-time payment to the estate of a person who contributed enough to the CPP. The executor applies first; without a will, the person who paid for the funeral may apply.',
              'Paiement unique versé à la succession d’une personne qui a suffisamment cotisé au RPC. L’exécuteur testamentaire présente la demande en premier; sans testament, la personne qui a payé les funérailles peut la présenter.',
            ),
            services: ['cpp-death-benefit'],
            optional: true,
            timing: t(
              'Within 60 days of the death if you are the executor',
              'Dans les 60 jours suivant le décès si vous êtes l’exécuteur testamentaire',
            ),
          }),
          step({
            key: 'cpp-survivors-pension',
            title: t('Apply for the survivor’s pension', 'Demander la pension de survivant'),
            summary: t(
              'A monthly pension for the surviving spouse or common-law partner of a CPP contributor; you can apply for it together with the death benefit.',
              'Pension mensuelle pour l’époux ou le conjoint de fait survivant d’un cotisant au RPC; vous pouvez la demander en même temps que la prestation de décès.',
            ),
            services: ['cpp-survivors-pension'],
            applies_if: spouse,
          }),
          step({
            key: 'allowance-for-the-survivor',
            title: t('Apply for the Allowance for the Survivor', 'Demander l’Allocation au survivant'),
            summary: t(
              'A monthly benefit for surviving spouses aged 60 to 64 with a low income.',
              'Prestation mensuelle pour les conjoints survivants de 60 à 64 ans à faible revenu.',
            ),
            services: ['oas-allowance-survivor'],
            optional: true,
            applies_if: all(spouse, atLeast('your_age', 60), atMost('your_age', 64)),
          }),
          step({
            key: 'child-benefit-survivor',
            title: t('Update your child benefit', 'Mettre à jour votre allocation pour enfants'),
            summary: t(
              'If you have children, the CRA recalculates the Canada child benefit on your income alone; tell it of the death and of your new marital status.',
              'Si vous avez des enfants, l’ARC recalcule l’allocation canadienne pour enfants en fonction de votre seul revenu; informez-la du décès et de votre nouvel état civil.',
            ),
            services: ['canada-child-benefit'],
            optional: true,
            applies_if: spouse,
          }),
        ],
      ),
      stage(
        'settle-the-estate',
        t('Settle the estate', 'Régler la succession'),
        t(
          'The executor collects the assets, pays the debts and taxes, and distributes what is left.',
          'L’exécuteur testamentaire recueille les biens, paie les dettes et les impôts, puis distribue ce qui reste.',
        ),
        [
          step({
            key: 'commission-documents',
            title: t('Have your affidavits commissioned', 'Faire assermenter vos affidavits'),
            summary: t(
              'Probate applications include sworn affidavits; a commissioner of oaths at a City client service centre can take your oath.',
              'Les demandes d’homologation comprennent des affidavits; un commissaire à l’assermentation d’un centre du service à la clientèle de la Ville peut recevoir votre serment.',
            ),
            services: ['ottawa-commissioner-oaths'],
            optional: true,
            applies_if: all(yes('executor'), inOntario),
          }),
          step({
            key: 'probate-ontario',
            title: t(
              'Apply for probate, if the estate needs it',
              'Demander l’homologation, si la succession l’exige',
            ),
            summary: t(
              'Ask the Superior Court of Justice for a certificate of appointment of estate trustee, or a Small Estate Certificate for estates of $150,000 or less, and pay the estate administration tax.',
              'Demandez à la Cour supérieure de justice un certificat de nomination à titre de fiduciaire de la succession, ou un certificat de petite succession pour les successions de 150 000 $ ou moins, et payez l’impôt sur l’administration des successions.',
            ),
            services: ['on-estate-certificate'],
            optional: true,
            alternative_group: 'probate',
            applies_if: all(yes('executor'), inOntario),
          }),
          step({
            key: 'estate-information-return',
            title: t(
              'File the Estate Information Return',
              'Produire la déclaration de renseignements sur la succession',
            ),
            summary: t(
              'After probate, report the estate’s assets and their value to Ontario’s Ministry of Finance.',
              'Après l’homologation, déclarez les biens de la succession et leur valeur au ministère des Finances de l’Ontario.',
            ),
            services: ['on-estate-information-return'],
            optional: true,
            applies_if: all(yes('executor'), inOntario),
            timing: t(
              'Within 180 days after the certificate is issued',
              'Dans les 180 jours suivant la délivrance du certificat',
            ),
          }),
          step({
            key: 'probate-nova-scotia',
            title: t(
              'Apply for probate, if the estate needs it',
              'Demander l’homologation, si la succession l’exige',
            ),
            summary: t(
              'Ask the Probate Court for a grant of probate (with a will) or of administration (without one), advertise for creditors, and file the inventory of the estate.',
              'Demandez à la Cour des successions des lettres d’homologation (avec testament) ou d’administration (sans testament), publiez un avis aux créanciers et déposez l’inventaire de la succession.',
            ),
            services: ['ns-probate'],
            optional: true,
            alternative_group: 'probate',
            applies_if: all(yes('executor'), inNovaScotia),
          }),
          step({
            key: 'final-tax-return',
            title: t('File the final tax return', 'Produire la déclaration de revenus finale'),
            summary: t(
              'The executor files the person’s last income tax return, and asks the CRA for a clearance certificate before distributing the estate.',
              'L’exécuteur testamentaire produit la dernière déclaration de revenus de la personne et demande à l’ARC un certificat de décharge avant de distribuer les biens.',
            ),
            services: ['tax-return-deceased'],
            applies_if: yes('executor'),
            timing: t(
              'By April 30 of the year after the death, or within 6 months of the death if it happened in November or December',
              'Au plus tard le 30 avril de l’année suivant le décès, ou dans les 6 mois suivant le décès s’il est survenu en novembre ou en décembre',
            ),
          }),
        ],
      ),
    ],
  },
};
