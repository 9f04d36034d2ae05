import type { JurisdictionInput } from '../../domains/catalog/index.js';
import { jurisdictionId, t } from './helpers.js';

/** Parents come before children, so the list can be saved in order. */
export const jurisdictions: JurisdictionInput[] = [
  {
    id: jurisdictionId('ca'),
    level: 'federal',
    code: 'ca',
    name: t('Government of Canada', 'Gouvernement du Canada'),
  },
  {
    id: jurisdictionId('ca-on'),
    level: 'provincial',
    code: 'ca-on',
    name: t('Government of Ontario', 'Gouvernement de l’Ontario'),
    parent_id: jurisdictionId('ca'),
  },
  {
    id: jurisdictionId('ca-ns'),
    level: 'provincial',
    code: 'ca-ns',
    name: t('Government of Nova Scotia', 'Gouvernement de la Nouvelle-Écosse'),
    parent_id: jurisdictionId('ca'),
  },
  {
    id: jurisdictionId('ca-on-ottawa'),
    level: 'municipal',
    code: 'ca-on-ottawa',
    name: t('City of Ottawa', 'Ville d’Ottawa'),
    parent_id: jurisdictionId('ca-on'),
  },
  {
    id: jurisdictionId('ca-ns-halifax'),
    level: 'municipal',
    code: 'ca-ns-halifax',
    name: t('Halifax Regional Municipality', 'Municipalité régionale d’Halifax'),
    parent_id: jurisdictionId('ca-ns'),
  },
  {
    id: jurisdictionId('ca-on-ottawa-indigenous'),
    level: 'indigenous',
    code: 'ca-on-ottawa-indigenous',
    name: t('Indigenous community organizations in Ottawa', 'Organismes communautaires autochtones d’Ottawa'),
    parent_id: jurisdictionId('ca-on-ottawa'),
  },
  {
    id: jurisdictionId('ca-ns-halifax-indigenous'),
    level: 'indigenous',
    code: 'ca-ns-halifax-indigenous',
    name: t(
      'Indigenous community organizations in Halifax',
      'Organismes communautaires autochtones d’Halifax',
    ),
    parent_id: jurisdictionId('ca-ns-halifax'),
  },
  {
    id: jurisdictionId('ca-on-ottawa-ngo'),
    level: 'ngo',
    code: 'ca-on-ottawa-ngo',
    name: t('Community organizations in Ottawa', 'Organismes communautaires d’Ottawa'),
    parent_id: jurisdictionId('ca-on-ottawa'),
  },
  {
    id: jurisdictionId('ca-ns-halifax-ngo'),
    level: 'ngo',
    code: 'ca-ns-halifax-ngo',
    name: t('Community organizations in Halifax', 'Organismes communautaires d’Halifax'),
    parent_id: jurisdictionId('ca-ns-halifax'),
  },
];
