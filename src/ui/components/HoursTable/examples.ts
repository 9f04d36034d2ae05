import { defineExamples } from '../examples.js';
import { HoursTable, type HoursSchedule, type HoursTableProps } from './HoursTable.js';

const weekdays = (opens: string, closes: string, id: string): HoursSchedule => ({
  id,
  freq: 'WEEKLY',
  byday: 'MO,TU,WE,TH,FR',
  opens_at: opens,
  closes_at: closes,
});

/** Split hours on weekdays, Saturday mornings, and two closures: one past, one coming. */
const OFFICE: HoursSchedule[] = [
  weekdays('13:00:00', '16:30:00', 'afternoon'),
  weekdays('08:30:00', '12:00:00', 'morning'),
  { id: 'saturday', freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '12:00' },
  {
    id: 'boxing-day',
    closed: true,
    valid_from: '2026-12-26',
    description: { en: 'Boxing Day', fr: 'Lendemain de Noël' },
  },
  {
    id: 'past-closure',
    closed: true,
    valid_from: '2026-07-01',
    description: { en: 'Canada Day', fr: 'Fête du Canada' },
  },
];

export const examples = defineExamples<HoursTableProps>({
  name: 'HoursTable',
  component: HoursTable,
  examples: [
    {
      name: 'split-hours-en',
      description:
        'Weekday hours split over lunch shown together, Saturday mornings, Sunday closed; only the coming closure is listed.',
      lang: 'en',
      props: { lang: 'en', schedules: OFFICE, caption: 'Opening hours', today: '2026-12-07' },
    },
    {
      name: 'split-hours-fr',
      description:
        'The same office in French: 24-hour times written « 8 h 30 », a colon after a non-breaking space.',
      lang: 'fr',
      props: { lang: 'fr', schedules: OFFICE, caption: 'Heures d’ouverture', today: '2026-12-07' },
    },
    {
      name: 'closure-awaiting-translation-fr',
      description:
        'Only a closure, whose reason exists in English alone: no table, and the English reason stands in.',
      lang: 'fr',
      props: {
        lang: 'fr',
        schedules: [
          {
            id: 'storm',
            closed: true,
            valid_from: '2027-01-01',
            description: { en: 'Winter storm', fr: '' },
          },
        ],
        caption: 'Heures d’ouverture',
        today: '2026-12-07',
      },
    },
    {
      name: 'no-hours-en',
      description: 'No schedule at all: nothing is rendered.',
      lang: 'en',
      props: { lang: 'en', schedules: [], caption: 'Opening hours', today: '2026-12-07' },
    },
  ],
});
