import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessDeniedError, type Actor } from '../../../platform/auth/index.js';
import { verifyAuditChain } from '../../../platform/audit/index.js';
import { ValidationError } from '../../../platform/errors/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { text } from '../../../testing/factories.js';
import { anIndicator, anIndicatorCluster, type IndicatorCluster } from '../../../testing/indicators.js';
import {
  defineIndicator,
  getIndicatorScreen,
  IndicatorNotFoundError,
  IndicatorValueNotFoundError,
  INDICATOR_RULES,
  listClusterIndicators,
  listIndicatorClusters,
  recordIndicatorValue,
  removeIndicator,
  removeIndicatorValue,
} from '../index.js';

const TODAY = { today: '2026-12-07' };

describe('a cluster’s own indicators', () => {
  let database: TestDatabase;
  let fixture: IndicatorCluster;
  let managerP: Actor;
  let managerQ: Actor;
  let analyst: Actor;
  let admin: Actor;
  let editor: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    fixture = await anIndicatorCluster(db, 'ind');
    managerP = await createTestUser(db, [{ role: 'cluster_manager', partnershipId: fixture.p }], 'Manager P');
    managerQ = await createTestUser(db, [{ role: 'cluster_manager', partnershipId: fixture.q }], 'Manager Q');
    analyst = await createTestUser(db, [{ role: 'analyst' }], 'Analyst');
    admin = await createTestUser(db, [{ role: 'platform_admin' }], 'Admin');
    editor = await createTestUser(
      db,
      [{ role: 'partner_editor', organizationId: stableId('ind:org:lead') }],
      'Editor',
    );
  });
  afterAll(async () => database.close());

  const db = () => database.db;
  const auditOf = (action: string) =>
    db().selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
  const problemsOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).problems;
  };

  it('lets the manager of the cluster’s partnership define one, and audits it', async () => {
    const defined = await defineIndicator(db(), managerP, anIndicator(fixture.cluster));
    expect(defined.outcome).toBe('created');
    const [entry] = await auditOf('indicator.create');
    expect(entry).toMatchObject({
      actor: managerP.id,
      entity_type: 'cluster_indicator',
      entity_id: defined.id,
    });
    expect(entry!.detail).toMatchObject({
      cluster: fixture.cluster,
      key: 'compliant-employer-accounts',
      after: { baseline_value: 14_500, target_value: 18_000, unit: 'count' },
    });
  });

  it('refuses the manager of another partnership, an analyst and an editor, and writes nothing', async () => {
    for (const actor of [managerQ, analyst, editor]) {
      await expect(
        defineIndicator(db(), actor, anIndicator(fixture.cluster, { key: 'refused' })),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        recordIndicatorValue(
          db(),
          actor,
          {
            cluster: fixture.cluster,
            key: 'compliant-employer-accounts',
            measured_on: '2026-03-31',
            value: 1,
          },
          TODAY,
        ),
      ).rejects.toBeInstanceOf(AccessDeniedError);
      await expect(
        removeIndicator(db(), actor, { cluster: fixture.cluster, key: 'compliant-employer-accounts' }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    // Refused before the input is looked at: a bad form tells them nothing either.
    await expect(
      defineIndicator(db(), analyst, { ...anIndicator(fixture.cluster), target_value: Number.NaN }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const indicators = await listClusterIndicators(db(), fixture.cluster);
    expect(indicators.map((indicator) => indicator.key)).toEqual(['compliant-employer-accounts']);
  });

  it('lets analysts read what they may not write; the other partnership’s manager reads nothing', async () => {
    const screen = await getIndicatorScreen(db(), analyst, fixture.cluster);
    expect(screen.mayWrite).toBe(false);
    expect(screen.indicators).toHaveLength(1);
    expect((await getIndicatorScreen(db(), managerP, fixture.cluster)).mayWrite).toBe(true);
    await expect(getIndicatorScreen(db(), managerQ, fixture.cluster)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    const lines = await listIndicatorClusters(db(), managerQ);
    expect(lines.map((line) => line.key)).toEqual([fixture.otherCluster]);
    const all = await listIndicatorClusters(db(), admin);
    expect(all.find((line) => line.key === fixture.cluster)).toMatchObject({ indicators: 1, mayWrite: true });
  });

  it('redefines by cluster and key, and leaves an identical definition alone', async () => {
    const same = await defineIndicator(db(), managerP, anIndicator(fixture.cluster));
    expect(same.outcome).toBe('unchanged');
    expect(await auditOf('indicator.update')).toHaveLength(0);
    const updated = await defineIndicator(
      db(),
      admin,
      anIndicator(fixture.cluster, { target_value: 18_500 }),
    );
    expect(updated.outcome).toBe('updated');
    const [entry] = await auditOf('indicator.update');
    expect(entry!.detail).toMatchObject({
      before: { target_value: 18_000 },
      after: { target_value: 18_500 },
    });
    await defineIndicator(db(), managerP, anIndicator(fixture.cluster));
    const [indicator] = await listClusterIndicators(db(), fixture.cluster);
    expect(indicator!.target.value).toBe(18_000);
  });

  it('refuses a definition that does not hold together, naming each field', async () => {
    const problems = await problemsOf(
      defineIndicator(
        db(),
        managerP,
        anIndicator(fixture.cluster, {
          key: 'Not A Key',
          name: { en: 'Share decided', fr: ' ' },
          unit: 'percent',
          baseline_value: 62,
          target_value: 120,
          target_on: '2025-01-01',
        }),
      ),
    );
    expect(problems.map((problem) => problem.path).sort()).toEqual([
      'key',
      'name.fr',
      'target_on',
      'target_value',
    ]);
    expect(problems.find((p) => p.path === 'target_value')!.message).toBe(INDICATOR_RULES.percentRange);
    expect(problems.find((p) => p.path === 'target_on')!.message).toBe(INDICATOR_RULES.targetAfterBaseline);

    const wrongWay = await problemsOf(
      defineIndicator(
        db(),
        managerP,
        anIndicator(fixture.cluster, { key: 'repeat-calls', direction: 'decrease', target_value: 20_000 }),
      ),
    );
    expect(wrongWay).toEqual([{ path: 'target_value', message: INDICATOR_RULES.towardsTarget }]);
    expect(await listClusterIndicators(db(), fixture.cluster)).toHaveLength(1);
  });

  it('records a value, replaces that day’s value, and refuses a day before the baseline', async () => {
    const ref = { cluster: fixture.cluster, key: 'compliant-employer-accounts' };
    const first = await recordIndicatorValue(
      db(),
      managerP,
      { ...ref, measured_on: '2026-03-31', value: 15_100, note: text('Fiscal year end', 'Fin d’exercice') },
      TODAY,
    );
    expect(first.outcome).toBe('recorded');
    const again = await recordIndicatorValue(
      db(),
      managerP,
      { ...ref, measured_on: '2026-03-31', value: 15_200 },
      TODAY,
    );
    expect(again.outcome).toBe('replaced');
    const same = await recordIndicatorValue(
      db(),
      managerP,
      { ...ref, measured_on: '2026-03-31', value: 15_200 },
      TODAY,
    );
    expect(same.outcome).toBe('unchanged');
    const entries = await auditOf('indicator.value.record');
    expect(entries).toHaveLength(2);
    expect(entries[1]!.detail).toMatchObject({ value: 15_200, replaced: { value: 15_100 } });

    const [indicator] = await listClusterIndicators(db(), fixture.cluster);
    expect(indicator!.values).toEqual([{ on: '2026-03-31', value: 15_200, note: null }]);
    expect(indicator!.progress).toBeCloseTo((15_200 - 14_500) / (18_000 - 14_500));

    expect(
      await problemsOf(
        recordIndicatorValue(db(), managerP, { ...ref, measured_on: '2025-03-30', value: 1 }, TODAY),
      ),
    ).toEqual([{ path: 'measured_on', message: INDICATOR_RULES.beforeBaseline }]);
    expect(
      await problemsOf(
        recordIndicatorValue(db(), managerP, { ...ref, measured_on: '2027-01-01', value: 1.5 }, TODAY),
      ),
    ).toEqual([
      { path: 'measured_on', message: INDICATOR_RULES.inTheFuture },
      { path: 'value', message: INDICATOR_RULES.wholeCount },
    ]);
    expect(
      (
        await problemsOf(
          recordIndicatorValue(db(), managerP, { ...ref, measured_on: '2026-02-30', value: 1 }, TODAY),
        )
      )[0]!.path,
    ).toBe('measured_on');
    await expect(
      recordIndicatorValue(
        db(),
        managerP,
        { ...ref, key: 'missing', measured_on: '2026-03-31', value: 1 },
        TODAY,
      ),
    ).rejects.toBeInstanceOf(IndicatorNotFoundError);
    expect((await listClusterIndicators(db(), fixture.cluster))[0]!.values).toHaveLength(1);
  });

  it('keeps a baseline from leaving recorded values behind it', async () => {
    expect(
      await problemsOf(
        defineIndicator(db(), managerP, anIndicator(fixture.cluster, { baseline_on: '2026-06-30' })),
      ),
    ).toEqual([{ path: 'baseline_on', message: INDICATOR_RULES.valuesBeforeBaseline }]);
  });

  it('writes nothing at all when the audit entry, written last, fails', async () => {
    // A trigger refuses this one audit entry, after the indicator's row is already written.
    await sql`CREATE FUNCTION refuse_half_written() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.detail->>'key' = 'half-written' THEN RAISE EXCEPTION 'audit refused'; END IF;
        RETURN NEW;
      END $$`.execute(db());
    await sql`CREATE TRIGGER refuse_half_written BEFORE INSERT ON audit_log
      FOR EACH ROW EXECUTE FUNCTION refuse_half_written()`.execute(db());
    try {
      await expect(
        defineIndicator(db(), managerP, anIndicator(fixture.cluster, { key: 'half-written' })),
      ).rejects.toThrow('audit refused');
    } finally {
      await sql`DROP TRIGGER refuse_half_written ON audit_log`.execute(db());
      await sql`DROP FUNCTION refuse_half_written()`.execute(db());
    }
    const keys = (await listClusterIndicators(db(), fixture.cluster)).map((indicator) => indicator.key);
    expect(keys).toEqual(['compliant-employer-accounts']);
  });

  it('removes a value and then the indicator, each audited with what it removed', async () => {
    const ref = { cluster: fixture.cluster, key: 'compliant-employer-accounts' };
    await recordIndicatorValue(db(), managerP, { ...ref, measured_on: '2026-06-30', value: 15_900 }, TODAY);
    await expect(
      removeIndicatorValue(db(), managerP, { ...ref, measured_on: '2026-01-01' }),
    ).rejects.toBeInstanceOf(IndicatorValueNotFoundError);
    expect(await removeIndicatorValue(db(), managerP, { ...ref, measured_on: '2026-06-30' })).toEqual({
      measured_on: '2026-06-30',
      value: 15_900,
    });
    const [removedValue] = await auditOf('indicator.value.remove');
    expect(removedValue!.detail).toMatchObject({ measured_on: '2026-06-30', value: 15_900 });

    expect(await removeIndicator(db(), managerP, ref)).toEqual({ key: ref.key, values: 1 });
    const [removed] = await auditOf('indicator.remove');
    expect(removed!.detail).toMatchObject({
      key: ref.key,
      values: [{ measured_on: '2026-03-31', value: 15_200 }],
    });
    expect(await listClusterIndicators(db(), fixture.cluster)).toEqual([]);
    expect(await db().selectFrom('cluster_indicator_value').select('measured_on').execute()).toEqual([]);
    await expect(removeIndicator(db(), managerP, ref)).rejects.toBeInstanceOf(IndicatorNotFoundError);
    expect((await verifyAuditChain(db())).ok).toBe(true);
  });
});
