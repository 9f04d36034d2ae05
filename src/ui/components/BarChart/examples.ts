import { defineExamples } from '../examples.js';
import { CHANNEL_NAMES, fiscalMonths, MONTHLY_APPLICATIONS } from '../Chart/exampleData.js';
import { BarChart, type BarChartProps } from './BarChart.js';

const CHANNELS = ['web', 'phone', 'walkIn', 'mail'] as const;
const yearTotal = (channel: (typeof CHANNELS)[number]) =>
  MONTHLY_APPLICATIONS[channel].reduce((sum, value) => sum + value, 0);

export const examples = defineExamples<BarChartProps>({
  name: 'BarChart',
  component: BarChart,
  examples: [
    {
      name: 'volume-by-channel-en',
      description:
        'Horizontal bars, one series: applications by channel over a fiscal year, with the highest and lowest named in the summary and every figure in the table.',
      lang: 'en',
      props: {
        id: 'volume-by-channel',
        lang: 'en',
        title: 'Applications by channel, 2024-2025',
        categoryLabel: 'Channel',
        categories: CHANNELS.map((channel) => CHANNEL_NAMES.en[channel]),
        series: [{ name: 'Applications', values: CHANNELS.map(yearTotal) }],
        orientation: 'horizontal',
      },
    },
    {
      name: 'preference-vs-transacted-fr',
      description:
        'Grouped vertical bars, two series in percent: the channel clients say they prefer against the one they used, in French (« 62 % »), with a legend.',
      lang: 'fr',
      props: {
        id: 'preference-vs-transacted',
        lang: 'fr',
        title: 'Mode de prestation préféré et mode utilisé, 2024-2025',
        categoryLabel: 'Mode de prestation',
        categories: CHANNELS.map((channel) => CHANNEL_NAMES.fr[channel]),
        series: [
          { name: 'Mode préféré', values: [0.62, 0.21, 0.14, 0.03] },
          { name: 'Mode utilisé', values: [0.48, 0.3, 0.17, 0.05] },
        ],
        format: 'percent',
        summary:
          'Six clients sur dix préfèrent le service en ligne, mais moins de la moitié des demandes y sont faites. Le téléphone est utilisé plus souvent qu’il n’est préféré.',
      },
    },
    {
      name: 'monthly-stacked-en',
      description:
        'Stacked vertical bars: each month’s applications by channel, the table adding each month’s total, folded behind « Show the data table ».',
      lang: 'en',
      props: {
        id: 'monthly-applications',
        lang: 'en',
        title: 'Applications each month by channel, 2024-2025',
        categoryLabel: 'Month',
        categories: fiscalMonths('en'),
        series: CHANNELS.map((channel) => ({
          name: CHANNEL_NAMES.en[channel],
          values: MONTHLY_APPLICATIONS[channel],
        })),
        stacked: true,
        dataTable: 'collapsed',
      },
    },
    {
      name: 'satisfaction-by-channel-fr',
      description:
        'Horizontal bars of mean satisfaction on a 1 to 5 scale: the axis runs from 0 to 5, the table says « sur 5 »; one channel without responses shows « Aucune donnée ».',
      lang: 'fr',
      props: {
        id: 'satisfaction-by-channel',
        lang: 'fr',
        title: 'Satisfaction moyenne par mode de prestation, 2024-2025',
        categoryLabel: 'Mode de prestation',
        categories: CHANNELS.map((channel) => CHANNEL_NAMES.fr[channel]),
        series: [{ name: 'Satisfaction moyenne', values: [4.3, 3.6, 4.1, null] }],
        format: 'score',
        orientation: 'horizontal',
      },
    },
    {
      name: 'no-figures-fr',
      description: 'No figure for the period: the caption and a message, never empty axes.',
      lang: 'fr',
      props: {
        id: 'no-figures',
        lang: 'fr',
        title: 'Demandes par mode de prestation, 2025-2026',
        categoryLabel: 'Mode de prestation',
        categories: CHANNELS.map((channel) => CHANNEL_NAMES.fr[channel]),
        series: [{ name: 'Demandes', values: [null, null, null, null] }],
      },
    },
  ],
});
