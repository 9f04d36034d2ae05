/**
 * The words people actually use for the demo services, in data/demo/search-terms.json: acronyms,
 * nicknames, older program names and everyday phrases, in each official language. Search reads them
 * as terms of the service (see src/domains/search/README.md); spelling mistakes are left to the
 * search's own typo handling. Regional names are used only where they apply: "carte soleil" is
 * Québec's health card, so it is not a term for OHIP or MSI.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DEMO_DATA_DIR, readDemoJson } from '../data.js';

const Terms = z.array(z.string().min(1).max(120));

/** Names (short forms, acronyms, nicknames) apart from everyday descriptions: a name means the service. */
const LanguageTerms = z.strictObject({ names: Terms.default([]), descriptions: Terms.default([]) });

const DemoServiceTermsFile = z.array(
  z.strictObject({ service_id: z.uuid({ error: 'Must be a UUID' }), en: LanguageTerms, fr: LanguageTerms }),
);

export type DemoServiceTerms = z.output<typeof DemoServiceTermsFile>[number];

/** The terms of each demo service that has some, one entry per service. */
export function demoServiceTerms(): DemoServiceTerms[] {
  return readDemoJson(join(DEMO_DATA_DIR, 'search-terms.json'), DemoServiceTermsFile);
}
