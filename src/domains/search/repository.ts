/** Queries on the search tables (search_document, search_term, search_word, search_unmet_need) only. */
import { sql } from 'kysely';
import type { Db, Tx } from '../../platform/db/index.js';
import type { Lang } from '../../platform/i18n/index.js';

type Conn = Db | Tx;

/**
 * One document to index: weighted text A (titles, names, synonyms) > B (summaries, descriptions) > C
 * (longer text); D holds the places a service is for, which ranking reads as places, not as words.
 */
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
  d?: string;
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
          || setweight(to_tsvector(${CONFIG_SQL}, unaccent(coalesce(d.d, ''))), 'D')
      FROM jsonb_to_recordset(${chunk}::jsonb)
        AS d(kind text, ref text, lang text, title text, summary text, slug text, clusters text[], a text, b text, c text, d text)
      ON CONFLICT (kind, ref, lang) DO UPDATE SET
        title = excluded.title, summary = excluded.summary, slug = excluded.slug,
        clusters = excluded.clusters, tsv = excluded.tsv
    `.execute(db);
  }
}

/** The vocabulary that typo correction chooses from, with how many documents hold each word. */
export async function addWords(
  db: Conn,
  rows: readonly { lang: Lang; word: string; documents: number }[],
): Promise<void> {
  for (let start = 0; start < rows.length; start += 5000) {
    await db
      .insertInto('search_word')
      .values(rows.slice(start, start + 5000))
      .onConflict((conflict) =>
        conflict.columns(['lang', 'word']).doUpdateSet((eb) => ({
          documents: eb('search_word.documents', '+', eb.ref('excluded.documents')),
        })),
      )
      .execute();
  }
}

/**
 * Recounts, per language, the documents holding each stemmed word and the documents of each kind: the
 * inverse document frequency that makes common words weigh little is read from these.
 */
export async function refreshSearchStatistics(db: Conn): Promise<void> {
  await db.deleteFrom('search_lexeme').execute();
  await db.deleteFrom('search_collection').execute();
  for (const lang of ['en', 'fr'] as const) {
    await sql`
      INSERT INTO search_lexeme (lang, lexeme, documents)
      SELECT ${lang}, word, ndoc FROM ts_stat(${`SELECT tsv FROM search_document WHERE lang = '${lang}'`})
    `.execute(db);
  }
  await sql`
    INSERT INTO search_collection (lang, kind, documents)
    SELECT lang, kind, count(*) FROM search_document GROUP BY lang, kind
  `.execute(db);
}

/** Clears the rows a rebuild replaced, and refreshes statistics; never inside a transaction. */
export async function vacuumSearchTables(db: Db): Promise<void> {
  await sql`VACUUM (ANALYZE) search_document, search_word, search_term, search_lexeme, search_collection`.execute(
    db,
  );
}

/** How many documents the index holds, both languages and kinds. */
export async function countDocuments(db: Conn): Promise<number> {
  const row = await db
    .selectFrom('search_collection')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('documents'), eb.lit(0)).as('documents'))
    .executeTakeFirst();
  return Number(row?.documents ?? 0);
}

/**
 * Fills the stemmed form of terms that have none: each word stemmed in the term's language, a word
 * full-text search drops (a stop word such as "off") kept as it is, in the term's order.
 */
export async function stemTerms(db: Conn): Promise<void> {
  await sql`
    UPDATE search_term t SET stem = (
      SELECT string_agg(coalesce(lx.lexeme, x.word), ' ' ORDER BY x.n)
      FROM unnest(string_to_array(t.term, ' ')) WITH ORDINALITY AS x(word, n)
      LEFT JOIN LATERAL (
        SELECT lexeme FROM unnest(to_tsvector(
          CASE t.lang WHEN 'fr' THEN 'french'::regconfig ELSE 'english'::regconfig END, x.word)) LIMIT 1
      ) lx ON true)
    WHERE t.stem IS NULL
  `.execute(db);
}

/** The terms kept for services, by `${id}:${lang}`: names apart from descriptions. */
export type ServiceTerms = Map<string, { names: string[]; descriptions: string[] }>;

/** The terms of the given services (every service when `refs` is omitted), grouped for their documents. */
export async function serviceTermsOf(db: Conn, refs?: readonly string[]): Promise<ServiceTerms> {
  const out: ServiceTerms = new Map();
  if (refs && refs.length === 0) return out;
  let query = db
    .selectFrom('search_term')
    .select(['ref', 'lang', 'term', 'role'])
    .where('kind', '=', 'service');
  if (refs) query = query.where('ref', 'in', [...refs]);
  for (const row of await query.execute()) {
    const key = `${row.ref}:${row.lang}`;
    const entry = out.get(key) ?? { names: [], descriptions: [] };
    (row.role === 'name' ? entry.names : entry.descriptions).push(row.term);
    out.set(key, entry);
  }
  return out;
}
