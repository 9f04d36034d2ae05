/** Queries on the search tables (search_document, search_term, search_word, search_unmet_need) only. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Lang } from '../../platform/i18n/index.js';

type Conn = Db | Tx;

/** One document to index: weighted text A (titles, synonyms) > B (summaries) > C (descriptions). */
export interface DocumentInput {
  kind: 'cluster' | 'service';
  ref: string;
  lang: Lang;
  title: string;
  summary: string;
  slug: string | null;
  clusters: string[];
  a: string;
  b: string;
  c: string;
}

/** The text search configuration of each language; accents are removed before stemming. */
export const CONFIG_SQL = sql`CASE d.lang WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END`;

export async function upsertDocuments(db: Conn, documents: readonly DocumentInput[]): Promise<void> {
  for (let start = 0; start < documents.length; start += 1000) {
    const chunk = JSON.stringify(documents.slice(start, start + 1000));
    await sql`
      INSERT INTO search_document (kind, ref, lang, title, summary, slug, clusters, tsv)
      SELECT d.kind, d.ref, d.lang, d.title, d.summary, d.slug, d.clusters,
             setweight(to_tsvector(${CONFIG_SQL}, unaccent(d.a)), 'A')
          || setweight(to_tsvector(${CONFIG_SQL}, unaccent(d.b)), 'B')
          || setweight(to_tsvector(${CONFIG_SQL}, unaccent(d.c)), 'C')
      FROM jsonb_to_recordset(${chunk}::jsonb)
        AS d(kind text, ref text, lang text, title text, summary text, slug text, clusters text[], a text, b text, c text)
      ON CONFLICT (kind, ref, lang) DO UPDATE SET
        title = excluded.title, summary = excluded.summary, slug = excluded.slug,
        clusters = excluded.clusters, tsv = excluded.tsv
    `.execute(db);
  }
}

/** The vocabulary that typo correction chooses from: every word of titles, synonyms and summaries. */
export async function addWords(db: Conn, rows: readonly { lang: Lang; word: string }[]): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    await db
      .insertInto('search_word')
      .values(rows.slice(start, start + 5000))
      .onConflict((conflict) => conflict.columns(['lang', 'word']).doNothing())
      .execute();
  }
}

export async function termsOf(db: Conn, kind: 'cluster' | 'service', refs: readonly string[]) {
  if (refs.length === 0) return [];
  return db
    .selectFrom('search_term')
    .select(['ref', 'lang', 'term'])
    .where('kind', '=', kind)
    .where('ref', 'in', [...refs])
    .execute();
}
