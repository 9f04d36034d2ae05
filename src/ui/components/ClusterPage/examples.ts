import { defineExamples } from '../examples.js';
import {
  ClusterPage,
  type ClusterPageModel,
  type ClusterPageProps,
  type ClusterPaths,
} from './ClusterPage.js';

const paths = (lang: 'en' | 'fr'): ClusterPaths => ({
  home: `/${lang}`,
  checklist: lang === 'en' ? '/en/situations/having-a-baby/checklist' : '/fr/situations/avoir-un-bebe/liste',
  offices: lang === 'en' ? '/en/offices' : '/fr/bureaux',
  service: (id) => `/${lang}/services/${id}`,
  organization: (id) => `/${lang}/organizations/${id}`,
});

const federal = { id: 'org-federal', name: 'Service Canada', brandColour: '#26374a', logo: null };
const province = { id: 'org-province', name: 'ServiceOntario', brandColour: '#00703c', logo: null };

const baby: ClusterPageModel = {
  kind: 'life-event',
  status: 'pilot',
  pilotEndsOn: '2027-03-31',
  title: 'Having a baby',
  summary: 'Every step when a baby arrives, whichever government does it.',
  hasScreener: true,
  stages: [
    {
      key: 'after',
      title: 'After the birth',
      summary: 'The first weeks.',
      steps: [
        {
          key: 'register',
          title: 'Register the birth',
          summary: 'Tell the province about your baby.',
          timing: 'Within 30 days',
          optional: false,
          fit: 'applies',
          alternativeToPrevious: false,
          responsible: province,
          services: [
            {
              id: 'svc-register',
              name: 'Register a birth',
              online: [{ id: 'ch-web', url: 'https://example.ca/register' }],
              phones: [
                {
                  id: 'ch-phone',
                  number: '1-800-267-8097',
                  hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '08:30', closesAt: '17:00' }],
                },
              ],
              offices: ['ServiceOntario Ottawa', 'ServiceOntario Kanata'],
              mail: [{ id: 'ch-mail', address: ['PO Box 4600', 'Thunder Bay', 'ON', 'P7B 6L8'] }],
            },
          ],
        },
        {
          key: 'leave',
          title: 'Apply for parental benefits',
          summary: 'If you work, for the weeks you stay home.',
          timing: null,
          optional: true,
          fit: 'applies',
          alternativeToPrevious: false,
          responsible: federal,
          services: [
            {
              id: 'svc-benefits',
              name: 'Parental benefits',
              online: [],
              phones: [],
              offices: [],
              mail: [],
            },
          ],
        },
      ],
    },
  ],
  partners: [
    { ...federal, lead: true },
    { ...province, lead: false },
  ],
  coBrands: [
    { partner: province, lead: true, showMark: true },
    { partner: federal, lead: false, showMark: false },
  ],
};

const bebe: ClusterPageModel = {
  ...baby,
  status: 'production',
  pilotEndsOn: null,
  title: 'Avoir un bébé',
  summary: 'Chaque démarche à l’arrivée d’un bébé, quel que soit le gouvernement.',
  hasScreener: false,
  coBrands: null,
  stages: [
    {
      key: 'after',
      title: 'Après la naissance',
      summary: null,
      steps: [
        {
          key: 'register',
          title: 'Enregistrer la naissance',
          summary: 'Avisez la province.',
          timing: 'Dans les 30 jours',
          optional: false,
          fit: 'may_apply',
          alternativeToPrevious: false,
          responsible: province,
          services: [
            {
              id: 'svc-register',
              name: 'Enregistrer une naissance',
              online: [],
              phones: [
                {
                  id: 'ch-phone',
                  number: '1-800-267-8097',
                  hours: [{ days: ['SA'], opensAt: '09:00', closesAt: '12:00' }],
                },
              ],
              offices: ['ServiceOntario Ottawa'],
              mail: [],
            },
          ],
        },
        {
          key: 'certificate',
          title: 'Commander un certificat',
          summary: 'Ou plus tard, quand vous en aurez besoin.',
          timing: null,
          optional: false,
          fit: 'applies',
          alternativeToPrevious: true,
          responsible: null,
          services: [],
        },
      ],
    },
  ],
};

export const examples = defineExamples<ClusterPageProps>({
  name: 'ClusterPage',
  component: ClusterPage,
  examples: [
    {
      name: 'pilot-with-co-brands',
      description:
        'A pilot cluster with a screener, co-branded by its agreement: every way to reach a service (online, phone hours, offices, mail).',
      lang: 'en',
      props: { lang: 'en', cluster: baby, paths: paths('en') },
    },
    {
      name: 'production-in-french',
      description:
        'A production cluster in French without an agreement in force: a step that may apply and an alternative step.',
      lang: 'fr',
      props: { lang: 'fr', cluster: bebe, paths: paths('fr') },
    },
  ],
});
