/**
 * Need search by intent (src/domains/search, ADR 0007 amended). A term either names its service (an
 * official short form, acronym or nickname) or describes it in everyday words; a name is stronger
 * evidence that the person means that service, and its stemmed form matches other forms of its words. Word statistics let common words weigh little:
 * `search_lexeme` counts the documents holding each stemmed word, `search_collection` the documents of
 * each kind and language, `search_word.documents` how often a correction candidate occurs.
 */
export const statements: string[] = [
  `ALTER TABLE search_term ADD COLUMN role text NOT NULL DEFAULT 'description'
     CHECK (role IN ('name', 'description'))`,
  /* The term's words stemmed in its language, so "arriver au Canada" meets "arrivé au Canada". */
  `ALTER TABLE search_term ADD COLUMN stem text`,
  `CREATE INDEX search_term_stem ON search_term (stem)`,
  `ALTER TABLE search_word ADD COLUMN documents integer NOT NULL DEFAULT 1`,
  /* Long misspelt words are looked up by trigram similarity (word % token): GIN answers that in a
     millisecond or two where a nearest-neighbour scan of the GiST index took ten. */
  `DROP INDEX search_word_trgm`,
  `CREATE INDEX search_word_trgm ON search_word USING gin (word gin_trgm_ops)`,
  `CREATE TABLE search_lexeme (
    lang text NOT NULL CHECK (lang IN ('en', 'fr')),
    lexeme text NOT NULL,
    documents integer NOT NULL,
    PRIMARY KEY (lang, lexeme)
  )`,
  `CREATE TABLE search_collection (
    lang text NOT NULL CHECK (lang IN ('en', 'fr')),
    kind text NOT NULL CHECK (kind IN ('cluster', 'service')),
    documents integer NOT NULL,
    PRIMARY KEY (lang, kind)
  )`,
];
