/**
 * The Open Eligibility human-services taxonomy (Aunt Bertha, v2.0, CC BY-SA 3.0) as catalog taxonomy
 * terms: English names from the XML, French names from Stitch's own translation
 * (`data/reference/open-eligibility/names.fr.json`). See README.md for the source quirks handled here.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';
import { StitchError } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { readReferenceJson, referenceDataPath } from '../../../platform/reference/index.js';
import { TaxonomyInput, TaxonomyTermInput } from '../schemas.js';

type TaxonomyRecord = ReturnType<typeof TaxonomyInput.parse>;
type TermRecord = ReturnType<typeof TaxonomyTermInput.parse>;

export type OpenEligibilityTree = 'services' | 'situations';

/** Free-text taxonomy name carried on every term (HSDS `taxonomy_term.taxonomy`). */
export const OPEN_ELIGIBILITY_TAXONOMY_NAME = 'Open Eligibility';
export const OPEN_ELIGIBILITY_TAXONOMY_ID = stableId('open-eligibility:taxonomy');

/** A term's UUID from its key: the numeric id, or `<id>-<slug>` for the one duplicated id (README.md). */
export const openEligibilityTermId = (key: string): string => stableId(`open-eligibility:${key}`);

export interface OpenEligibilityTaxonomy {
  taxonomy: TaxonomyRecord;
  /** Service categories (11 top-level), parents before children. */
  services: TermRecord[];
  /** Situations (22 top-level groups), parents before children. */
  situations: TermRecord[];
  /** Both trees, services first. */
  terms: TermRecord[];
  /** Quirks of the source that were handled, for the import summary. */
  notes: string[];
}

export interface ParseOpenEligibilityOptions {
  /** French names keyed as in `names.fr.json`; tests pass their own. */
  frenchNames?: Record<string, string>;
  /** French descriptions of the top-level service categories, keyed by id. */
  frenchDescriptions?: Record<string, string>;
}

export class OpenEligibilityFormatError extends StitchError {
  constructor(message: string, details?: Record<string, unknown>) {
    super('IMPORT_FAILED', `Open Eligibility taxonomy: ${message}`, details);
  }
}

/** Term key (`1102`, `1206-primary-care`) → French text. */
const FrenchTexts = z.record(z.string().regex(/^\d+(?:-[a-z0-9-]+)?$/), z.string().trim().min(1));

let frenchTexts: { names: Record<string, string>; descriptions: Record<string, string> } | undefined;

/** Stitch's French names and top-level descriptions, read from `data/reference/open-eligibility/` once. */
export function openEligibilityFrench(): {
  names: Record<string, string>;
  descriptions: Record<string, string>;
} {
  frenchTexts ??= {
    names: readReferenceJson(referenceDataPath('open-eligibility/names.fr.json'), FrenchTexts),
    descriptions: readReferenceJson(referenceDataPath('open-eligibility/descriptions.fr.json'), FrenchTexts),
  };
  return frenchTexts;
}

const LEVELS = ['top_level', 'second_level', 'third_level', 'fourth_level'] as const;
const depthOf = (tag: string): number => LEVELS.indexOf(tag as (typeof LEVELS)[number]) + 1;

