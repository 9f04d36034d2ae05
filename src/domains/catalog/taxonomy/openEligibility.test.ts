import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stableId } from '../../../platform/ids/index.js';
import { defaultOpenEligibilityPath } from './loadOpenEligibility.js';
import {
  openEligibilityFrench,
  OpenEligibilityFormatError,
  parseOpenEligibility,
  type OpenEligibilityTaxonomy,
} from './openEligibility.js';

const xml = readFileSync(defaultOpenEligibilityPath({}), 'utf8');
const parsed = parseOpenEligibility(xml);
const byCode = new Map(parsed.terms.map((term) => [term.code!, term]));
const byId = new Map(parsed.terms.map((term) => [term.id, term]));
const term = (code: string) => {
  const found = byCode.get(code);
  if (!found) throw new Error(`no term ${code}`);
  return found;
};

/** Words that are the same in both languages; each must still be in use, so the list cannot rot. */
const TRUE_COGNATES = new Set(['Nutrition', 'Cancer', 'Parents']);

const frenchTexts = (result: OpenEligibilityTaxonomy) => [
  result.taxonomy.name.fr,
  result.taxonomy.description.fr,
  ...result.terms.flatMap((t) => [t.name.fr, t.description.fr]),
];

describe('parseOpenEligibility on the Aunt Bertha taxonomy.xml', () => {
  it('reads the counts the source has: 11 + 291 services, 22 + 94 situations', () => {
    expect(parsed.services).toHaveLength(291);
    expect(parsed.services.filter((t) => !t.parent_id)).toHaveLength(11);
    expect(parsed.situations).toHaveLength(94);
    expect(parsed.situations.filter((t) => !t.parent_id)).toHaveLength(22);
    expect(parsed.terms).toHaveLength(385);
    expect(new Set(parsed.terms.map((t) => t.id)).size).toBe(385);
    expect(new Set(parsed.terms.map((t) => t.code)).size).toBe(385);
  });

  it('keeps the top-level categories in source order, in both languages', () => {
    expect(parsed.services.filter((t) => !t.parent_id).map((t) => t.name.en)).toEqual([
      'Emergency',
      'Food',
      'Housing',
      'Goods',
      'Transit',
      'Health',
      'Money',
      'Care',
      'Education',
      'Work',
      'Legal',
    ]);
    expect(term('1102').name).toEqual({ en: 'Food', fr: 'Alimentation' });
    expect(term('1103').name.fr).toBe('Logement');
    expect(term('1111').name.fr).toBe('Services juridiques');
    expect(term('1114').name).toEqual({ en: 'Help Pay for Food', fr: 'Aide pour payer la nourriture' });
    expect(term('20010').name).toEqual({ en: 'Veterans', fr: 'Vétérans' });
    expect(term('1139').name.en).toBe('Home & Renters Insurance');
  });

  it('gives stable ids from the numeric ids, and the same result every time', () => {
    expect(term('1101').id).toBe(stableId('open-eligibility:1101'));
    expect(term('20089').id).toBe(stableId('open-eligibility:20089'));
    expect(term('1120').parent_id).toBe(stableId('open-eligibility:1101'));
    expect(parseOpenEligibility(xml)).toEqual(parsed);
    for (const t of parsed.terms) {
      expect(t.taxonomy_id).toBe(parsed.taxonomy.id);
      expect(t.taxonomy).toBe('Open Eligibility');
      expect(t.language).toBeNull();
    }
    expect(parsed.taxonomy.version).toBe('2.0');
  });

  it('links every parent to a term of the same tree, with no cycle and at most four levels', () => {
    const tree = new Map([
      ...parsed.services.map((t) => [t.id, 'services'] as const),
      ...parsed.situations.map((t) => [t.id, 'situations'] as const),
    ]);
    for (const t of parsed.terms) {
      let depth = 1;
      for (let at = t; at.parent_id; depth += 1) {
        const parent = byId.get(at.parent_id);
        expect(parent, `parent of ${t.code}`).toBeDefined();
        expect(tree.get(parent!.id)).toBe(tree.get(t.id));
        at = parent!;
        expect(depth).toBeLessThan(4);
      }
    }
    // Parents are listed before their children, so rows can be written in order.
    const seen = new Set<string>();
    for (const t of parsed.terms) {
      if (t.parent_id) expect(seen.has(t.parent_id), t.code!).toBe(true);
      seen.add(t.id);
    }
  });

  it('handles the duplicated id 1206 and the misplaced 1170, and says so', () => {
    expect(term('1206').name.en).toBe('Medical Care');
    const primary = term('1206-primary-care');
    expect(primary.name).toEqual({ en: 'Primary Care', fr: 'Soins de santé primaires' });
    expect(primary.parent_id).toBe(term('1206').id);
    expect(term('1207').parent_id).toBe(term('1206').id);
    // A third_level closed outside its second_level: it belongs under Medical Supplies, not Goods.
    expect(term('1170').name.en).toBe('Assistive Technology');
    expect(term('1170').parent_id).toBe(term('1169').id);
    expect(parsed.notes).toHaveLength(2);
    expect(parsed.notes.join('\n')).toMatch(/1206-primary-care/);
    expect(parsed.notes.join('\n')).toMatch(/1170/);
  });

  it('has a French name for every term, different from the English except true cognates', () => {
    const cognatesUsed = new Set<string>();
    for (const t of parsed.terms) {
      expect(t.name.fr.trim(), t.code!).not.toBe('');
      if (t.name.fr.toLowerCase() === t.name.en.toLowerCase()) {
        expect(TRUE_COGNATES.has(t.name.en), `${t.code} ${t.name.en} is not translated`).toBe(true);
        cognatesUsed.add(t.name.en);
      }
      expect(t.name.fr, t.code!).toMatch(/^[A-ZÀ-Ý0-9]/);
    }
    expect(cognatesUsed).toEqual(TRUE_COGNATES);
    expect(Object.keys(openEligibilityFrench().names).sort()).toEqual(
      parsed.terms.map((t) => t.code!).sort(),
    );
  });

  it('gives siblings different French names when their English names differ', () => {
    const siblings = new Map<string, Map<string, string>>();
    for (const t of parsed.terms) {
      const group = siblings.get(t.parent_id ?? 'root') ?? new Map<string, string>();
      const clash = group.get(t.name.fr);
      expect(clash === undefined || clash === t.name.en, `${t.code} ${t.name.fr}`).toBe(true);
      group.set(t.name.fr, t.name.en);
      siblings.set(t.parent_id ?? 'root', group);
    }
  });

  it("writes French typography: ’ not ', a non-breaking space before : ; ? !", () => {
    for (const text of frenchTexts(parsed)) {
      expect(text).not.toContain("'");
      expect(text).not.toMatch(/[^\u00a0\u202f][:;?!]/);
      expect(text).not.toMatch(/ {2}|\s$/);
    }
  });

  it('describes each term by its path, or by the source description for top-level categories', () => {
    expect(term('1120').description).toEqual({
      en: 'Open Eligibility service category: Emergency › Emergency Food',
      fr: 'Catégorie de services Open Eligibility\u00a0: Urgences › Aide alimentaire d’urgence',
    });
    expect(term('20006').description).toEqual({
      en: 'Open Eligibility situation: Age Group › Seniors',
      fr: 'Situation Open Eligibility\u00a0: Groupe d’âge › Aînés',
    });
    expect(term('1102').description.en).toBe(
      'Services for free meals, food pantries, help paying for food, food delivery, food benefits and nutrition support.',
    );
    expect(term('1102').description.fr).toMatch(/^Services de repas gratuits, banques alimentaires/);
    expect(term('20002').description.en).toBe('Open Eligibility situation: Age Group');
  });
});

