import { requireThat, type Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import type { LocalizedText } from '../../../platform/i18n/index.js';
import { mayOpenResults } from '../policy.js';
import { listResultsClusters } from './listResultsClusters.js';

/** The clusters whose results the person may read: the results section's first screen. */
export async function listReadableClusters(
  db: Db | Tx,
  actor: Actor,
): Promise<{ key: string; title: LocalizedText; status: string }[]> {
  requireThat(
    actor,
    mayOpenResults(actor),
    'results.open',
    { entity_type: 'cluster' },
    'only analysts, platform administrators, cluster managers and partners’ staff',
  );
  return (await listResultsClusters(db, actor)).map(({ cluster }) => ({
    key: cluster.key,
    title: cluster.definition.title,
    status: cluster.status,
  }));
}
