/**
 * Starting a business. The Nova Scotia steps show the Nova Scotia Business Registry at work: one
 * registration with the Registry of Joint Stock Companies is shared with the Canada Revenue Agency,
 * which issues the Business Number, and lets the owner open the HST account (CRA) and the workplace
 * insurance account (WCB) in the same session. Those steps name the registry beside the partner's
 * own service, and name the partner answerable for each.
 */
import { orgId, t } from '../catalog/helpers.js';
import {
  all,
  any,
  inNovaScotia,
  inOntario,
  is,
  isNot,
  moreThan,
  provinceQuestion,
  stage,
  step,
  words,
  yes,
} from './helpers.js';
import type { DemoCluster } from './index.js';

/** In Nova Scotia, every business but a sole proprietor under their own name registers with the RJSC. */
const nsRegistered = all(inNovaScotia, isNot('structure', 'own-name'));
const hasEmployees = moreThan('employees', 0);

export const startingABusiness: DemoCluster = {
  lifecycle: { status: 'production' },
  definition: {
    key: 'starting-a-business',
    kind: 'business-event',
    title: t('Starting a business', 'Démarrer une entreprise'),
    summary: t(
      'Register or incorporate your business, get the Business Number that identifies it to every government, open your sales tax and payroll accounts, insure your workers and check local permits. In Nova Scotia, one registration with the Registry of Joint Stock Companies also gets you the Business Number and can open your HST and WCB accounts at the same time.',
      'Enregistrez ou constituez votre entreprise, obtenez le numéro d’entreprise qui l’identifie auprès de tous les gouvernements, ouvrez vos comptes de taxe de vente et de retenues sur la paie, assurez vos travailleurs et vérifiez les permis locaux. En Nouvelle-Écosse, une seule inscription au Registre des sociétés par actions vous donne aussi le numéro d’entreprise et peut ouvrir en même temps vos comptes de TVH et auprès de la WCB.',
    ),
    slug: { en: 'starting-a-business', fr: 'demarrer-une-entreprise' },
    lead_organization_id: orgId('cra'),
    synonyms: {
      en: words([
        'start a business',
        'starting a business',
        'new business',
        'open a business',
        'small business',
        'self-employed',
        'self-employment',
        'entrepreneur',
        'sole proprietor',
        'sole proprietorship',
        'partnership',
        'incorporate',
        'incorporation',
        'numbered company',
        'register a business',
        'business registration',
        'business name',
        'business number',
        'BN',
        'GST number',
        'HST number',
        'GST/HST',
        'payroll',
        'hire employees',
        'first employee',
        'startup',
        'side hustle',
        'freelance',
        'freelancer',
        'contractor',
        'home-based business',
        'company',
        'corporation',
        'business licence',
        'master business licence',
        'WCB',
        'WSIB',
      ]),
      fr: words([
        'démarrer une entreprise',
        'lancer une entreprise',
        'lancer sa compagnie',
        'partir une business',
        'nouvelle entreprise',
        'petite entreprise',
        'travailleur autonome',
        'travail autonome',
        'à mon compte',
        'entrepreneur',
        'entrepreneure',
        'entreprise individuelle',
        'société de personnes',
        's’incorporer',
        'constitution en société',
        'compagnie à numéro',
        'enregistrer une entreprise',
        'nom commercial',
        'raison sociale',
        'numéro d’entreprise',
        'NE',
        'numéro de TPS',
        'numéro de TVH',
        'TPS/TVH',
        'retenues sur la paie',
        'embaucher',
        'premier employé',
        'jeune pousse',
        'pigiste',
        'entreprise à domicile',
        'permis d’entreprise',
        'compagnie',
        'CSPAAT',
      ]),
    },
    screener: [
      provinceQuestion(
        t('Where will the business operate?', 'Où l’entreprise exercera-t-elle ses activités?'),
      ),
      {
        id: 'structure',
        type: 'choice',
        label: t('How will you run the business?', 'Sous quelle forme exploiterez-vous l’entreprise?'),
        hint: t(
          'A federal corporation can use its name across Canada, but still registers in each province where it operates.',
          'Une société de régime fédéral peut utiliser sa dénomination partout au Canada, mais doit tout de même s’enregistrer dans chaque province où elle exerce ses activités.',
        ),
        options: [
          {
            value: 'own-name',
            label: t('On my own, under my own legal name', 'Seul, sous mon nom légal'),
          },
          {
            value: 'business-name',
            label: t(
              'On my own or with partners, under a business name',
              'Seul ou avec des associés, sous un nom commercial',
            ),
          },
          {
            value: 'provincial-corporation',
            label: t(
              'As a corporation, incorporated in my province',
              'En société par actions constituée dans ma province',
            ),
          },
          {
            value: 'federal-corporation',
            label: t('As a corporation, incorporated federally', 'En société par actions de régime fédéral'),
          },
        ],
        required: true,
      },
      {
        id: 'taxable_sales_over_30k',
        type: 'yes_no',
        label: t(
          'Do you expect more than $30,000 in taxable sales over a year?',
          'Prévoyez-vous plus de 30 000 $ de ventes taxables sur une année?',
        ),
        hint: t(
          'Above this small supplier limit, you must collect GST/HST.',
          'Au-delà de ce seuil du petit fournisseur, vous devez percevoir la TPS/TVH.',
        ),
      },
      {
        id: 'employees',
        type: 'number',
        label: t('How many employees will you have?', 'Combien d’employés aurez-vous?'),
        min: 0,
        max: 100000,
      },
      {
        id: 'first_hire_date',
        type: 'date',
        label: t('When will your first employee start?', 'Quand votre premier employé commencera-t-il?'),
        hint: t(
          'Workplace insurance registration is due within 10 days of hiring.',
          'L’inscription à l’assurance contre les accidents du travail doit se faire dans les 10 jours suivant l’embauche.',
        ),
        ask_if: hasEmployees,
      },
    ],
    stages: [
      stage(
        'register',
        t('Register or incorporate', 'Enregistrer ou constituer l’entreprise'),
        t(
          'Give your business its legal form and name with your province, or with Canada.',
          'Donnez à votre entreprise sa forme juridique et son nom auprès de votre province ou du Canada.',
        ),
        [
          step({
            key: 'register-name-ontario',
            title: t('Register your business name in Ontario', 'Enregistrer votre nom commercial en Ontario'),
            summary: t(
              'A sole proprietorship or partnership that uses a name other than the owner’s registers it in the Ontario Business Registry and receives a Master Business Licence.',
              'Une entreprise individuelle ou une société de personnes qui utilise un nom autre que celui du propriétaire l’enregistre au Registre des entreprises de l’Ontario et reçoit un permis principal d’entreprise.',
            ),
            services: ['on-business-name-registration'],
            alternative_group: 'register',
            applies_if: all(inOntario, is('structure', 'business-name')),
          }),
          step({
            key: 'incorporate-ontario',
            title: t('Incorporate in Ontario', 'Constituer la société en Ontario'),
            summary: t(
              'File articles of incorporation in the Ontario Business Registry; the new corporation gets its CRA Business Number automatically.',
              'Déposez les statuts constitutifs au Registre des entreprises de l’Ontario; la nouvelle société reçoit automatiquement son numéro d’entreprise de l’ARC.',
            ),
            services: ['on-incorporation'],
            alternative_group: 'register',
            applies_if: all(inOntario, is('structure', 'provincial-corporation')),
          }),
          step({
            key: 'nova-scotia-business-registry',
            title: t(
              'Register once with the Nova Scotia Business Registry',
              'S’inscrire une seule fois au Nova Scotia Business Registry',
            ),
            summary: t(
              'Register your business name, or incorporate a Nova Scotia company, with the Registry of Joint Stock Companies. A federal corporation registers here too, as an extra-provincial corporation. This one registration is shared with the Canada Revenue Agency and the Workers’ Compensation Board: the next steps happen in the same session.',
              'Enregistrez votre nom commercial, ou constituez une société de la Nouvelle-Écosse, au Registre des sociétés par actions. Une société de régime fédéral s’y enregistre aussi, comme société extraprovinciale. Cette inscription unique est transmise à l’Agence du revenu du Canada et à la Commission des accidents du travail : les étapes suivantes se font au cours de la même démarche.',
            ),
            services: ['ns-business-registry', 'ns-business-name-registration', 'ns-incorporation'],
            responsible: 'rjsc',
            alternative_group: 'register',
            applies_if: nsRegistered,
          }),
          step({
            key: 'incorporate-federally',
            title: t('Incorporate federally', 'Constituer la société au fédéral'),
            summary: t(
              'Incorporate under the Canada Business Corporations Act to use your corporate name across Canada; the corporation gets its Business Number automatically and then registers in each province where it operates.',
              'Constituez votre société en vertu de la Loi canadienne sur les sociétés par actions pour utiliser votre dénomination partout au Canada; la société reçoit automatiquement son numéro d’entreprise, puis s’enregistre dans chaque province où elle exerce ses activités.',
            ),
            services: ['federal-incorporation'],
            alternative_group: 'register',
            applies_if: is('structure', 'federal-corporation'),
          }),
        ],
      ),
      stage(
        'business-number-and-taxes',
        t('Business Number and tax accounts', 'Numéro d’entreprise et comptes fiscaux'),
        t(
          'The nine-digit Business Number identifies your business to the CRA and to the provinces that use it; program accounts for sales tax and payroll are added to it.',
          'Le numéro d’entreprise à neuf chiffres identifie votre entreprise auprès de l’ARC et des provinces qui l’utilisent; les comptes de programme de taxe de vente et de retenues sur la paie s’y ajoutent.',
        ),
        [
          step({
            key: 'business-number-from-registry',
            title: t(
              'Receive your Business Number from the same registration',
              'Recevoir votre numéro d’entreprise grâce à la même inscription',
            ),
            summary: t(
              'You do not apply twice: the Registry of Joint Stock Companies passes your registration to the CRA, which issues your Business Number. Nova Scotia programs and the WCB use the same number.',
              'Vous ne présentez pas deux demandes : le Registre des sociétés par actions transmet votre inscription à l’ARC, qui attribue votre numéro d’entreprise. Les programmes de la Nouvelle-Écosse et la WCB utilisent le même numéro.',
            ),
            services: ['business-number', 'ns-business-registry'],
            alternative_group: 'business-number',
            applies_if: nsRegistered,
          }),
          step({
            key: 'business-number',
            title: t('Get a Business Number from the CRA', 'Obtenir un numéro d’entreprise de l’ARC'),
            summary: t(
              'Corporations receive one when they incorporate. Sole proprietors and partnerships register with the CRA once they need a program account, such as GST/HST or payroll.',
              'Les sociétés en reçoivent un au moment de leur constitution. Les entreprises individuelles et les sociétés de personnes s’inscrivent auprès de l’ARC dès qu’elles ont besoin d’un compte de programme, comme la TPS/TVH ou les retenues sur la paie.',
            ),
            services: ['business-number'],
            alternative_group: 'business-number',
            applies_if: any(isNot('province', 'ns'), is('structure', 'own-name')),
          }),
          step({
            key: 'hst-nova-scotia',
            title: t(
              'Open your HST account in the same session',
              'Ouvrir votre compte de TVH au cours de la même démarche',
            ),
            summary: t(
              'Nova Scotia uses the harmonized sales tax. Ask for your HST account through the Nova Scotia Business Registry when you register; the CRA adds it to your Business Number.',
              'La Nouvelle-Écosse applique la taxe de vente harmonisée. Demandez votre compte de TVH par le Nova Scotia Business Registry au moment de l’inscription; l’ARC l’ajoute à votre numéro d’entreprise.',
            ),
            services: ['gst-hst-registration', 'ns-business-registry'],
            alternative_group: 'sales-tax',
            applies_if: all(inNovaScotia, yes('taxable_sales_over_30k')),
            timing: t(
              'Once taxable sales pass $30,000 over four calendar quarters; earlier if you choose',
              'Dès que les ventes taxables dépassent 30 000 $ sur quatre trimestres civils; plus tôt si vous le souhaitez',
            ),
          }),
          step({
            key: 'gst-hst',
            title: t('Register for GST/HST', 'S’inscrire à la TPS/TVH'),
            summary: t(
              'Collect and remit the GST, or the HST in Ontario and the Atlantic provinces, once you are no longer a small supplier.',
              'Percevez et versez la TPS, ou la TVH en Ontario et dans les provinces de l’Atlantique, dès que vous n’êtes plus un petit fournisseur.',
            ),
            services: ['gst-hst-registration'],
            alternative_group: 'sales-tax',
            applies_if: all(isNot('province', 'ns'), yes('taxable_sales_over_30k')),
            timing: t(
              'Once taxable sales pass $30,000 over four calendar quarters; earlier if you choose',
              'Dès que les ventes taxables dépassent 30 000 $ sur quatre trimestres civils; plus tôt si vous le souhaitez',
            ),
          }),
          step({
            key: 'payroll-account',
            title: t('Open a payroll account', 'Ouvrir un compte de retenues sur la paie'),
            summary: t(
              'Deduct income tax, Canada Pension Plan contributions and Employment Insurance premiums from your employees’ pay and remit them to the CRA.',
              'Retenez l’impôt, les cotisations au Régime de pensions du Canada et les cotisations d’assurance-emploi sur la paie de vos employés et versez-les à l’ARC.',
            ),
            services: ['payroll-account'],
            applies_if: hasEmployees,
            timing: t(
              'Before your first remittance is due',
              'Avant la date d’échéance de votre premier versement',
            ),
          }),
        ],
      ),
      stage(
        'hiring',
        t('If you hire', 'Si vous embauchez'),
        t(
          'Insure your workers and keep the records employers owe them.',
          'Assurez vos travailleurs et tenez les documents que l’employeur leur doit.',
        ),
        [
          step({
            key: 'wcb-nova-scotia',
            title: t(
              'Open your WCB account through the registry',
              'Ouvrir votre compte auprès de la WCB par le registre',
            ),
            summary: t(
              'Employers in mandatory industries insure their workers with the Workers’ Compensation Board; others may choose to. Open the account in the Nova Scotia Business Registry with your Business Number.',
              'Les employeurs des secteurs obligatoires assurent leurs travailleurs auprès de la Commission des accidents du travail; les autres peuvent choisir de le faire. Ouvrez le compte dans le Nova Scotia Business Registry avec votre numéro d’entreprise.',
            ),
            services: ['wcb-ns-employer-registration', 'ns-business-registry'],
            optional: true,
            applies_if: all(inNovaScotia, hasEmployees),
            timing: t(
              'Within 10 days of having 3 or more workers, in a mandatory industry',
              'Dans les 10 jours suivant le moment où vous avez 3 travailleurs ou plus, dans un secteur obligatoire',
            ),
          }),
          step({
            key: 'wsib-ontario',
            title: t('Register with the WSIB', 'S’inscrire à la CSPAAT'),
            summary: t(
              'Most Ontario employers must have workplace insurance for their employees, including family members.',
              'La plupart des employeurs de l’Ontario doivent assurer leurs employés, y compris les membres de leur famille, contre les accidents du travail.',
            ),
            services: ['wsib-employer-registration'],
            applies_if: all(inOntario, hasEmployees),
            timing: t(
              'Within 10 calendar days of hiring your first employee',
              'Dans les 10 jours civils suivant l’embauche de votre premier employé',
            ),
          }),
          step({
            key: 'record-of-employment',
            title: t('Issue Records of Employment', 'Produire les relevés d’emploi'),
            summary: t(
              'When an employee stops working, for any reason, send a Record of Employment to Service Canada through ROE Web.',
              'Lorsqu’un employé cesse de travailler, peu importe la raison, transmettez un relevé d’emploi à Service Canada par RE Web.',
            ),
            services: ['record-of-employment'],
            optional: true,
            applies_if: hasEmployees,
            timing: t(
              'Usually within 5 calendar days after the end of the pay period in which the work stopped',
              'Habituellement dans les 5 jours civils suivant la fin de la période de paie où le travail a cessé',
            ),
          }),
        ],
      ),
      stage(
        'local-permits',
        t('Local permits', 'Permis locaux'),
        t(
          'Your city decides where a business may operate and which trades need a licence.',
          'Votre ville décide où une entreprise peut exercer ses activités et quels métiers exigent un permis.',
        ),
        [
          step({
            key: 'ottawa-business-licence',
            title: t(
              'Check whether you need a City licence',
              'Vérifier si vous avez besoin d’un permis municipal',
            ),
            summary: t(
              'Some businesses in Ottawa, such as food premises and second-hand shops, need a business licence and inspections before they open.',
              'Certaines entreprises d’Ottawa, comme les établissements alimentaires et les magasins d’occasion, ont besoin d’un permis d’entreprise et d’inspections avant d’ouvrir.',
            ),
            services: ['ottawa-business-licence'],
            optional: true,
            alternative_group: 'local-permits',
            applies_if: inOntario,
          }),
          step({
            key: 'halifax-development-permit',
            title: t(
              'Check zoning and permits for your location',
              'Vérifier le zonage et les permis pour votre local',
            ),
            summary: t(
              'Make sure the land use by-law allows your business at its address; changing the use of a building or some home businesses need a development permit.',
              'Assurez-vous que le règlement d’utilisation des sols permet votre entreprise à cette adresse; changer l’usage d’un bâtiment ou exploiter certaines entreprises à domicile exige un permis d’aménagement.',
            ),
            services: ['halifax-development-permit'],
            optional: true,
            alternative_group: 'local-permits',
            applies_if: inNovaScotia,
          }),
        ],
      ),
    ],
  },
};
