import type { Db } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { JURISDICTION_LEVELS } from '../schemas.js';
import type { Jurisdiction } from '../types.js';
import { countServicesByOrganization } from './countServicesByOrganization.js';
import { PARTNER_LIST_LIMIT } from './getPartnerList.js';
import { listJurisdictions } from './listJurisdictions.js';
import { listOrganizations } from './listOrganizations.js';

export interface JurisdictionPartner {
  id: string;
  name: LocalizedText;
  /** Its public services. */
  services: number;
}

export interface JurisdictionLevelGroup {
  level: Jurisdiction['level'];
  partners: JurisdictionPartner[];
}

export interface JurisdictionListView {
  /** Federal first, then provincial, territorial, municipal, Indigenous and community; empty levels left out. */
  levels: JurisdictionLevelGroup[];
}

/**
 * The partners grouped by level of government, each with its number of public services. A partner
 * that names no government (or one that does not resolve) is a community organisation.
 */
export async function getJurisdictionList(db: Db): Promise<JurisdictionListView> {
  const [organizations, jurisdictions, counts] = await Promise.all([
    listOrganizations(db, { page: 1, perPage: PARTNER_LIST_LIMIT }),
    listJurisdictions(db),
    countServicesByOrganization(db),
  ]);
  const levelOf = new Map(jurisdictions.map((j) => [j.id, j.level]));
  const byLevel = new Map<Jurisdiction['level'], JurisdictionPartner[]>();
  for (const organization of organizations.items) {
    const level = (organization.jurisdiction_id && levelOf.get(organization.jurisdiction_id)) || 'ngo';
    const partners = byLevel.get(level) ?? [];
    partners.push({
      id: organization.id,
      name: organization.name,
      services: counts.get(organization.id) ?? 0,
    });
    byLevel.set(level, partners);
  }
  return {
    levels: JURISDICTION_LEVELS.filter((level) => byLevel.has(level)).map((level) => ({
      level,
      partners: byLevel.get(level)!,
    })),
  };
}
