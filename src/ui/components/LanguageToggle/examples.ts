import { defineExamples } from '../examples.js';
import { LanguageToggle, type LanguageToggleProps } from './LanguageToggle.js';

export const examples = defineExamples<LanguageToggleProps>({
  name: 'LanguageToggle',
  component: LanguageToggle,
  examples: [
    {
      name: 'to-french',
      description:
        'On an English page: the link leads to the same page in French and is marked up in French.',
      lang: 'en',
      props: { lang: 'en', alternatePath: '/fr/services?q=passeport' },
    },
    {
      name: 'to-english',
      description:
        'On a French page: the link leads to the same page in English and is marked up in English.',
      lang: 'fr',
      props: { lang: 'fr', alternatePath: '/en/services?q=passport' },
    },
  ],
});
