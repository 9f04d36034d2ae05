/**
 * Need-based search (src/domains/search). Documents are derived from clusters and services and can be
 * rebuilt at any time; terms (synonyms and colloquial words) are data an editor keeps; the vocabulary
 * feeds typo correction through trigrams; needs that found nothing are counted, never stored with a
 * person's details.
 */
export const statements: string[] = [
  `CREATE TABLE search_document (
    kind text NOT NULL CHECK (kind IN ('cluster', 'service')),
    ref text NOT NULL,
    lang text NOT NULL CHECK (lang IN ('en', 'fr')),
    title text NOT NULL,
    summary text NOT NULL DEFAULT '',
    slug text,
    clusters text[] NOT NULL DEFAULT '{}',
    tsv tsvector NOT NULL,
    PRIMARY KEY (kind, ref, lang)
  )`,
  /* One full-text index per kind and language: a search reads only the postings it can use. */
  `CREATE INDEX search_document_tsv_cluster_en ON search_document USING gin (tsv) WHERE kind = 'cluster' AND lang = 'en'`,
  `CREATE INDEX search_document_tsv_cluster_fr ON search_document USING gin (tsv) WHERE kind = 'cluster' AND lang = 'fr'`,
  `CREATE INDEX search_document_tsv_service_en ON search_document USING gin (tsv) WHERE kind = 'service' AND lang = 'en'`,
  `CREATE INDEX search_document_tsv_service_fr ON search_document USING gin (tsv) WHERE kind = 'service' AND lang = 'fr'`,
  `CREATE TABLE search_term (
    lang text NOT NULL CHECK (lang IN ('en', 'fr')),
    term text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('cluster', 'service')),
    ref text NOT NULL,
    source text NOT NULL,
    PRIMARY KEY (lang, term, kind, ref)
  )`,
  `CREATE INDEX search_term_target ON search_term (kind, ref)`,
  `CREATE TABLE search_word (
    lang text NOT NULL,
    word text NOT NULL,
    PRIMARY KEY (lang, word)
  )`,
  `CREATE INDEX search_word_trgm ON search_word USING gist (word gist_trgm_ops)`,
  `CREATE TABLE search_unmet_need (
    lang text NOT NULL,
    need text NOT NULL,
    occurrences integer NOT NULL DEFAULT 1,
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (lang, need)
  )`,
];
