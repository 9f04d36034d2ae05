import { recordInteraction, recordView } from '../../measurement/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { queryWords } from '../normalize.js';

export interface SearchRecord {
  q: string;
  lang: Lang;
  channel: 'web' | 'api' | 'kiosk' | 'ivr' | 'agent';
  results: number;
  /** The cluster key of the best result, when it is a cluster. */
  topCluster?: string | null;
}

/**
 * Records a search as an interaction (batched when it found something) and, when nothing was found,
 * counts the need as unmet in one transaction with its interaction, folded and bounded (12 words) so that the list of unmet needs holds words, not a person's whole message.
 * Of the actor only its kind is kept (the public, a signed-in user, the system), never who it is.
 */
export async function recordSearch(db: Db | Tx, actor: Actor, search: SearchRecord): Promise<void> {
  const need = queryWords(search.q).join(' ');
  const interaction = {
    channel: search.channel,
    kind: 'search' as const,
    lang: search.lang,
    cluster_key: search.topCluster ?? null,
    outcome: search.results > 0 ? 'found' : 'none',
    detail: { results: search.results, actor: actor.kind },
  };
  // A search that found something changes nothing: it is counted like a page view, in a batch within
  // a second (measurement's recordView), so a busy search page costs the database one write a second.
  if (search.results > 0 && !db.isTransaction) {
    recordView(db as Db, interaction);
    return;
  }
  await withTransaction(db, async (tx) => {
    await recordInteraction(tx, interaction);
    if (search.results === 0 && need) {
      await tx
        .insertInto('search_unmet_need')
        .values({ lang: search.lang, need })
        .onConflict((conflict) =>
          conflict.columns(['lang', 'need']).doUpdateSet((eb) => ({
            occurrences: eb('search_unmet_need.occurrences', '+', 1),
            last_seen: new Date(),
          })),
        )
        .execute();
    }
  });
}
