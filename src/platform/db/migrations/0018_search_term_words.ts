/**
 * A need is matched against stored terms by every run of its words (up to five, as typed and as
 * corrected): dozens of look-ups by exact text in either language. The primary key leads with the
 * language, so each look-up cost two descents and the planner preferred reading the whole table; an
 * index on the text alone answers them as the stem index does.
 */
export const statements: string[] = [`CREATE INDEX search_term_term ON search_term (term)`];
