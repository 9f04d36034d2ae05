import { defineExamples } from '../examples.js';
import {
  PublishedResults,
  type PublishedResultsProps,
  type PublishedResultsYear,
} from './PublishedResults.js';

const STAGES_2024: PublishedResultsYear['onlineStages'] = {
  registration: 'Y',
  authentication: 'Y',
  application: 'Y',
  decision: 'N',
  issuance: 'NA',
  feedback: null,
};

const YEAR_2024: PublishedResultsYear = {
  fiscalYear: '2023-2024',
  applicationsByChannel: {
    online: 41_250,
    phone: 3_100,
    in_person: 900,
    mail: 750,
    email: 0,
    fax: 0,
    other: 0,
  },
  applicationsTotal: 46_000,
  applicationsPublished: true,
  onlineShare: 41_250 / 46_000,
  phoneEnquiries: 128_400,
  onlineStages: STAGES_2024,
  standards: [
    { name: 'Answer calls within 10 minutes', target: 0.8, performance: 0.74, targetMet: 'N' },
    { name: 'Issue a decision within 30 days', target: 0.9, performance: 0.97, targetMet: 'Y' },
  ],
};

export const examples = defineExamples<PublishedResultsProps>({
  name: 'PublishedResults',
  component: PublishedResults,
  examples: [
    {
      name: 'two-years-en',
      description:
        'Two fiscal years, newest first: applications by channel with their total, the online share, telephone enquiries, standards against their targets and the online stages (one not published).',
      lang: 'en',
      props: {
        lang: 'en',
        years: [
          YEAR_2024,
          {
            ...YEAR_2024,
            fiscalYear: '2022-2023',
            applicationsByChannel: {
              online: 30_000,
              phone: 5_000,
              in_person: 5_000,
              mail: 0,
              email: 0,
              fax: 0,
              other: 0,
            },
            applicationsTotal: 40_000,
            onlineShare: 0.75,
            standards: [],
          },
        ],
      },
    },
    {
      name: 'nothing-counted-fr',
      description:
        'A year for which the department published no application figure and no telephone enquiries: each is said to be unpublished, never shown as zero.',
      lang: 'fr',
      props: {
        lang: 'fr',
        years: [
          {
            fiscalYear: '2023-2024',
            applicationsByChannel: { online: 0, phone: 0, in_person: 0, mail: 0, email: 0, fax: 0, other: 0 },
            applicationsTotal: 0,
            applicationsPublished: false,
            onlineShare: null,
            phoneEnquiries: null,
            onlineStages: { ...STAGES_2024, decision: 'NA' },
            standards: [
              { name: 'Répondre en 2 jours ouvrables', target: 0.9, performance: null, targetMet: null },
            ],
          },
        ],
      },
    },
  ],
});