/** fast-xml-parser's `preserveOrder` shape: `{ tag: children, ':@': attributes }` or `{ '#text': … }`. */
type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((key) => key !== ':@');
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const textOf = (node: XmlNode): string =>
  childrenOf(node)
    .map((child) => (typeof child['#text'] === 'string' ? child['#text'] : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
const find = (nodes: XmlNode[], tag: string): XmlNode | undefined =>
  nodes.find((node) => tagOf(node) === tag);

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

interface RawTerm {
  key: string;
  en: string;
  parentKey: string | null;
  tree: OpenEligibilityTree;
}

/**
 * Parses the Aunt Bertha `taxonomy.xml` into one taxonomy and its terms, with stable ids.
 * Throws `OpenEligibilityFormatError` when the XML is malformed or a term has no French name.
 */
export function parseOpenEligibility(
  xml: string,
  options: ParseOpenEligibilityOptions = {},
): OpenEligibilityTaxonomy {
  const fr = options.frenchNames ?? openEligibilityFrench().names;
  const frDescriptions = options.frenchDescriptions ?? openEligibilityFrench().descriptions;
  // The file declares `<?xml version="2.0"?>`, which no XML spec defines; its content is plain XML 1.0, so say so before a strict parser sees it.
  const text = xml.replace(/^(\uFEFF?<\?xml[^>]*?\bversion\s*=\s*)(["'])2\.0\2/, '$1$21.0$2');
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new OpenEligibilityFormatError(`not well-formed XML at line ${valid.err.line}: ${valid.err.msg}`, {
      line: valid.err.line,
    });
  }
  const document = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
  }).parse(text) as XmlNode[];

  const root = find(document, 'taxonomy');
  const services = root && find(childrenOf(root), 'services');
  const situations = root && find(childrenOf(root), 'situations');
  if (!root || !services || !situations) {
    throw new OpenEligibilityFormatError('expected <taxonomy> with <services> and <situations>');
  }
  const version = textOf(find(childrenOf(root), 'version') ?? {}) || null;

  const notes: string[] = [];
  const raw: RawTerm[] = [];
  const seenIds = new Set<string>();

  const keyFor = (id: string, en: string): string => {
    if (!seenIds.has(id)) {
      seenIds.add(id);
      return id;
    }
    let key = `${id}-${slug(en)}`;
    for (let n = 2; raw.some((term) => term.key === key); n += 1) key = `${id}-${slug(en)}-${n}`;
    notes.push(`id ${id} is used twice in the source; "${en}" was given the code ${key}`);
    return key;
  };

  /**
   * Walks one tree. An element's depth comes from its tag; when it sits shallower than its tag says
   * (a `third_level` placed after its `second_level` closed), it belongs to the preceding sibling one level up.
   */
  const walk = (
    nodes: XmlNode[],
    parent: { key: string; en: string; depth: number } | null,
    tree: OpenEligibilityTree,
  ) => {
    const parentDepth = parent?.depth ?? 0;
    const placed: { key: string; en: string; depth: number }[] = [];
    for (const node of nodes) {
      const tag = tagOf(node);
      const depth = tag ? depthOf(tag) : 0;
      if (depth === 0) continue;
      const id = node[':@']?.id?.trim();
      const en = node[':@']?.title?.replace(/\s+/g, ' ').trim();
      if (!id || !/^\d+$/.test(id) || !en) {
        throw new OpenEligibilityFormatError(`<${tag}> needs a numeric id and a title`, { id, title: en });
      }
      let owner = parent;
      if (depth !== parentDepth + 1) {
        owner = [...placed].reverse().find((sibling) => sibling.depth === depth - 1) ?? null;
        if (!owner) {
          throw new OpenEligibilityFormatError(
            `<${tag} id="${id}"> is not inside a level ${depth - 1} term`,
            { id },
          );
        }
        notes.push(
          `"${en}" (${id}) sits outside its parent in the source; attached to "${owner.en}" (${owner.key})`,
        );
      }
      const key = keyFor(id, en);
      raw.push({ key, en, parentKey: owner?.key ?? null, tree });
      const self = { key, en, depth };
      placed.push(self);
      walk(childrenOf(node), self, tree);
    }
  };
  walk(childrenOf(services), null, 'services');
  walk(childrenOf(situations), null, 'situations');

  const englishDescriptions = new Map<string, string>();
  for (const category of childrenOf(find(childrenOf(services), 'descriptions') ?? {})) {
    const id = category[':@']?.id;
    const description = textOf(category);
    if (tagOf(category) === 'category' && id && description) englishDescriptions.set(id, description);
  }

  const missing = raw.filter((term) => !fr[term.key]?.trim()).map((term) => `${term.key} (${term.en})`);
  if (missing.length > 0) {
    throw new OpenEligibilityFormatError(
      `no French name for ${missing.length} term(s): ${missing.join(', ')}`,
      {
        missing,
      },
    );
  }

  const byKey = new Map(raw.map((term) => [term.key, term]));
  const path = (term: RawTerm, lang: 'en' | 'fr'): string => {
    const names: string[] = [];
    for (let at: RawTerm | undefined = term; at; at = at.parentKey ? byKey.get(at.parentKey) : undefined) {
      names.unshift(lang === 'en' ? at.en : fr[at.key]!);
    }
    return names.join(' › ');
  };
  const describe = (term: RawTerm) => {
    const en = englishDescriptions.get(term.key);
    const frText = frDescriptions[term.key];
    if (en && frText) return { en, fr: frText };
    // Most terms have no description in the source: say where the term sits, in both languages.
    return term.tree === 'services'
      ? {
          en: `Open Eligibility service category: ${path(term, 'en')}`,
          fr: `Catégorie de services Open Eligibility\u00a0: ${path(term, 'fr')}`,
        }
      : {
          en: `Open Eligibility situation: ${path(term, 'en')}`,
          fr: `Situation Open Eligibility\u00a0: ${path(term, 'fr')}`,
        };
  };

  const taxonomy = TaxonomyInput.parse({
    id: OPEN_ELIGIBILITY_TAXONOMY_ID,
    name: { en: 'Open Eligibility taxonomy', fr: 'Taxonomie Open Eligibility' },
    description: {
      en: 'Human Services Taxonomy by Aunt Bertha, Inc. (Open Eligibility Project), licensed CC BY-SA 3.0: categories of human services and the situations of the people they serve. French names: Stitch’s own translation.',
      fr: 'Taxonomie des services sociaux d’Aunt Bertha, Inc. (projet Open Eligibility), sous licence CC BY-SA 3.0\u00a0: catégories de services sociaux et situations des personnes qui y ont recours. Noms français\u00a0: traduction de Stitch.',
    },
    uri: 'https://github.com/auntbertha/openeligibility',
    version,
  });

  const toTerm = (term: RawTerm): TermRecord =>
    TaxonomyTermInput.parse({
      id: openEligibilityTermId(term.key),
      code: term.key,
      name: { en: term.en, fr: fr[term.key]! },
      description: describe(term),
      parent_id: term.parentKey ? openEligibilityTermId(term.parentKey) : null,
      taxonomy: OPEN_ELIGIBILITY_TAXONOMY_NAME,
      // Each term carries both languages, so it belongs to neither.
      language: null,
      taxonomy_id: taxonomy.id,
      // The source publishes no resolvable address per term (openeligibility.org is gone).
      term_uri: null,
    });

  const serviceTerms = raw.filter((term) => term.tree === 'services').map(toTerm);
  const situationTerms = raw.filter((term) => term.tree === 'situations').map(toTerm);
  return {
    taxonomy,
    services: serviceTerms,
    situations: situationTerms,
    terms: [...serviceTerms, ...situationTerms],
    notes,
  };
}
