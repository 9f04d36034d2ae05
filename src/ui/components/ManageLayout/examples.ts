import { h } from 'preact';
import { defineExamples } from '../examples.js';
import { ManageLayout, type ManageLayoutProps } from './ManageLayout.js';

const NAV_EN = [
  { key: 'records', href: '/en/manage/records', label: 'Services and offices' },
  { key: 'clusters', href: '/en/manage/clusters', label: 'Clusters' },
  { key: 'people', href: '/en/manage/people', label: 'People' },
];

export const examples = defineExamples<ManageLayoutProps>({
  name: 'ManageLayout',
  component: ManageLayout,
  examples: [
    {
      name: 'editor-en',
      description: 'The back-office frame for an editor in English, on the records section.',
      lang: 'en',
      props: {
        lang: 'en',
        title: 'Services and offices',
        alternatePath: '/fr/gestion/fiches',
        accountName: 'Service Canada Editor',
        accountRoles: 'editor, Service Canada',
        csrfToken: 'example-token',
        signOutAction: '/auth/sign-out',
        nav: NAV_EN,
        current: 'records',
        children: h('h1', null, 'Services and offices'),
      },
    },
    {
      name: 'administrator-fr',
      description:
        'The French frame for an administrator with several roles: a long role list and French typography.',
      lang: 'fr',
      props: {
        lang: 'fr',
        title: 'Personnes',
        alternatePath: '/en/manage/people',
        accountName: 'Administratrice de la plateforme',
        accountRoles:
          'administratrice de la plateforme, administratrice partenaire, Agence du revenu du Canada ; éditrice, Postes Canada',
        csrfToken: 'example-token',
        signOutAction: '/auth/sign-out',
        nav: [
          { key: 'records', href: '/fr/gestion/fiches', label: 'Services et bureaux' },
          { key: 'people', href: '/fr/gestion/personnes', label: 'Personnes' },
        ],
        current: 'people',
        children: h('h1', null, 'Personnes'),
      },
    },
    {
      name: 'no-section-en',
      description: 'An account with no role yet: no section to offer, so the navigation is empty.',
      lang: 'en',
      props: {
        lang: 'en',
        title: 'Back office',
        alternatePath: '/fr/gestion',
        accountName: 'New Person',
        accountRoles: 'no role yet',
        csrfToken: 'example-token',
        signOutAction: '/auth/sign-out',
        nav: [],
        children: h('h1', null, 'Back office'),
      },
    },
  ],
});
