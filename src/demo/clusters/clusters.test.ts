import { describe, expect, it } from 'vitest';
import { CatalogBundle } from '../../domains/catalog/index.js';
import { buildChecklist, ruleVariables, type Answers } from '../../domains/clusters/index.js';
import {
  ClusterDefinitionSchema,
  ClusterLifecycleSchema,
  QUESTION_TYPES,
  type ClusterDefinition,
  type ScreenerQuestion,
} from '../../domains/clusters/schemas.js';
import { fold } from '../../domains/search/index.js';
import { demoCatalog } from '../catalog/index.js';
import { demoServiceTerms } from '../search/terms.js';
import { demoClusters } from './index.js';

const KEYS = [
  'having-a-baby',
  'losing-a-loved-one',
  'starting-a-business',
  'losing-a-job',
  'moving',
  'seniors',
  'newcomers',
  'indigenous-peoples',
];

const catalog = CatalogBundle.parse(demoCatalog());
const ownerOf = new Map(catalog.services.map((service) => [service.id, service.organization_id]));
const organizationIds = new Set(catalog.organizations.map((organization) => organization.id));
const clusters = demoClusters();
const serviceTerms = demoServiceTerms();
const definitions: ClusterDefinition[] = clusters.map(({ definition }) => definition);
const byKey = new Map(definitions.map((definition) => [definition.key, definition]));

function cluster(key: string): ClusterDefinition {
  const definition = byKey.get(key);
  if (!definition) throw new Error(`No demo cluster ${key}`);
  return definition;
}

const steps = (definition: ClusterDefinition) => definition.stages.flatMap((stage) => stage.steps);

/** Every rule of a cluster with where it is, the questions' `ask_if` included. */
function rules(definition: ClusterDefinition): Array<{ where: string; rule: unknown; before?: number }> {
  return [
    ...definition.screener.flatMap((question, index) =>
      question.ask_if === undefined
        ? []
        : [{ where: `question ${question.id}`, rule: question.ask_if, before: index }],
    ),
    ...steps(definition).flatMap((step) =>
      step.applies_if === undefined ? [] : [{ where: `step ${step.key}`, rule: step.applies_if }],
    ),
  ];
}

/** Comparisons of an answer with a literal, `{"==": [{"var": id}, value]}` and the like. */
function comparisons(rule: unknown, out: Array<{ id: string; values: unknown[] }> = []) {
  if (Array.isArray(rule)) rule.forEach((item) => comparisons(item, out));
  else if (rule && typeof rule === 'object') {
    for (const [operator, argument] of Object.entries(rule)) {
      if (['==', '!=', '===', '!==', 'in'].includes(operator) && Array.isArray(argument)) {
        const [left, right] = argument as unknown[];
        if (left && typeof left === 'object' && 'var' in left && typeof left.var === 'string') {
          out.push({ id: left.var, values: Array.isArray(right) ? right : [right] });
        }
      }
      comparisons(argument, out);
    }
  }
  return out;
}

/** Every `{ en, fr }` text in a definition. */
function texts(value: unknown, path = '$', out: Array<{ path: string; en: string; fr: string }> = []) {
  if (Array.isArray(value)) value.forEach((item, index) => texts(item, `${path}[${index}]`, out));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.en === 'string' && typeof record.fr === 'string' && Object.keys(record).length === 2) {
      out.push({ path, en: record.en, fr: record.fr });
      return out;
    }
    for (const [key, child] of Object.entries(record)) texts(child, `${path}.${key}`, out);
  }
  return out;
}

/** The keys of the steps that apply; every question the rules read must be answered. */
function checklistKeys(definition: ClusterDefinition, answers: Answers): string[] {
  const checklist = buildChecklist(definition, answers).stages.flatMap((stage) => stage.steps);
  expect(checklist.filter(({ fit }) => fit === 'may_apply').map(({ step }) => step.key)).toEqual([]);
  return checklist.map(({ step }) => step.key);
}

