import { defineExamples } from '../examples.js';
import { CHANNEL_NAMES, fiscalMonths, MONTHLY_APPLICATIONS } from '../Chart/exampleData.js';
import { LineChart, type LineChartProps } from './LineChart.js';

const CHANNELS = ['web', 'phone', 'walkIn', 'mail'] as const;

/** Each month's share of applications made online. */
const ONLINE_SHARE = MONTHLY_APPLICATIONS.web.map((web, month) => {
  const total = CHANNELS.reduce((sum, channel) => sum + MONTHLY_APPLICATIONS[channel][month]!, 0);
  return Math.round((web / total) * 1000) / 1000;
});

export const examples = defineExamples<LineChartProps>({
  name: 'LineChart',
  component: LineChart,
  examples: [
    {
      name: 'channel-shift-en',
      description:
        'Four series over twelve months: applications by channel as clients move online, each line with its own dash and marker, a legend, the table folded.',
      lang: 'en',
      props: {
        id: 'channel-shift',
        lang: 'en',
        title: 'Applications each month by channel, 2024-2025',
        periodLabel: 'Month',
        periods: fiscalMonths('en'),
        series: CHANNELS.map((channel) => ({
          name: CHANNEL_NAMES.en[channel],
          values: MONTHLY_APPLICATIONS[channel],
        })),
        startAtZero: true,
        dataTable: 'collapsed',
        summary:
          'Online applications rose from 9,820 in April to 13,420 in March, while every other channel declined: telephone from 4,210 to 3,110, in person from 1,930 to 1,490 and mail from 710 to 380.',
      },
    },
    {
      name: 'online-share-target-fr',
      description:
        'One series in percent against a target line labelled on the chart, in French: « 75 % », the target in its own table column.',
      lang: 'fr',
      props: {
        id: 'online-share',
        lang: 'fr',
        title: 'Part des demandes faites en ligne, 2024-2025',
        periodLabel: 'Mois',
        periods: fiscalMonths('fr'),
        series: [{ name: 'Part en ligne', values: ONLINE_SHARE }],
        format: 'percent',
        references: [{ label: 'Cible', value: 0.75 }],
      },
    },
    {
      name: 'satisfaction-with-gaps-fr',
      description:
        'Mean satisfaction out of 5 by month for two channels; months without a survey break the line and read « Aucune donnée » in the table.',
      lang: 'fr',
      props: {
        id: 'satisfaction-by-month',
        lang: 'fr',
        title: 'Satisfaction moyenne par mois, 2024-2025',
        periodLabel: 'Mois',
        periods: fiscalMonths('fr'),
        series: [
          { name: 'En ligne', values: [4.1, 4.2, 4.0, null, 4.3, 4.4, 4.2, 4.1, null, null, 4.5, 4.4] },
          { name: 'Téléphone', values: [3.6, 3.5, 3.7, null, 3.4, 3.6, 3.8, 3.7, null, null, 3.9, 4.0] },
        ],
        format: 'score',
      },
    },
    {
      name: 'indicator-against-target-en',
      description:
        'A cluster indicator by quarter from its baseline of 14,500 toward its target of 18,000: the axis spans the figures rather than starting at zero, both levels labelled.',
      lang: 'en',
      props: {
        id: 'indicator-clients-served',
        lang: 'en',
        title: 'Clients served through the cluster, by quarter',
        periodLabel: 'Quarter',
        periods: [
          'Q1 2023-24',
          'Q2 2023-24',
          'Q3 2023-24',
          'Q4 2023-24',
          'Q1 2024-25',
          'Q2 2024-25',
          'Q3 2024-25',
        ],
        series: [
          { name: 'Clients served', values: [14_500, 14_880, 15_320, 15_910, 16_240, 16_850, 17_260] },
        ],
        references: [
          { label: 'Target', value: 18_000 },
          { label: 'Baseline', value: 14_500 },
        ],
      },
    },
    {
      name: 'no-responses-en',
      description: 'No survey response yet: the caption and a message, never empty axes.',
      lang: 'en',
      props: {
        id: 'no-responses',
        lang: 'en',
        title: 'Mean satisfaction by month, 2025-2026',
        periodLabel: 'Month',
        periods: ['Apr 2025', 'May 2025'],
        series: [{ name: 'Mean satisfaction', values: [null, null] }],
        format: 'score',
      },
    },
  ],
});
