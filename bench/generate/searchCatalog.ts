/**
 * A large, varied bilingual catalog for search benchmarks: services whose names combine an action, a
 * topic and an audience (18,000 distinct names, so a word matches a realistic share of documents, not
 * all of them), and clusters with stages, steps and synonyms. Made at run time, never committed.
 */
import type { ServiceInput } from '../../src/domains/catalog/index.js';
import type { ClusterDefinitionInput } from '../../src/domains/clusters/index.js';
import { stableId } from '../../src/platform/ids/index.js';

type Pair = readonly [string, string];

const ACTIONS: Pair[] = [
  ['Apply for', 'Demander'],
  ['Renew', 'Renouveler'],
  ['Register for', 'S’inscrire à'],
  ['Get help with', 'Obtenir de l’aide pour'],
  ['Replace', 'Remplacer'],
  ['Change your', 'Modifier votre'],
  ['Cancel', 'Annuler'],
  ['Appeal a decision on', 'Contester une décision sur'],
  ['Check the status of', 'Vérifier l’état de'],
  ['Find out about', 'Se renseigner sur'],
];
const TOPICS: Pair[] = [
  ['employment insurance', 'assurance-emploi'],
  ['housing benefit', 'allocation de logement'],
  ['child care subsidy', 'subvention pour la garde d’enfants'],
  ['seniors pension', 'pension des aînés'],
  ['business permit', 'permis d’entreprise'],
  ['health card', 'carte santé'],
  ['food assistance', 'aide alimentaire'],
  ['language classes', 'cours de langue'],
  ['legal aid', 'aide juridique'],
  ['disability support', 'soutien aux personnes handicapées'],
  ['birth certificate', 'certificat de naissance'],
  ['death certificate', 'certificat de décès'],
  ['marriage licence', 'licence de mariage'],
  ['driver’s licence', 'permis de conduire'],
  ['vehicle registration', 'immatriculation du véhicule'],
  ['fishing licence', 'permis de pêche'],
  ['hunting licence', 'permis de chasse'],
  ['student loan', 'prêt étudiant'],
  ['apprenticeship grant', 'subvention aux apprentis'],
  ['tax credit', 'crédit d’impôt'],
  ['property tax', 'impôt foncier'],
  ['water bill', 'facture d’eau'],
  ['parking permit', 'permis de stationnement'],
  ['building permit', 'permis de construire'],
  ['home renovation rebate', 'remise pour la rénovation domiciliaire'],
  ['energy efficiency grant', 'subvention à l’efficacité énergétique'],
  ['veterans benefit', 'prestation des anciens combattants'],
  ['passport', 'passeport'],
  ['citizenship certificate', 'certificat de citoyenneté'],
  ['work permit', 'permis de travail'],
  ['study permit', 'permis d’études'],
  ['social insurance number', 'numéro d’assurance sociale'],
  ['dental care', 'soins dentaires'],
  ['prescription drug coverage', 'assurance médicaments'],
  ['home care', 'soins à domicile'],
  ['long-term care', 'soins de longue durée'],
  ['mental health counselling', 'counseling en santé mentale'],
  ['addiction treatment', 'traitement des dépendances'],
  ['youth employment program', 'programme d’emploi pour les jeunes'],
  ['job training', 'formation professionnelle'],
  ['small business loan', 'prêt aux petites entreprises'],
  ['export assistance', 'aide à l’exportation'],
  ['farm support', 'soutien agricole'],
  ['wildfire assistance', 'aide en cas de feux de forêt'],
  ['flood recovery', 'rétablissement après une inondation'],
  ['public transit pass', 'laissez-passer de transport en commun'],
  ['library card', 'carte de bibliothèque'],
  ['recreation program', 'programme de loisirs'],
  ['pet licence', 'permis d’animal'],
  ['garbage collection', 'collecte des ordures'],
  ['snow removal', 'déneigement'],
  ['noise complaint', 'plainte pour bruit'],
  ['tenant rights', 'droits des locataires'],
  ['eviction prevention', 'prévention des expulsions'],
  ['shelter bed', 'lit en refuge'],
  ['victim services', 'services aux victimes'],
  ['court records', 'dossiers judiciaires'],
  ['criminal record check', 'vérification du casier judiciaire'],
  ['organ donation', 'don d’organes'],
  ['immunization record', 'dossier de vaccination'],
];
const AUDIENCES: Pair[] = [
  ['for seniors', 'pour les aînés'],
  ['for students', 'pour les étudiants'],
  ['for families', 'pour les familles'],
  ['for newcomers', 'pour les nouveaux arrivants'],
  ['for veterans', 'pour les anciens combattants'],
  ['for people with disabilities', 'pour les personnes handicapées'],
  ['for farmers', 'pour les agriculteurs'],
  ['for small businesses', 'pour les petites entreprises'],
  ['for Indigenous communities', 'pour les communautés autochtones'],
  ['for youth', 'pour les jeunes'],
  ['in rural areas', 'en région rurale'],
  ['in the North', 'dans le Nord'],
  ['for caregivers', 'pour les proches aidants'],
  ['for low-income households', 'pour les ménages à faible revenu'],
  ['for First Nations', 'pour les Premières Nations'],
  ['for Métis citizens', 'pour les citoyens métis'],
  ['for Inuit', 'pour les Inuits'],
  ['for francophones', 'pour les francophones'],
  ['for apprentices', 'pour les apprentis'],
  ['for landlords', 'pour les propriétaires'],
  ['for tenants', 'pour les locataires'],
  ['for fishers', 'pour les pêcheurs'],
  ['for artists', 'pour les artistes'],
  ['for non-profits', 'pour les organismes sans but lucratif'],
  ['for employers', 'pour les employeurs'],
  ['for job seekers', 'pour les chercheurs d’emploi'],
  ['for parents', 'pour les parents'],
  ['for survivors', 'pour les survivants'],
  ['for refugees', 'pour les réfugiés'],
  ['for residents', 'pour les résidents'],
];
const SITUATIONS: { title: Pair; synonyms: { en: string[]; fr: string[] } }[] = [
  {
    title: ['Having a baby', 'Avoir un bébé'],
    synonyms: {
      en: ['pregnant', 'newborn', 'baby bonus', 'maternity leave'],
      fr: ['enceinte', 'nouveau-né', 'congé de maternité'],
    },
  },
  {
    title: ['Losing a job', 'Perdre son emploi'],
    synonyms: {
      en: ['laid off', 'fired', 'pogey', 'unemployed'],
      fr: ['mise à pied', 'chômage', 'congédié'],
    },
  },
  {
    title: ['Moving', 'Déménager'],
    synonyms: {
      en: ['change of address', 'relocating', 'new home'],
      fr: ['déménagement', 'changement d’adresse'],
    },
  },
  {
    title: ['Retiring', 'Prendre sa retraite'],
    synonyms: { en: ['retirement', 'turning 65', 'pension'], fr: ['retraite', '65 ans', 'rente'] },
  },
  {
    title: ['Starting a business', 'Démarrer une entreprise'],
    synonyms: {
      en: ['new business', 'self-employed', 'incorporate'],
      fr: ['lancer une entreprise', 'travailleur autonome'],
    },
  },
  {
    title: ['Losing a loved one', 'Perdre un être cher'],
    synonyms: {
      en: ['death', 'funeral', 'estate', 'bereavement'],
      fr: ['décès', 'funérailles', 'succession', 'deuil'],
    },
  },
  {
    title: ['Getting married', 'Se marier'],
    synonyms: { en: ['wedding', 'marriage', 'common-law'], fr: ['mariage', 'noces', 'union de fait'] },
  },
  {
    title: ['Going back to school', 'Retourner aux études'],
    synonyms: { en: ['college', 'university', 'tuition'], fr: ['cégep', 'université', 'frais de scolarité'] },
  },
  {
    title: ['Recovering from a disaster', 'Se remettre d’une catastrophe'],
    synonyms: { en: ['flood', 'wildfire', 'storm damage'], fr: ['inondation', 'feu de forêt', 'tempête'] },
  },
  {
    title: ['Caring for a family member', 'Prendre soin d’un proche'],
    synonyms: { en: ['caregiver', 'compassionate care'], fr: ['proche aidant', 'soins de compassion'] },
  },
];

