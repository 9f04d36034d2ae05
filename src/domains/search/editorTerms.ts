/**
 * The terms partners' editors keep for their own services, drafted and published with the service in
 * the back office (the catalog's drafts). The catalog cannot import search (search imports it), so it
 * declares the store it needs, `ServiceTermStore`, and the channels hand it this one.
 */
import type { ServiceSearchTerms, ServiceTermStore } from '../catalog/index.js';
import { setSearchTerms } from './commands/setSearchTerms.js';
import { listServiceTerms } from './queries/listServiceTerms.js';

/** The source of the terms editors keep through the service draft. */
export const EDITOR_TERM_SOURCE = 'editor';

export const editorTermStore: ServiceTermStore = {
  async read(db, serviceId) {
    const own: ServiceSearchTerms = {
      en: { names: [], descriptions: [] },
      fr: { names: [], descriptions: [] },
    };
    const terms = await listServiceTerms(db, serviceId);
    for (const { lang, role, term } of terms.filter((t) => t.source === EDITOR_TERM_SOURCE))
      own[lang][role === 'name' ? 'names' : 'descriptions'].push(term);
    return { own, others: terms.filter((t) => t.source !== EDITOR_TERM_SOURCE) };
  },

  async write(tx, actor, { serviceId, terms, langs }) {
    for (const lang of langs) {
      await setSearchTerms(tx, actor, {
        kind: 'service',
        ref: serviceId,
        lang,
        names: terms[lang].names,
        descriptions: terms[lang].descriptions,
        source: EDITOR_TERM_SOURCE,
      });
    }
  },
};
