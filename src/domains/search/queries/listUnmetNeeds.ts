import type { Db, Tx } from '../../../platform/db/index.js';

export interface UnmetNeed {
  lang: 'en' | 'fr';
  need: string;
  occurrences: number;
  first_seen: Date;
  last_seen: Date;
}

/** Needs people searched for and did not find, most frequent first: the gaps in the catalogue. */
export async function listUnmetNeeds(db: Db | Tx, options: { limit?: number } = {}): Promise<UnmetNeed[]> {
  return db
    .selectFrom('search_unmet_need')
    .selectAll()
    .orderBy('occurrences', 'desc')
    .orderBy('last_seen', 'desc')
    .limit(Math.min(1000, options.limit ?? 100))
    .execute();
}