const text = (en: string, fr: string) => ({ en, fr });

export function searchService(index: number, organizationId: (i: number) => string): ServiceInput {
  const action = ACTIONS[index % ACTIONS.length]!;
  const topic = TOPICS[Math.floor(index / ACTIONS.length) % TOPICS.length]!;
  const audience = AUDIENCES[Math.floor(index / (ACTIONS.length * TOPICS.length)) % AUDIENCES.length]!;
  return {
    id: stableId(`bench-search:service:${index}`),
    organization_id: organizationId(index),
    name: text(`${action[0]} ${topic[0]} ${audience[0]}`, `${action[1]} ${topic[1]} ${audience[1]}`),
    description: text(
      `How to ${action[0].toLowerCase()} ${topic[0]} ${audience[0]} in region ${index % 97}: who can apply, documents and fees.`,
      `Comment ${action[1].toLowerCase()} ${topic[1]} ${audience[1]} dans la région ${index % 97} : admissibilité, documents et frais.`,
    ),
    status: 'active',
  };
}

export function searchCluster(
  index: number,
  services: number,
  leadOrganizationId: string,
): ClusterDefinitionInput {
  const situation = SITUATIONS[index % SITUATIONS.length]!;
  const region = Math.floor(index / SITUATIONS.length);
  const step = (stage: number, n: number) => {
    const serviceIndex = ((index * 15 + stage * 5 + n) * 7919) % services;
    return {
      key: `step-${stage}-${n}`,
      title: text(`Step ${n + 1} of stage ${stage + 1}`, `Démarche ${n + 1} de l’étape ${stage + 1}`),
      summary: text('What to do and who does it.', 'Quoi faire et qui s’en occupe.'),
      service_ids: [stableId(`bench-search:service:${serviceIndex}`)],
    };
  };
  return {
    key: `cluster-${index}`,
    kind: 'life-event',
    title: text(
      `${situation.title[0]} in region ${region}`,
      `${situation.title[1]} dans la région ${region}`,
    ),
    summary: text(
      `Every step, across governments, in region ${region}.`,
      `Chaque démarche, auprès de chaque gouvernement, dans la région ${region}.`,
    ),
    slug: { en: `cluster-${index}-en`, fr: `cluster-${index}-fr` },
    synonyms: situation.synonyms,
    lead_organization_id: leadOrganizationId,
    stages: [0, 1, 2].map((stage) => ({
      key: `stage-${stage}`,
      title: text(`Stage ${stage + 1}`, `Étape ${stage + 1}`),
      steps: [0, 1, 2, 3, 4].map((n) => step(stage, n)),
    })),
  };
}
