import { z } from 'zod';
import { appendAudit } from '../../../platform/audit/index.js';
import {
  forgetDisabledAccounts,
  purgeExpiredSessions,
  purgeSignInFailures,
  purgeStaleSignInRequests,
} from '../../../platform/auth/index.js';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import { purgeOldComments } from '../../measurement/index.js';
import { purgeOldUnmetNeeds } from '../../search/index.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long each kind of personal data is kept, in days (STITCH_RETAIN_*_DAYS). */
export const RetentionPolicy = z.object({
  /** Survey comments: the words go, the scores stay. */
  commentDays: z.number().int().min(1).default(365),
  /** Needs nobody met, from the last time someone searched for them. */
  unmetNeedDays: z.number().int().min(1).default(365),
  /** Names and emails of accounts disabled and unused for this long. */
  disabledAccountDays: z.number().int().min(1).default(730),
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;

export interface RetentionReport {
  comments: number;
  unmetNeeds: number;
  accounts: number;
  signInRequests: number;
  sessions: number;
}

/**
 * Purges personal data past the policy's periods, in one transaction with an audit entry that counts
 * what went (and names nothing) when anything did. Expired sessions and old sign-in failures go at the same time.
 */
export async function applyRetention(
  db: Db,
  policy: RetentionPolicy,
  now = new Date(),
  actor = 'system:retention',
): Promise<RetentionReport> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const report = await withTransaction(db, async (tx) => {
    const counts = {
      comments: await purgeOldComments(tx, ago(policy.commentDays)),
      unmetNeeds: await purgeOldUnmetNeeds(tx, ago(policy.unmetNeedDays)),
      accounts: await forgetDisabledAccounts(tx, ago(policy.disabledAccountDays)),
      signInRequests: await purgeStaleSignInRequests(tx, ago(1)),
    };
    // A purge that found nothing changed nothing: the trail records only purges that did.
    if (Object.values(counts).some((count) => count > 0))
      await appendAudit(tx, {
        actor,
        action: 'retention.purge',
        entity_type: 'retention',
        detail: { ...counts, policy },
      });
    return counts;
  });
  const sessions = await purgeExpiredSessions(db);
  await purgeSignInFailures(db, now);
  return { ...report, sessions };
}
