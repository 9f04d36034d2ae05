import { systemActor } from '../../platform/auth/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../catalog/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import { aSignedPartnership } from '../../testing/partnerships.js';
import { stableId } from '../../platform/ids/index.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import {
  buildChecklist,
  getClusterVersion,
  getPublicCluster,
  getPublicClusterBySlug,
  listClustersOfServices,
  listClusterVersions,
  listPublicClusters,
  openChecklistLink,
  publishCluster,
  saveClusterDraft,
  screenAnswers,
  sealChecklistLink,
  setClusterLifecycle,
  type ClusterDefinitionInput,
} from './index.js';

const actor = systemActor('test');
const orgA = anOrganization({ id: stableId('t:org:a') });
const orgB = anOrganization({ id: stableId('t:org:b') });
const register = aService({ id: stableId('t:svc:register'), organization_id: orgA.id });
const benefit = aService({ id: stableId('t:svc:benefit'), organization_id: orgB.id });

function definition(overrides: Partial<ClusterDefinitionInput> = {}): ClusterDefinitionInput {
  return {
    key: 'having-a-baby',
    kind: 'life-event',
    title: text('Having a baby', 'Avoir un bébé'),
    summary: text('Steps', 'Étapes'),
    slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
    lead_organization_id: orgA.id,
    screener: [
      {
        id: 'province',
        type: 'choice',
        label: text('Province', 'Province'),
        options: [
          { value: 'on', label: text('Ontario', 'Ontario') },
          { value: 'ns', label: text('Nova Scotia', 'Nouvelle-Écosse') },
        ],
      },
      { id: 'employed', type: 'yes_no', label: text('Employed?', 'Salarié?') },
      {
        id: 'weeks',
        type: 'number',
        label: text('Weeks worked', 'Semaines travaillées'),
        min: 0,
        max: 52,
        ask_if: { var: 'employed' },
      },
    ],
    stages: [
      {
        key: 'after-birth',
        title: text('After the birth', 'Après la naissance'),
        steps: [
          {
            key: 'register',
            title: text('Register', 'Enregistrer'),
            summary: text('s', 's'),
            service_ids: [register.id],
          },
          {
            key: 'leave',
            title: text('Leave', 'Congé'),
            summary: text('s', 's'),
            service_ids: [benefit.id],
            optional: true,
            applies_if: { var: 'employed' },
          },
          {
            key: 'ontario-only',
            title: text('Ontario', 'Ontario'),
            summary: text('s', 's'),
            service_ids: [register.id],
            applies_if: { '==': [{ var: 'province' }, 'on'] },
          },
        ],
      },
    ],
    ...overrides,
  };
}

