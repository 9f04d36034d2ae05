import { defineExamples } from '../examples.js';
import { ErrorSummary, type ErrorSummaryProps } from './ErrorSummary.js';

export const examples = defineExamples<ErrorSummaryProps>({
  name: 'ErrorSummary',
  component: ErrorSummary,
  examples: [
    {
      name: 'one-problem-en',
      description: 'One problem, linking to its field.',
      lang: 'en',
      props: {
        heading: 'There is a problem',
        problems: [{ target: 'near', text: 'Enter a postal code or the name of a place' }],
      },
    },
    {
      name: 'several-problems-fr',
      description:
        'Several problems in French with an introduction; one has no field of its own, so it is plain text.',
      lang: 'fr',
      props: {
        heading: 'Il y a un problème',
        intro: 'La fiche n’a pas été enregistrée. Corrigez ce qui suit :',
        problems: [
          { target: 'name-fr', text: 'Nom (français) : le nom est obligatoire' },
          {
            target: 'email',
            text: 'Courriel : entrez une adresse comme « nom@exemple.ca »',
          },
          { text: 'Quelqu’un d’autre a modifié cette fiche ; rechargez-la avant de l’enregistrer.' },
        ],
      },
    },
    {
      name: 'long-text-en',
      description: 'A long problem message wraps inside its link.',
      lang: 'en',
      props: {
        heading: 'There is a problem',
        problems: [
          {
            target: 'description-en',
            text: 'Description (English): the description is longer than the 4,000 characters a service description may hold; shorten it or move the details to the service’s own page',
          },
        ],
      },
    },
    {
      name: 'no-problem-en',
      description: 'No problem: nothing is rendered.',
      lang: 'en',
      props: { heading: 'There is a problem', problems: [] },
    },
  ],
});
