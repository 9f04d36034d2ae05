import { defineExamples } from '../examples.js';
import { FieldError, type FieldErrorProps } from './FieldError.js';

export const examples = defineExamples<FieldErrorProps>({
  name: 'FieldError',
  component: FieldError,
  examples: [
    {
      name: 'required-en',
      description: 'A missing answer, prefixed for screen readers with a hidden “Error:”.',
      lang: 'en',
      props: { lang: 'en', id: 'email-error', message: 'Enter an email address' },
    },
    {
      name: 'format-fr',
      description: 'A French message with « » and non-breaking spaces; the hidden prefix reads « Erreur : ».',
      lang: 'fr',
      props: {
        lang: 'fr',
        id: 'near-error',
        message: 'Entrez un code postal comme « K1A 0B1 » ou le nom d’un lieu',
      },
    },
  ],
});