describe('clusters', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [orgA, orgB], services: [register, benefit] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(database.db, {
      key: 'baby',
      lead: orgA.id,
      members: [orgB.id],
      clusters: ['having-a-baby'],
    });
  });
  afterAll(() => database.close());

  it('refuses a definition naming a service that does not exist, naming the field', async () => {
    const bad = definition();
    bad.stages[0]!.steps[0]!.service_ids = [stableId('t:svc:missing')];
    await expect(saveClusterDraft(database.db, actor, bad)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'stages.0.steps.0.service_ids.0' }],
    });
  });

  it('refuses two stages with the same key, saying so in English and French', async () => {
    const twice = definition();
    twice.stages.push({
      key: 'after-birth',
      title: text('Later', 'Plus tard'),
      steps: [
        {
          key: 'later',
          title: text('Later', 'Plus tard'),
          summary: text('s', 's'),
          service_ids: [register.id],
        },
      ],
    });
    await expect(saveClusterDraft(database.db, actor, twice)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [
        {
          path: 'stages.1.key',
          message:
            'Stage key "after-birth" is used twice: give each stage its own key / ' +
            'La clé d’étape «\u00a0after-birth\u00a0» est employée deux fois\u00a0: donnez à chaque étape sa propre clé',
        },
      ],
    });
  });

  it('refuses a step key or a question id given twice, saying so in English and French', async () => {
    const twice = definition();
    twice.stages[0]!.steps[1]!.key = 'register';
    twice.screener!.push({ id: 'employed', type: 'yes_no', label: text('Working?', 'Au travail?') });
    await expect(saveClusterDraft(database.db, actor, twice)).rejects.toMatchObject({
      problems: [
        {
          path: 'stages.0.steps.1.key',
          message: expect.stringContaining(
            'La clé de démarche «\u00a0register\u00a0» est employée deux fois',
          ),
        },
        {
          path: 'screener.3.id',
          message: expect.stringMatching(
            /^Question id "employed" is used twice.* \/ L’identifiant de question/,
          ),
        },
      ],
    });
  });

  it('refuses unknown JSON Logic operators and missing French', async () => {
    const bad = definition({ title: { en: 'x', fr: '' } });
    bad.stages[0]!.steps[1]!.applies_if = { eval: 'process.exit()' };
    await expect(saveClusterDraft(database.db, actor, bad)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('keeps a draft private until it is published and the cluster is public', async () => {
    await saveClusterDraft(database.db, actor, definition(), { partnershipKey: 'baby' });
    await expect(getPublicCluster(database.db, 'having-a-baby')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      setClusterLifecycle(database.db, actor, 'having-a-baby', { status: 'production' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await publishCluster(database.db, actor, 'having-a-baby', { note: 'first' });
    await expect(getPublicCluster(database.db, 'having-a-baby')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      setClusterLifecycle(database.db, actor, 'having-a-baby', { status: 'pilot' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await setClusterLifecycle(database.db, actor, 'having-a-baby', {
      status: 'pilot',
      pilot_starts_on: '2026-09-01',
      pilot_ends_on: '2027-03-31',
    });
    const shown = await getPublicClusterBySlug(database.db, 'fr', 'avoir-un-bebe');
    expect(shown).toMatchObject({
      key: 'having-a-baby',
      status: 'pilot',
      version: 1,
      pilot_ends_on: '2027-03-31',
    });
    expect((await listPublicClusters(database.db)).map((c) => c.key)).toEqual(['having-a-baby']);
    const partOf = await listClustersOfServices(database.db, [benefit.id]);
    expect(partOf.get(benefit.id)?.map((c) => c.key)).toEqual(['having-a-baby']);
  });

  it('publishes new versions and never changes an old one', async () => {
    await saveClusterDraft(
      database.db,
      actor,
      definition({ title: text('Having a child', 'Avoir un enfant') }),
    );
    expect((await getPublicCluster(database.db, 'having-a-baby')).definition.title.en).toBe('Having a baby');
    await publishCluster(database.db, actor, 'having-a-baby');
    expect((await getPublicCluster(database.db, 'having-a-baby')).definition.title.en).toBe('Having a child');
    expect((await listClusterVersions(database.db, 'having-a-baby')).map((v) => v.version)).toEqual([2, 1]);
    expect((await getClusterVersion(database.db, 'having-a-baby', 1)).title.en).toBe('Having a baby');
    await expect(
      database.db
        .updateTable('cluster_version')
        .set({ note: 'rewritten' })
        .where('version', '=', 1)
        .execute(),
    ).rejects.toThrow(/never changed/);
    await expect(database.db.deleteFrom('cluster_version').execute()).rejects.toThrow(/never changed/);
    await expect(publishCluster(database.db, actor, 'having-a-baby')).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('a retired cluster is no longer public', async () => {
    await setClusterLifecycle(database.db, actor, 'having-a-baby', { status: 'retired' });
    await expect(getPublicCluster(database.db, 'having-a-baby')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await setClusterLifecycle(database.db, actor, 'having-a-baby', { status: 'production' });
  });

  it('turns answers into a personal checklist and a sealed link', async () => {
    const cluster = await getPublicCluster(database.db, 'having-a-baby');
    const screened = screenAnswers(cluster.definition.screener, {
      province: 'ns',
      employed: 'no',
      weeks: '30',
    });
    expect(screened.problems).toEqual([]);
    expect(screened.answers).toEqual({ province: 'ns', employed: false });
    const checklist = buildChecklist(cluster.definition, screened.answers);
    expect(checklist.stages[0]!.steps.map((s) => s.step.key)).toEqual(['register']);
    expect(checklist.omitted).toBe(2);

    // "weeks" is asked only of people in work: a step reading it does not "may apply" to the others.
    const withWeeks = {
      ...cluster.definition,
      stages: [
        {
          ...cluster.definition.stages[0]!,
          steps: [
            {
              ...cluster.definition.stages[0]!.steps[0]!,
              key: 'long-service',
              applies_if: { '>=': [{ var: 'weeks' }, 20] },
            },
          ],
        },
      ],
    };
    expect(buildChecklist(withWeeks, { employed: false }).stages).toEqual([]);
    expect(buildChecklist(withWeeks, { employed: true }).stages[0]!.steps[0]!.fit).toBe('may_apply');

    const blank = buildChecklist(cluster.definition, {});
    expect(blank.stages[0]!.steps.map((s) => [s.step.key, s.fit])).toEqual([
      ['register', 'applies'],
      ['leave', 'may_apply'],
      ['ontario-only', 'may_apply'],
    ]);

    const token = await sealChecklistLink(database.db, {
      key: cluster.key,
      version: cluster.version,
      answers: screened.answers,
    });
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('"province"');
    expect(await openChecklistLink(database.db, token)).toEqual({
      key: 'having-a-baby',
      version: 2,
      answers: screened.answers,
    });
    await expect(openChecklistLink(database.db, token.slice(0, -2) + 'AA')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('screenAnswers', () => {
  const questions = screenAnswersQuestions();
  function screenAnswersQuestions() {
    return [
      { id: 'age', type: 'number', label: text('Age', 'Âge'), min: 0, max: 130, required: true },
      { id: 'born', type: 'date', label: text('Born', 'Né'), required: false },
      { id: 'postal', type: 'postal_code', label: text('Postal code', 'Code postal'), required: false },
    ] as Parameters<typeof screenAnswers>[0];
  }

  it('reads numbers, dates and postal codes as people type them', () => {
    expect(screenAnswers(questions, { age: ' 67 ', born: '1959-02-28', postal: 'k1p1j1' }).answers).toEqual({
      age: 67,
      born: '1959-02-28',
      postal: 'K1P 1J1',
    });
  });

  it('names each problem with a stable code', () => {
    const { problems } = screenAnswers(questions, { age: '200', born: '1959-02-30', postal: 'D1P 1J1' });
    expect(problems).toEqual([
      { question: 'age', code: 'too_large', params: { max: 130 } },
      { question: 'born', code: 'not_a_date' },
      { question: 'postal', code: 'not_a_postal_code' },
    ]);
    expect(screenAnswers(questions, {}).problems).toEqual([{ question: 'age', code: 'required' }]);
    expect(screenAnswers(questions, { age: '12abc' }).problems).toEqual([
      { question: 'age', code: 'not_a_number' },
    ]);
  });
});
