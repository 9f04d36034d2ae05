import type { LocalizedText } from '../../platform/i18n/index.js';

/** The agreement templates a partnership starts from; clauses are filled in per partnership. */
export const AGREEMENT_TEMPLATES: Record<string, { title: LocalizedText; summary: LocalizedText }> = {
  'service-cluster': {
    title: { en: 'Service cluster agreement', fr: 'Entente de regroupement de services' },
    summary: {
      en: 'Partners deliver a cluster together: scope, data sharing, branding, costs, commitments and term.',
      fr: 'Les partenaires offrent un regroupement ensemble : portée, échange de données, image de marque, coûts, engagements et durée.',
    },
  },
  'data-sharing': {
    title: { en: 'Information sharing agreement', fr: 'Entente d’échange de renseignements' },
    summary: {
      en: 'Which fields go to which partner, under which legal authority, kept how long.',
      fr: 'Quels champs vont à quel partenaire, en vertu de quelle autorité légale, conservés combien de temps.',
    },
  },
};
