import type { Db } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { listOrganizations } from './listOrganizations.js';

/** More partners than any installation has: the list is one page. */
export const PARTNER_LIST_LIMIT = 500;

export interface PartnerListItem {
  id: string;
  name: LocalizedText;
  description: LocalizedText;
  brandColour: string | null;
}

export interface PartnerListView {
  partners: PartnerListItem[];
}

/** The partner organisations, by English name; those awaiting translation are left out. */
export async function getPartnerList(db: Db): Promise<PartnerListView> {
  const organizations = await listOrganizations(db, { page: 1, perPage: PARTNER_LIST_LIMIT });
  return {
    partners: organizations.items.map((organization) => ({
      id: organization.id,
      name: organization.name,
      description: organization.description,
      brandColour: organization.brand_colour ?? null,
    })),
  };
}
