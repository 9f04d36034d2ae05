import { appendAudit } from '../../../platform/audit/index.js';
import { withTransaction, type Db, type Tx } from '../../../platform/db/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import type { Lang } from '../../../platform/i18n/index.js';
import { normaliseTerm } from '../normalize.js';
import { stemTerms } from '../repository.js';
import { forgetSearches } from '../searchCache.js';

export interface SearchTermsInput {
  kind: 'cluster' | 'service';
  ref: string;
  lang: Lang;
  /** What names it: official short forms, acronyms, nicknames ("EI", "pogey", "baby bonus"). */
  names?: readonly string[];
  /** Everyday words for what the person wants ("laid off", "lost my health card"). */
  descriptions?: readonly string[];
  /** Where the terms come from: `editor`, `demo`, an import name. Each source's terms are replaced as a set. */
  source: string;
}

export const MAX_TERM_LENGTH = 120;

const clean = (terms: readonly string[] | undefined) => [
  ...new Set(
    (terms ?? []).map(normaliseTerm).filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH),
  ),
];

/**
 * Replaces the terms one source keeps for a cluster or service in one language. The words people use
 * are data, edited like content; the next index rebuild (or `reindexServices`) carries them into
 * documents. A term given both as a name and as a description is kept as a name.
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
  const names = clean(input.names);
  const descriptions = clean(input.descriptions).filter((term) => !names.includes(term));
  const rows = [
    ...names.map((term) => ({ term, role: 'name' as const })),
    ...descriptions.map((term) => ({ term, role: 'description' as const })),
  ];
  const written = await withTransaction(db, async (tx) => {
    await tx
      .deleteFrom('search_term')
      .where('kind', '=', input.kind)
      .where('ref', '=', input.ref)
      .where('lang', '=', input.lang)
      .where('source', '=', input.source)
      .execute();
    if (rows.length) {
      await tx
        .insertInto('search_term')
        .values(
          rows.map(({ term, role }) => ({
            lang: input.lang,
            term,
            role,
            kind: input.kind,
            ref: input.ref,
            source: input.source,
          })),
        )
        .onConflict((conflict) => conflict.columns(['lang', 'term', 'kind', 'ref']).doNothing())
        .execute();
      await stemTerms(tx);
    }
    await appendAudit(tx, {
      actor: actor.id,
      action: 'search.terms.set',
      entity_type: input.kind,
      entity_id: input.ref,
      detail: {
        lang: input.lang,
        source: input.source,
        names: names.length,
        descriptions: descriptions.length,
      },
    });
    return rows.length;
  });
  forgetSearches();
  return written;
}