describe('parseOpenEligibility on other input', () => {
  const tiny = (prolog: string) => `${prolog}
<taxonomy><version>2.0</version>
  <services><top_level id="1" title="Food"><second_level id="2" title="Free Meals"></second_level></top_level></services>
  <situations><top_level id='3' title="Age Group"></top_level></situations>
</taxonomy>`;
  const names = { '1': 'Alimentation', '2': 'Repas gratuits', '3': 'Groupe d’âge' };

  it('accepts the illegal version="2.0" prolog, a 1.0 prolog and none', () => {
    for (const prolog of ['<?xml version="2.0" encoding="UTF-8"?>', "<?xml version='1.0'?>", '']) {
      const result = parseOpenEligibility(tiny(prolog), { frenchNames: names });
      expect(result.terms.map((t) => t.code)).toEqual(['1', '2', '3']);
    }
  });

  it('refuses a term without a French name, naming it', () => {
    expect(() =>
      parseOpenEligibility(tiny(''), { frenchNames: { '1': 'Alimentation', '3': 'Groupe d’âge' } }),
    ).toThrow(/no French name for 1 term\(s\): 2 \(Free Meals\)/);
  });

  it('refuses XML that is not well formed', () => {
    expect(() => parseOpenEligibility('<taxonomy><services></taxonomy>', { frenchNames: names })).toThrow(
      OpenEligibilityFormatError,
    );
  });
});
