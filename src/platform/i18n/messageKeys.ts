// The key type is read straight from the English files rather than generated: type-only JSON imports are
// erased under verbatimModuleSyntax (translate.ts reads the files at run time), so they need no import
// attributes, and a message added to a file is a key at once, with no generated file to keep in step.
import type audit from '../../../locales/en/audit.json';
import type auth from '../../../locales/en/auth.json';
import type clusters from '../../../locales/en/clusters.json';
import type common from '../../../locales/en/common.json';
import type dev from '../../../locales/en/dev.json';
import type errors from '../../../locales/en/errors.json';
import type governance from '../../../locales/en/governance.json';
import type offices from '../../../locales/en/offices.json';
import type partnerships from '../../../locales/en/partnerships.json';
import type people from '../../../locales/en/people.json';
import type records from '../../../locales/en/records.json';
import type results from '../../../locales/en/results.json';
import type web from '../../../locales/en/web.json';

/** One entry per file of locales/en; the file name (without `.json`) is the namespace. */
interface Catalog {
  audit: typeof audit;
  auth: typeof auth;
  clusters: typeof clusters;
  common: typeof common;
  dev: typeof dev;
  errors: typeof errors;
  governance: typeof governance;
  offices: typeof offices;
  partnerships: typeof partnerships;
  people: typeof people;
  records: typeof records;
  results: typeof results;
  web: typeof web;
}

/** The namespaces at run time, so a test can tell when a locale file is missing from Catalog. */
export const MESSAGE_NAMESPACES = Object.keys({
  audit: true,
  auth: true,
  clusters: true,
  common: true,
  dev: true,
  errors: true,
  governance: true,
  offices: true,
  partnerships: true,
  people: true,
  records: true,
  results: true,
  web: true,
} satisfies Record<keyof Catalog, true>);

/** The dotted paths of the string leaves of a nested message object, below `prefix`. */
type Leaves<T, Prefix extends string> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}.${K}` : Leaves<T[K], `${Prefix}.${K}`>;
}[keyof T & string];

/** Every key t() knows, `<namespace>.<path>` as loadMessages flattens them, e.g. `errors.NOT_FOUND`. */
export type MessageKey = { [N in keyof Catalog]: Leaves<Catalog[N], N> }[keyof Catalog];

/** The keys below `prefix`, without it: `MessageKeyUnder<'audit.csv'>` includes `when` for `audit.csv.when`. */
export type MessageKeyUnder<Prefix extends string> = MessageKey extends infer Key
  ? Key extends `${Prefix}.${infer Rest}`
    ? Rest
    : never
  : never;
