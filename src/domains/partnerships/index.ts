/**
 * Partnerships: the parties of a service cluster, their agreements (structured clauses, draft → signed →
 * expired), the cost-sharing report, and the back office's screens over the people of the partners and the
 * audit trail. The only door into the domain; see README.md.
 */
export * from './schemas.js';
export type { Partnership, Agreement, Actor } from './types.js';
export {
  PartnershipNotFoundError,
  AgreementNotFoundError,
  AgreementStateError,
  type AgreementStateReason,
} from './errors.js';
export {
  mayManagePartnership,
  mayViewPartnership,
  requirePartnershipViewer,
  mayReadCostSharing,
  mayOpenCostSharing,
  partiesActorSignsFor,
  mayReadAuditTrail,
} from './policy.js';
export type { AgreementSignature } from './repository.js';
export { AGREEMENT_TEMPLATES, isAgreementTemplate, type AgreementTemplate } from './templates.js';
export { createPartnership, partnershipId } from './commands/createPartnership.js';
export { draftAgreement } from './commands/draftAgreement.js';
export { signAgreement, type SignatureOutcome } from './commands/signAgreement.js';
export { expireAgreements } from './commands/expireAgreements.js';
export { getPartnership } from './queries/getPartnership.js';
export { listPartnerships } from './queries/listPartnerships.js';
export { listPartnershipsVisibleTo } from './queries/listPartnershipsVisibleTo.js';
export { listAgreements } from './queries/listAgreements.js';
export { getPartnershipListScreen, type PartnershipListScreen } from './queries/getPartnershipListScreen.js';
export {
  getPartnershipScreen,
  AGREEMENT_ATTENTION_DAYS,
  type PartnershipScreen,
} from './queries/getPartnershipScreen.js';
export { getAgreement, type AgreementDetail } from './queries/getAgreement.js';
export { getClusterAgreement, type ClusterAgreement } from './queries/getClusterAgreement.js';
export { getClusterPartnership } from './queries/getClusterPartnership.js';
export { getClusterBranding, type ClusterBranding, type BrandedParty } from './queries/getClusterBranding.js';
export { getAgreementInForce } from './queries/getAgreementInForce.js';
export {
  listAgreementsNeedingAttention,
  type AgreementWarning,
} from './queries/listAgreementsNeedingAttention.js';
export { shareCosts, type CostShare } from './queries/shareCosts.js';
export { reportCostSharing, type CostSharingReport } from './queries/reportCostSharing.js';
export {
  getPeopleScreen,
  GRANT_FORM_ORGANIZATIONS,
  type PeopleScreen,
  type NamedOrganization,
} from './queries/getPeopleScreen.js';
export { nameRoleScopes, type NamedScope } from './queries/nameRoleScopes.js';
export { getAuditScreen, AUDIT_PAGE_SIZE, type AuditScreen } from './queries/getAuditScreen.js';
export { listAuditTrail, AUDIT_DOWNLOAD_LIMIT } from './queries/listAuditTrail.js';
