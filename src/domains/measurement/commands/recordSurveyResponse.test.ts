import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { recordSurveyResponse } from './recordSurveyResponse.js';

describe('recordSurveyResponse', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await database.db.deleteFrom('interaction').execute();
  });

  const rows = async () => ({
    interactions: await database.db.selectFrom('interaction').selectAll().execute(),
    responses: await database.db.selectFrom('survey_response').selectAll().execute(),
  });

  it('writes a survey interaction and its answers, joined by the interaction id', async () => {
    const { interactionId } = await recordSurveyResponse(database.db, {
      channel: 'web',
      lang: 'fr',
      cluster_key: 'having-a-baby',
      service_id: 'svc-1',
      detail: { page: '/fr/situations/avoir-un-bebe' },
      answers: { overall: 4, timeliness: 2, courtesy: 5, preferred_channel: 'phone', comment: '  Bien.  ' },
    });
    const { interactions, responses } = await rows();
    expect(interactions).toMatchObject([
      {
        id: interactionId,
        channel: 'web',
        kind: 'survey',
        outcome: 'answered',
        lang: 'fr',
        cluster_key: 'having-a-baby',
        service_id: 'svc-1',
        detail: { page: '/fr/situations/avoir-un-bebe' },
      },
    ]);
    expect(responses).toEqual([
      {
        interaction_id: interactionId,
        overall: 4,
        timeliness: 2,
        knowledge: null,
        courtesy: 5,
        fairness: null,
        outcome: null,
        preferred_channel: 'phone',
        comment: 'Bien.',
      },
    ]);
  });

  it('stores the comment with personal data removed, in the answer’s language', async () => {
    await recordSurveyResponse(database.db, {
      channel: 'phone',
      lang: 'en',
      answers: { overall: 2, comment: 'Took 3 weeks. Call me at 613-555-0199 or jo@example.ca.' },
    });
    await recordSurveyResponse(database.db, {
      channel: 'kiosk',
      lang: 'fr',
      answers: { overall: 5, comment: 'J’habite au 45, rue Saint-Denis, H2X 1Y4.' },
    });
    const { responses } = await rows();
    expect(responses.map((response) => response.comment)).toEqual([
      'Took 3 weeks. Call me at [removed] or [removed].',
      'J’habite au [retiré], [retiré].',
    ]);
  });

  it('keeps a redacted comment within the column’s limit, and an empty one as none', async () => {
    await recordSurveyResponse(database.db, {
      channel: 'web',
      lang: 'en',
      answers: { overall: 3, comment: '555-0199 '.repeat(222) },
    });
    await recordSurveyResponse(database.db, {
      channel: 'web',
      lang: 'en',
      answers: { overall: 3, comment: '   ' },
    });
    const { responses } = await rows();
    // The markers make it longer than what was typed (1,997 characters), yet it still fits.
    expect(responses[0]!.comment!.length).toBeGreaterThan(1997);
    expect(responses[0]!.comment!.length).toBeLessThanOrEqual(2000);
    expect(responses[0]!.comment!.startsWith('[removed] [removed]')).toBe(true);
    expect(responses[1]!.comment).toBeNull();
  });

  it.each([0, 6, 2.5, Number.NaN])('refuses an overall score of %s and writes nothing', async (overall) => {
    await expect(
      recordSurveyResponse(database.db, { channel: 'web', lang: 'en', answers: { overall } }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'answers.overall' })],
    });
    expect(await rows()).toEqual({ interactions: [], responses: [] });
  });

  it('refuses a driver out of range, an unknown channel and a comment too long, writing nothing', async () => {
    await expect(
      recordSurveyResponse(database.db, {
        channel: 'web',
        lang: 'en',
        answers: {
          overall: 3,
          fairness: 9,
          preferred_channel: 'fax' as never,
          comment: 'x'.repeat(2001),
        },
      }),
    ).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: 'answers.fairness' }),
        expect.objectContaining({ path: 'answers.preferred_channel' }),
        expect.objectContaining({ path: 'answers.comment' }),
      ],
    });
    expect(await rows()).toEqual({ interactions: [], responses: [] });
  });

  it('writes neither row when the answers cannot be stored', async () => {
    // A caller's transaction that fails after the survey rolls both rows back together.
    await expect(
      database.db.transaction().execute(async (tx) => {
        await recordSurveyResponse(tx, { channel: 'web', lang: 'en', answers: { overall: 5 } });
        throw new Error('the caller failed');
      }),
    ).rejects.toThrow('the caller failed');
    expect(await rows()).toEqual({ interactions: [], responses: [] });
  });
});
