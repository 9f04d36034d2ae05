import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { normaliseTerm } from '../normalize.js';

export interface SearchTermsInput {
  kind: 'cluster' | 'service';
  ref: string;
  lang: Lang;
  terms: readonly string[];
  /** Where the terms come from: `editor`, `demo`, an import name. Each source's terms are replaced as a set. */
  source: string;
}

/**
 * Replaces the colloquial terms one source keeps for a cluster or service in one language. The words
 * people use are data, edited like content; the next index rebuild carries them into documents.
 */
export async function setSearchTerms(
  db: Db | Tx,
  actor: { id: string },
  input: SearchTermsInput,
): Promise<number> {
  if (input.source === 'cluster') {
    throw new ValidationError('Cluster synonyms are edited in the cluster definition.', [
      { path: 'source', message: 'The source "cluster" is kept by the index itself' },
    ]);
  }
  const terms = [
    ...new Set(input.terms.map(normaliseTerm).filter((term) => term.length > 0 && term.length <= 120)),
  ];
  return withTransaction(db, async (tx) => {
    await tx
      .deleteFrom('search_term')
      .where('kind', '=', input.kind)
      .where('ref', '=', input.ref)
      .where('lang', '=', input.lang)
      .where('source', '=', input.source)
      .execute();
    if (terms.length) {
      await tx
        .insertInto('search_term')
        .values(
          terms.map((term) => ({
            lang: input.lang,
            term,
            kind: input.kind,
            ref: input.ref,
            source: input.source,
          })),
        )
        .onConflict((conflict) => conflict.columns(['lang', 'term', 'kind', 'ref']).doNothing())
        .execute();
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: 'search.terms.set',
      entity_type: input.kind,
      entity_id: input.ref,
      detail: { lang: input.lang, source: input.source, terms: terms.length },
    });
    return terms.length;
  });
}