describe('demo clusters', () => {
  it('are exactly the eight demo clusters, of the right kinds', () => {
    expect(definitions.map((definition) => definition.key).sort()).toEqual([...KEYS].sort());
    const kinds = Object.fromEntries(definitions.map((definition) => [definition.key, definition.kind]));
    expect(kinds).toEqual({
      'having-a-baby': 'life-event',
      'losing-a-loved-one': 'life-event',
      'starting-a-business': 'business-event',
      'losing-a-job': 'life-event',
      moving: 'life-event',
      seniors: 'client-group',
      newcomers: 'client-group',
      'indigenous-peoples': 'client-group',
    });
  });

  it('parse with the cluster definition schema, with no issues', () => {
    for (const { definition } of clusters) {
      const result = ClusterDefinitionSchema.safeParse(definition);
      expect(result.success ? [] : result.error.issues, definition.key).toEqual([]);
    }
  });

  it('are in production, except moving, which is a pilot with its dates', () => {
    for (const { definition, lifecycle } of clusters) {
      expect(ClusterLifecycleSchema.safeParse(lifecycle).success, definition.key).toBe(true);
      if (definition.key === 'moving') {
        expect(lifecycle).toEqual({
          status: 'pilot',
          pilot_starts_on: '2026-09-01',
          pilot_ends_on: '2027-03-31',
        });
      } else {
        expect(lifecycle.status, definition.key).toBe('production');
      }
    }
  });

  it('have a unique slug per language, ASCII kebab-case', () => {
    for (const lang of ['en', 'fr'] as const) {
      const slugs = definitions.map((definition) => definition.slug[lang]);
      expect(new Set(slugs).size, lang).toBe(slugs.length);
      for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(cluster('having-a-baby').slug.fr).toBe('avoir-un-bebe');
    expect(cluster('indigenous-peoples').slug.fr).toBe('peuples-autochtones');
  });

  it('name only services and partners of the demo catalog', () => {
    for (const definition of definitions) {
      expect(organizationIds.has(definition.lead_organization_id), definition.key).toBe(true);
      for (const step of steps(definition)) {
        const where = `${definition.key} / ${step.key}`;
        for (const id of step.service_ids) expect(ownerOf.has(id), `${where}: service ${id}`).toBe(true);
        if (step.responsible_organization_id) {
          expect(organizationIds.has(step.responsible_organization_id), where).toBe(true);
          // The partner answerable takes part in the step: it owns one of its services.
          const owners = step.service_ids.map((id) => ownerOf.get(id));
          expect(owners, where).toContain(step.responsible_organization_id);
          // ...and is named only when it differs from the default, the first service's owner.
          expect(owners[0], where).not.toBe(step.responsible_organization_id);
        }
      }
    }
  });

  it('bring together steps of at least three partners each', () => {
    for (const definition of definitions) {
      const partners = new Set(
        steps(definition).flatMap((step) => [
          ...step.service_ids.map((id) => ownerOf.get(id)),
          step.responsible_organization_id,
        ]),
      );
      partners.delete(undefined);
      expect(partners.size, definition.key).toBeGreaterThanOrEqual(3);
    }
  });

  it('have 2 to 5 stages, 2 to 6 screener questions and 25 to 50 synonyms per language', () => {
    for (const definition of definitions) {
      expect(definition.stages.length, definition.key).toBeGreaterThanOrEqual(2);
      expect(definition.stages.length, definition.key).toBeLessThanOrEqual(5);
      expect(definition.screener.length, definition.key).toBeGreaterThanOrEqual(2);
      expect(definition.screener.length, definition.key).toBeLessThanOrEqual(6);
      for (const lang of ['en', 'fr'] as const) {
        const synonyms = definition.synonyms[lang];
        expect(synonyms.length, `${definition.key} ${lang}`).toBeGreaterThanOrEqual(25);
        expect(synonyms.length, `${definition.key} ${lang}`).toBeLessThanOrEqual(50);
        // Search folds accents and case, so a synonym listed twice that way is listed twice.
        const folded = synonyms.map(fold);
        expect(
          folded.filter((word, index) => folded.indexOf(word) !== index),
          `${definition.key} ${lang}`,
        ).toEqual([]);
      }
    }
  });

  it('use every question type across the screeners', () => {
    const types = new Set(
      definitions.flatMap((definition) => definition.screener.map((question) => question.type)),
    );
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it('read only their own screener answers, asked before the question that depends on them', () => {
    for (const definition of definitions) {
      const ids = definition.screener.map((question) => question.id);
      for (const { where, rule, before } of rules(definition)) {
        for (const name of ruleVariables(rule)) {
          expect(ids, `${definition.key} ${where} reads "${name}"`).toContain(name);
          if (before !== undefined) {
            expect(ids.indexOf(name), `${definition.key} ${where} reads a later answer`).toBeLessThan(before);
          }
        }
      }
    }
  });

  it('never base a step on a question that can be skipped', () => {
    // The checklist shows a step as "may apply" when its rule reads an unanswered question, and a
    // question skipped by its `ask_if` is unanswered: such questions only inform (deadlines, hints).
    for (const definition of definitions) {
      const skippable = new Set(definition.screener.filter((q) => q.ask_if !== undefined).map((q) => q.id));
      for (const step of steps(definition)) {
        const read = [...ruleVariables(step.applies_if ?? null)].filter((name) => skippable.has(name));
        expect(read, `${definition.key} / ${step.key}`).toEqual([]);
      }
    }
    const withAskIf = definitions.filter((definition) => definition.screener.some((q) => q.ask_if));
    expect(withAskIf.length).toBeGreaterThanOrEqual(2);
  });

  it('compare choice answers only with their options', () => {
    for (const definition of definitions) {
      const questions = new Map<string, ScreenerQuestion>(definition.screener.map((q) => [q.id, q]));
      for (const { where, rule } of rules(definition)) {
        for (const { id, values } of comparisons(rule)) {
          const question = questions.get(id);
          if (question?.type !== 'choice') continue;
          const options = (question.options ?? []).map((option) => option.value);
          for (const value of values)
            expect(options, `${definition.key} ${where}: ${id} = ${String(value)}`).toContain(value);
        }
      }
    }
  });

  it('give every alternative at least one other step to choose from', () => {
    for (const definition of definitions) {
      const groups = new Map<string, number>();
      for (const step of steps(definition)) {
        if (step.alternative_group)
          groups.set(step.alternative_group, (groups.get(step.alternative_group) ?? 0) + 1);
      }
      for (const [group, count] of groups)
        expect(count, `${definition.key} ${group}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('follow French typography and write French that differs from the English', () => {
    const problems: string[] = [];
    for (const definition of definitions) {
      for (const { path, en, fr } of texts(definition)) {
        const where = `${definition.key} ${path}`;
        if (en.includes("'") || fr.includes("'")) problems.push(`${where}: straight apostrophe`);
        if (/[^\u00a0\u202f][:;?!]/.test(fr.replace(/\d:\d/g, '')))
          problems.push(`${where}: no non-breaking space in « ${fr} »`);
        if (en === fr && !/^(Ontario|Inuit|Métis)$/.test(en))
          problems.push(`${where}: same text in both languages`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('turn answers into the right personal checklists', () => {
    const baby = checklistKeys(cluster('having-a-baby'), {
      province: 'ns',
      born: true,
      employed: false,
      indigenous: 'none',
      low_income: false,
    });
    expect(baby).toContain('register-birth-nova-scotia');
    expect(baby).not.toContain('register-birth-ontario');
    expect(baby).not.toContain('maternity-parental-benefits');

    const business = checklistKeys(cluster('starting-a-business'), {
      province: 'ns',
      structure: 'provincial-corporation',
      taxable_sales_over_30k: true,
      employees: 4,
    });
    expect(business).toEqual(
      expect.arrayContaining([
        'nova-scotia-business-registry',
        'business-number-from-registry',
        'hst-nova-scotia',
        'payroll-account',
        'wcb-nova-scotia',
      ]),
    );
    for (const key of ['incorporate-ontario', 'business-number', 'gst-hst', 'wsib-ontario']) {
      expect(business).not.toContain(key);
    }

    const moving = checklistKeys(cluster('moving'), {
      province: 'on',
      new_postal_code: 'K1P 1J1',
      changing_province: true,
      drives: true,
      owner: false,
    });
    expect(moving).toEqual(
      expect.arrayContaining(['health-card-ontario', 'drivers-licence-ontario', 'waste-ottawa']),
    );
    for (const key of ['waste-halifax', 'address-ontario', 'property-tax-ottawa'])
      expect(moving).not.toContain(key);

    const seniors = checklistKeys(cluster('seniors'), {
      age: 70,
      province: 'on',
      low_income: true,
      spouse_gis: false,
      homeowner: true,
      veteran: false,
    });
    expect(seniors).toEqual(
      expect.arrayContaining(['guaranteed-income-supplement', 'gains-ontario', 'tax-deferral-ottawa']),
    );
    expect(seniors).not.toContain('allowance');
    expect(seniors).not.toContain('licence-80-ontario');
  });
});

describe('demo service terms', () => {
  it('cover every service of the catalog once, in both languages, names apart from descriptions', () => {
    const ids = serviceTerms.map((entry) => entry.service_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(catalog.services.map((service) => service.id).filter((id) => !ids.includes(id))).toEqual([]);
    for (const entry of serviceTerms) {
      expect(ownerOf.has(entry.service_id), entry.service_id).toBe(true);
      for (const lang of ['en', 'fr'] as const) {
        const where = `${entry.service_id} (${lang})`;
        const all = [...entry[lang].names, ...entry[lang].descriptions];
        expect(all.length, where).toBeGreaterThanOrEqual(3);
        expect(new Set(all.map((term) => term.toLowerCase())).size, where).toBe(all.length);
      }
    }
  });

  it('cover the services that most steps of the clusters use', () => {
    const uses = new Map<string, number>();
    for (const definition of definitions) {
      for (const id of steps(definition).flatMap((step) => step.service_ids))
        uses.set(id, (uses.get(id) ?? 0) + 1);
    }
    const withTerms = new Set(serviceTerms.map((entry) => entry.service_id));
    const mostUsed = [...uses.entries()].filter(([, count]) => count >= 3).map(([id]) => id);
    const nameOf = new Map(catalog.services.map((service) => [service.id, service.name.en]));
    expect(mostUsed.filter((id) => !withTerms.has(id)).map((id) => nameOf.get(id))).toEqual([]);
  });
});
