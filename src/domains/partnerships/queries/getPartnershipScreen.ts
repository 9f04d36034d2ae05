import { loadOrganizations } from '../../catalog/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { requirePartnershipViewer } from '../policy.js';
import type { Agreement, Partnership } from '../types.js';
import { getPartnership } from './getPartnership.js';
import { listAgreements } from './listAgreements.js';
import { listAgreementsNeedingAttention, type AgreementWarning } from './listAgreementsNeedingAttention.js';

/** How far ahead an agreement's end or review date is flagged to the people who see the partnership. */
export const AGREEMENT_ATTENTION_DAYS = 60;

/** A partnership as its page shows it: its agreements, those that need attention, and its parties' names. */
export interface PartnershipScreen {
  partnership: Partnership;
  agreements: (Agreement & { signed_parties: string[] })[];
  warnings: AgreementWarning[];
  /** Each party's name, by organisation id. */
  partyNames: { id: string; name: LocalizedText }[];
}

/**
 * One partnership for someone allowed to see it (its managers and the administrators of its parties);
 * `today` is the date warnings count from, in the partnership's own time zone.
 */
export async function getPartnershipScreen(
  db: Db | Tx,
  actor: Actor,
  input: { key: string; today: string },
): Promise<PartnershipScreen> {
  const partnership = await getPartnership(db, input.key);
  requirePartnershipViewer(actor, partnership);
  const [agreements, warnings, organizations] = await Promise.all([
    listAgreements(db, partnership.id),
    listAgreementsNeedingAttention(db, { on: input.today, withinDays: AGREEMENT_ATTENTION_DAYS }),
    loadOrganizations(db, [...new Set(partnership.parties.map((party) => party.organization_id))]),
  ]);
  return {
    partnership,
    agreements,
    warnings: warnings.filter((warning) => warning.partnership_key === partnership.key),
    partyNames: organizations.map((organization) => ({ id: organization.id, name: organization.name })),
  };
}
