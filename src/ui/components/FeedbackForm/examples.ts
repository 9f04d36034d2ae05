import { defineExamples } from '../examples.js';
import { FeedbackForm, type FeedbackFormProps } from './FeedbackForm.js';

export const examples = defineExamples<FeedbackFormProps>({
  name: 'FeedbackForm',
  component: FeedbackForm,
  examples: [
    {
      name: 'question-en',
      description: 'The question with its two buttons, posting the page it is about.',
      lang: 'en',
      props: {
        lang: 'en',
        action: '/en/feedback',
        page: '/en/situations/having-a-baby',
        surveyHref: '/en/satisfaction?page=%2Fen%2Fsituations%2Fhaving-a-baby',
      },
    },
    {
      name: 'question-fr',
      description: 'The question in French (a question mark after a non-breaking space).',
      lang: 'fr',
      props: { lang: 'fr', action: '/fr/feedback', page: '/fr/situations/avoir-un-bebe' },
    },
    {
      name: 'thanked-fr',
      description:
        'After an answer: a status message thanks the visitor instead of the form; the survey is still offered.',
      lang: 'fr',
      props: {
        lang: 'fr',
        action: '/fr/feedback',
        page: '/fr/situations/avoir-un-bebe',
        thanked: true,
        surveyHref: '/fr/satisfaction?page=%2Ffr%2Fsituations%2Favoir-un-bebe',
      },
    },
  ],
});
