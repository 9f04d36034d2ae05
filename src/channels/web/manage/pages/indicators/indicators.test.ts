import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineIndicator, listClusterIndicators } from '../../../../../domains/insights/index.js';
import { systemActor } from '../../../../../platform/auth/index.js';
import { createTestApp, type TestApp } from '../../../../../testing/app.js';
import { signInAs, type TestUser } from '../../../../../testing/auth.js';
import { anIndicator, anIndicatorCluster, type IndicatorCluster } from '../../../../../testing/indicators.js';
import { parseNumber } from './schema.js';

describe('indicator pages', () => {
  let test: TestApp;
  let fixture: IndicatorCluster;
  let manager: TestUser;
  let otherManager: TestUser;
  let analyst: TestUser;

  beforeAll(async () => {
    test = await createTestApp();
    const db = test.database.db;
    fixture = await anIndicatorCluster(db, 'pages');
    await defineIndicator(db, systemActor('test'), anIndicator(fixture.cluster));
    manager = await signInAs(test.app, [{ role: 'cluster_manager', partnershipId: fixture.p }]);
    otherManager = await signInAs(test.app, [{ role: 'cluster_manager', partnershipId: fixture.q }]);
    analyst = await signInAs(test.app, [{ role: 'analyst' }]);
  });
  afterAll(async () => test.close());

  const get = (user: TestUser, url: string) => test.app.inject({ url, headers: { cookie: user.cookie } });
  const post = (user: TestUser, url: string, fields: Record<string, string>) =>
    test.app.inject({
      method: 'POST',
      url,
      headers: { cookie: user.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: user.csrfToken }).toString(),
    });
  const en = () => `/en/manage/indicators/${fixture.cluster}`;
  const fr = () => `/fr/gestion/indicateurs/${fixture.cluster}`;

  it('reads numbers as people type them in either language', () => {
    expect(parseNumber('14500')).toBe(14_500);
    expect(parseNumber('14 500')).toBe(14_500);
    expect(parseNumber('14\u00a0500')).toBe(14_500);
    expect(parseNumber('14,500')).toBe(14_500);
    expect(parseNumber('1,234,567')).toBe(1_234_567);
    expect(parseNumber('12,5')).toBe(12.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('14 500,75')).toBe(14_500.75);
    expect(parseNumber('1,234.5')).toBe(1234.5);
    expect(parseNumber('1.234,5')).toBe(1234.5);
    expect(parseNumber('62,5 %')).toBe(62.5);
    expect(parseNumber('')).toBeUndefined();
    expect(parseNumber('beaucoup')).toBeNaN();
  });

  it('lists the clusters a person may read, in both languages', async () => {
    const list = await get(manager, '/en/manage/indicators');
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(`href="${en()}"`);
    expect(list.body).not.toContain(fixture.otherCluster);
    const liste = await get(manager, '/fr/gestion/indicateurs');
    expect(liste.body).toContain('Indicateurs de résultats');
  });

  it('shows baseline, target and the forms to the manager; only the figures to an analyst', async () => {
    const page = await get(manager, en());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Compliant employer accounts');
    expect(page.body).toContain('14,500 on March 31, 2025');
    expect(page.body).toContain('No value recorded yet');
    expect(page.body).toContain('Record a value');
    expect(page.body).toContain('name="_csrf"');
    const read = await get(analyst, en());
    expect(read.statusCode).toBe(200);
    expect(read.body).not.toContain('Record a value');
    expect(read.body).toContain('only the cluster managers');
    expect((await get(otherManager, en())).statusCode).toBe(403);
  });

  it('records a value typed the French way, then shows it with its progress', async () => {
    const response = await post(manager, `${fr()}/valeurs`, {
      indicator: 'compliant-employer-accounts',
      measured_on: '2026-03-31',
      value: '15 200',
      note_en: 'Fiscal year end',
      note_fr: 'Fin d’exercice',
    });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(`${fr()}?done=recorded`);
    const page = await get(manager, response.headers.location!);
    expect(page.body).toContain('La valeur est enregistrée.');
    expect(page.body).toContain('Fin d’exercice');
    // (15 200 − 14 500) ÷ (18 000 − 14 500) = 20 %
    expect(page.body).toMatch(/20\s%\sdu chemin/);
    expect(page.body).toContain('<progress max="100" value="20"');
  });

  it('shows bad input again with 400, each field keeping its value, in the person’s language', async () => {
    const response = await post(manager, `${fr()}/definir`, {
      key: 'Part décidée',
      name_en: 'Claims decided within 28 days',
      name_fr: '',
      unit: 'percent',
      direction: 'increase',
      baseline_value: '62,5',
      baseline_on: '2025-03-31',
      target_value: '120',
      target_on: '2024-03-31',
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('<title>Erreur');
    expect(response.body).toContain('Entrez le nom en français');
    expect(response.body).toContain('Un pourcentage se situe entre 0 et 100');
    expect(response.body).toContain('La date cible doit suivre la date de départ');
    expect(response.body).toContain('href="#key"');
    expect(response.body).toContain('value="62,5"');
    expect(response.body).toContain('value="Claims decided within 28 days"');
    expect(response.body).toMatch(
      /id="target_value"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="target_value"/,
    );

    const early = await post(manager, `${en()}/values`, {
      indicator: 'compliant-employer-accounts',
      measured_on: '2024-01-01',
      value: '15,000',
    });
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain(
      'The day measured cannot come before the indicator’s baseline day (March 31, 2025)',
    );
    expect(early.body).toContain('value="15,000"');
    const value = await post(manager, `${en()}/values`, {
      indicator: 'compliant-employer-accounts',
      measured_on: '2026-06-30',
      value: 'lots',
    });
    expect(value.statusCode).toBe(400);
    expect(value.body).toContain('Enter the value as a number');
    expect(value.body).toContain('value="lots"');
  });

  it('defines a new indicator, then edits it, with 303 after each', async () => {
    const fields = {
      key: 'claims-decided-within-28-days',
      name_en: 'Claims decided within 28 days',
      name_fr: 'Demandes tranchées en 28 jours',
      description_en: '',
      description_fr: '',
      unit: 'percent',
      direction: 'increase',
      baseline_value: '62,5',
      baseline_on: '2025-03-31',
      target_value: '80',
      target_on: '2028-03-31',
    };
    const created = await post(manager, `${en()}/define`, fields);
    expect(created.statusCode).toBe(303);
    expect(created.headers.location).toBe(`${en()}?done=created`);
    const edit = await get(manager, `${en()}?edit=claims-decided-within-28-days`);
    expect(edit.body).toContain('Edit “Claims decided within 28 days”');
    expect(edit.body).toContain('value="62.5"');
    const updated = await post(manager, `${en()}/define`, { ...fields, target_value: '85' });
    expect(updated.headers.location).toBe(`${en()}?done=updated`);
    const indicators = await listClusterIndicators(test.database.db, fixture.cluster);
    expect(indicators.find((i) => i.key === fields.key)).toMatchObject({
      baseline: { value: 62.5 },
      target: { value: 85 },
      description: null,
    });
  });

  it('asks before removing, then removes a value and an indicator', async () => {
    const ask = await get(manager, `${en()}/remove?indicator=compliant-employer-accounts&day=2026-03-31`);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Remove the value of March 31, 2026?');
    expect(ask.body).toContain('name="day" value="2026-03-31"');
    expect((await get(analyst, `${en()}/remove?indicator=compliant-employer-accounts`)).statusCode).toBe(403);
    const removed = await post(manager, `${en()}/remove`, {
      indicator: 'compliant-employer-accounts',
      day: '2026-03-31',
    });
    expect(removed.headers.location).toBe(`${en()}?done=valueRemoved`);
    const demande = await get(manager, `${fr()}/retirer?indicator=compliant-employer-accounts`);
    expect(demande.body).toContain('Retirer «\u00a0Comptes d’employeurs conformes\u00a0»\u00a0?');
    const gone = await post(manager, `${fr()}/retirer`, { indicator: 'compliant-employer-accounts' });
    expect(gone.headers.location).toBe(`${fr()}?done=removed`);
    const keys = (await listClusterIndicators(test.database.db, fixture.cluster)).map((i) => i.key);
    expect(keys).toEqual(['claims-decided-within-28-days']);
  });

  it('refuses a write from someone who may only read, and one without the form’s token', async () => {
    const refused = await post(analyst, `${en()}/values`, {
      indicator: 'claims-decided-within-28-days',
      measured_on: '2026-03-31',
      value: '70',
    });
    expect(refused.statusCode).toBe(403);
    const forged = await test.app.inject({
      method: 'POST',
      url: `${en()}/values`,
      headers: { cookie: manager.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'indicator=claims-decided-within-28-days&measured_on=2026-03-31&value=70',
    });
    expect(forged.statusCode).toBe(403);
  });
});
