import { h } from 'preact';
import { defineExamples } from '../examples.js';
import { Layout, type LayoutProps } from './Layout.js';

export const examples = defineExamples<LayoutProps>({
  name: 'Layout',
  component: Layout,
  examples: [
    {
      name: 'home-en',
      description:
        'The public frame on the English home page: the home entry is current, no demonstration notice.',
      lang: 'en',
      props: {
        lang: 'en',
        title: 'Home',
        alternatePath: '/fr',
        current: 'home',
        children: [
          h('h1', null, 'Government services, organised around your life'),
          h('p', null, 'Start from what is happening to you.'),
        ],
      },
    },
    {
      name: 'services-fr-demo',
      description:
        'The French frame over demonstration data: the notice shows, the toggle leads to the English page.',
      lang: 'fr',
      props: {
        lang: 'fr',
        title: 'Services',
        alternatePath: '/en/services',
        current: 'services',
        demo: true,
        children: [
          h('h1', null, 'Services'),
          h('p', null, 'Trouvez un service : passeport, prestations, impôts…'),
        ],
      },
    },
    {
      name: 'long-title-en',
      description: 'A long page title and no current entry (a page outside the main navigation).',
      lang: 'en',
      props: {
        lang: 'en',
        title:
          'Employment Insurance regular benefits for workers who lost their job through no fault of their own',
        alternatePath: '/fr/services/assurance-emploi',
        children: h(
          'h1',
          null,
          'Employment Insurance regular benefits for workers who lost their job through no fault of their own',
        ),
      },
    },
  ],
});
