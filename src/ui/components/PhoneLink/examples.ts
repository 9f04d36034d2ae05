import { defineExamples } from '../examples.js';
import { PhoneLink, type PhoneLinkProps } from './PhoneLink.js';

export const examples = defineExamples<PhoneLinkProps>({
  name: 'PhoneLink',
  component: PhoneLink,
  examples: [
    {
      name: 'toll-free-en',
      description: 'A toll-free number written with hyphens: the link text is the number.',
      lang: 'en',
      props: { number: '1-800-622-6232' },
    },
    {
      name: 'with-words-fr',
      description:
        'A French sentence as the link text, the number grouped with non-breaking spaces the French way.',
      lang: 'fr',
      props: { number: '1\u00a0800\u00a0622-6232', label: 'Composer le 1\u00a0800\u00a0622-6232' },
    },
    {
      name: 'international-en',
      description: 'A number with its country code: the plus sign is kept for dialling.',
      lang: 'en',
      props: { number: '+1 (613) 555-0100', label: 'Call +1 (613) 555-0100 from outside Canada' },
    },
  ],
});
