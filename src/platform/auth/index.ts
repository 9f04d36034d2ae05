export * from './actor.js';
export * from './errors.js';
export { requireThat, recordDenial, type DenialContext } from './policy.js';
export { recordSignIn, loadActor, findAccountNames, type Claims } from './users.js';
export {
  grantRole,
  grantRoleByEmail,
  EMAIL_MAX_LENGTH,
  type GrantByEmailInput,
  revokeRole,
  setAccountDisabled,
  listAccounts,
  getManagedAccounts,
  type ManagedAccounts,
  findAccountByEmail,
  mayManageRole,
  type AccountSummary,
} from './roles.js';
export {
  openSession,
  resumeSession,
  endSession,
  purgeExpiredSessions,
  csrfTokenMatches,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  type ActiveSession,
  type NewSession,
} from './sessions.js';
export {
  recordSignInFailure,
  signInWait,
  purgeSignInFailures,
  SIGN_IN_FAILURE_LIMIT,
  SIGN_IN_WINDOW_MS,
} from './throttle.js';
export { FORGOTTEN_NAME, forgetDisabledAccounts, purgeStaleSignInRequests } from './forgetAccounts.js';
