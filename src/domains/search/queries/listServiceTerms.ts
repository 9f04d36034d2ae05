import type { Db, Tx } from '../../../platform/db/index.js';
import type { Lang } from '../../../platform/i18n/index.js';

export interface KeptTerm {
  lang: Lang;
  role: 'name' | 'description';
  term: string;
  source: string;
}

/** Every term kept for a service, whatever its source, by source, language, role and term. */
export async function listServiceTerms(db: Db | Tx, serviceId: string): Promise<KeptTerm[]> {
  return db
    .selectFrom('search_term')
    .select(['lang', 'role', 'term', 'source'])
    .where('kind', '=', 'service')
    .where('ref', '=', serviceId)
    .orderBy('source')
    .orderBy('lang')
    .orderBy('role', 'desc')
    .orderBy('term')
    .execute();
}
