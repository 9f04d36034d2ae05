/**
 * Generates a large bilingual catalog in Stitch's own input shape, deterministic for a given size,
 * so the same rows feed every engine and the COPY baseline. Nothing here is committed data: it is
 * made at run time.
 */
import type { OrganizationInput, ServiceInput } from '../../src/domains/catalog/index.js';
import { stableId } from '../../src/platform/ids/index.js';

const TOPICS = [
  ['Employment support', 'Soutien à l’emploi'],
  ['Housing help', 'Aide au logement'],
  ['Child care subsidy', 'Subvention pour la garde d’enfants'],
  ['Seniors’ benefit', 'Prestation pour aînés'],
  ['Business permit', 'Permis d’entreprise'],
  ['Health card', 'Carte Santé'],
  ['Food assistance', 'Aide alimentaire'],
  ['Language classes', 'Cours de langue'],
  ['Legal aid', 'Aide juridique'],
  ['Disability support', 'Soutien aux personnes handicapées'],
] as const;

export const ORGANIZATIONS_PER_1000_SERVICES = 10;

export function generatedOrganization(index: number): OrganizationInput {
  return {
    id: stableId(`bench:organization:${index}`),
    name: { en: `Partner organisation ${index}`, fr: `Organisation partenaire ${index}` },
    description: {
      en: `A generated partner organisation (number ${index}) for benchmarks.`,
      fr: `Une organisation partenaire générée (numéro ${index}) pour les essais de performance.`,
    },
    email: `contact${index}@example.org`,
    website: {
      en: `https://example.org/en/partner-${index}`,
      fr: `https://example.org/fr/partenaire-${index}`,
    },
  };
}

export function generatedService(index: number, organizations: number): ServiceInput {
  const [topicEn, topicFr] = TOPICS[index % TOPICS.length]!;
  const id = stableId(`bench:service:${index}`);
  return {
    id,
    organization_id: stableId(`bench:organization:${index % organizations}`),
    name: { en: `${topicEn} ${index}`, fr: `${topicFr} ${index}` },
    description: {
      en: `${topicEn} offered in region ${index % 97}. Apply online, by phone or in person.`,
      fr: `${topicFr} offert dans la région ${index % 97}. Présentez une demande en ligne, par téléphone ou en personne.`,
    },
    url: { en: `https://example.org/en/services/${index}`, fr: `https://example.org/fr/services/${index}` },
    email: `service${index}@example.org`,
    status: 'active',
    eligibility_description: {
      en: 'Residents aged 18 and over.',
      fr: 'Résidents âgés de 18 ans et plus.',
    },
    minimum_age: 18,
    assured_date: '2026-10-01',
    last_modified: '2026-10-01T12:00:00.000Z',
    phones: [
      {
        id: stableId(`bench:phone:${index}`),
        number: `1-800-555-${String(index % 10000).padStart(4, '0')}`,
        type: 'voice',
        languages: [{ id: stableId(`bench:phone-language:${index}`), code: 'fr' }],
      },
    ],
    schedules: [
      {
        id: stableId(`bench:schedule:${index}`),
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:30',
        closes_at: '16:30',
      },
    ],
    languages: [
      { id: stableId(`bench:language:en:${index}`), code: 'en' },
      { id: stableId(`bench:language:fr:${index}`), code: 'fr' },
    ],
  };
}
