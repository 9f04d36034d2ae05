import type { PartyRole } from '../schemas.js';
import type { Agreement, Partnership } from '../types.js';

export interface BrandedParty {
  organization_id: string;
  role: PartyRole;
  /** The lead partner: shown first and most prominently. */
  lead: boolean;
  /** Whether the party's mark (logo, or its name as a text mark) is shown, per the agreement's logo use. */
  show_mark: boolean;
}

export interface ClusterBranding {
  agreement_id: string;
  logo_use: Agreement['clauses']['branding']['logo_use'];
  /** The lead first, then the co-brands in the agreement's order. */
  parties: BrandedParty[];
}

/**
 * Whose brands a cluster shows, as the agreement in force says: the lead first, then the co-brands in
 * the agreement's order. Parties the agreement leaves out of the co-brand order are not co-branded.
 * `logo_use` decides whose marks appear: the lead's alone, every co-brand's, or none (names only).
 * Pure, so the web, kiosk and mail renderers all brand a cluster the same way.
 */
export function getClusterBranding(
  found: { partnership: Partnership; agreement: Agreement } | undefined,
): ClusterBranding | undefined {
  if (!found) return undefined;
  const { partnership, agreement } = found;
  const { lead_organization_id, co_brand_order, logo_use } = agreement.clauses.branding;
  const roles = new Map(partnership.parties.map((party) => [party.organization_id, party.role]));
  const order = [lead_organization_id, ...co_brand_order].filter(
    (id, index, all) => roles.has(id) && all.indexOf(id) === index,
  );
  if (order[0] !== lead_organization_id) return undefined;
  return {
    agreement_id: agreement.id,
    logo_use,
    parties: order.map((organization_id, index) => ({
      organization_id,
      role: roles.get(organization_id)!,
      lead: index === 0,
      show_mark: logo_use === 'all_parties' || (logo_use === 'lead_only' && index === 0),
    })),
  };
}
