/**
 * Administration: the back office's screens over what the platform keeps (accounts and their roles, the
 * audit trail), with the organisations they mention named through the catalog. The only door into the
 * domain; see README.md.
 */
export { mayReadAuditTrail } from './policy.js';
export {
  getPeopleScreen,
  GRANT_FORM_ORGANIZATIONS,
  type PeopleScreen,
  type NamedOrganization,
} from './queries/getPeopleScreen.js';
export { getAuditScreen, AUDIT_PAGE_SIZE, type AuditScreen } from './queries/getAuditScreen.js';
export { listAuditTrail, AUDIT_DOWNLOAD_LIMIT } from './queries/listAuditTrail.js';
