import { recordInteraction } from '../../measurement/index.js';
import { withTransaction, type Db } from '../../../platform/db/index.js';
import { t, type Lang } from '../../../platform/i18n/index.js';
import { isEmailAddress, type Mailer } from '../../../platform/mail/index.js';
import { openLinkOf } from '../queries/getChecklist.js';
import { findPublicCluster, localText } from '../queries/getClusterPage.js';

/** The longest address accepted (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

export type ChecklistEmailOutcome =
  | { outcome: 'sent' }
  /** No mail server is configured: the channel offers printing instead. */
  | { outcome: 'unavailable' }
  | { outcome: 'invalid'; address: string }
  | { outcome: 'failed'; error: unknown };

/**
 * Emails a person the link of their personal checklist, and records the referral on the email channel
 * once it is sent. `link` is the checklist's full address as the person's channel writes it. The
 * address is used for this one message and kept nowhere.
 */
export async function sendChecklistByEmail(
  db: Db,
  mailer: Mailer | undefined,
  input: { key?: string; slug?: string; lang: Lang; token: string; address: string; link: string },
): Promise<ChecklistEmailOutcome> {
  const cluster = await findPublicCluster(db, input);
  if (!mailer) return { outcome: 'unavailable' };
  const address = input.address.trim().slice(0, MAX_EMAIL_LENGTH);
  if (!isEmailAddress(address)) return { outcome: 'invalid', address };
  await openLinkOf(db, cluster.key, input.token);
  const title = localText(cluster.definition.title, input.lang);
  try {
    await mailer.send({
      to: address,
      lang: input.lang,
      subject: t(input.lang, 'clusters.checklist.emailSubject', { cluster: title }),
      text: t(input.lang, 'clusters.checklist.emailBody', {
        cluster: title,
        url: input.link,
        site: t(input.lang, 'common.siteName'),
      }),
    });
  } catch (error) {
    return { outcome: 'failed', error };
  }
  await withTransaction(db, (tx) =>
    recordInteraction(tx, {
      channel: 'email',
      kind: 'referral',
      lang: input.lang,
      cluster_key: cluster.key,
      outcome: 'checklist-sent',
    }),
  );
  return { outcome: 'sent' };
}
