/**
 * A service's search terms as its editors keep them: in each language, names (official short forms,
 * acronyms, nicknames: "EI", "pogey") and descriptions (everyday words: "laid off"). The catalog drafts
 * and publishes them with the rest of the service, but does not store them: the search domain does.
 * Search imports the catalog, so the catalog cannot import search; the channel hands the draft commands
 * search's `ServiceTermStore` instead, and the catalog calls it inside its own transactions.
 */
import type { Actor } from '../../../platform/auth/index.js';
import type { Db, Tx } from '../../../platform/db/index.js';
import { LANGUAGES, type Lang } from '../../../platform/i18n/index.js';

export interface TermLists {
  names: string[];
  descriptions: string[];
}

/** The terms the service's editors keep, in both languages. */
export type ServiceSearchTerms = Record<Lang, TermLists>;

/** A term another source keeps for the service (the demo data, an import): shown, never edited here. */
export interface KeptSearchTerm {
  lang: Lang;
  role: 'name' | 'description';
  term: string;
  source: string;
}

export interface ServiceTerms {
  /** The terms the service's editors published. */
  own: ServiceSearchTerms;
  /** The terms other sources keep for it. */
  others: KeptSearchTerm[];
}

/** Where a service's search terms are kept; search's implementation is `editorTermStore`. */
export interface ServiceTermStore {
  read(db: Db | Tx, serviceId: string): Promise<ServiceTerms>;
  /**
   * Replaces the editors' terms in the given languages, inside the publication's transaction (the
   * publication has already checked that the actor may publish the service).
   */
  write(
    tx: Tx,
    actor: Actor,
    input: { serviceId: string; terms: ServiceSearchTerms; langs: readonly Lang[] },
  ): Promise<void>;
}

export const noTerms = (): ServiceSearchTerms => ({
  en: { names: [], descriptions: [] },
  fr: { names: [], descriptions: [] },
});

/** The languages whose terms differ between two sets (both lists compared in order). */
export function changedTermLanguages(before: ServiceSearchTerms, after: ServiceSearchTerms): Lang[] {
  return LANGUAGES.filter((lang) => JSON.stringify(before[lang]) !== JSON.stringify(after[lang]));
}

/**
 * The store, when search terms are to be saved or published: a caller that sends terms without saying
 * where they are kept is a wiring mistake, never silently dropped.
 */
export function termStoreFor(store: ServiceTermStore | undefined): ServiceTermStore {
  if (!store) throw new Error('Search terms were given without a ServiceTermStore to keep them.');
  return store;
}
