import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getClusterGovernance, setClusterLifecycle, signOffProduction } from '../domains/clusters/index.js';
import { getAgreementInForce, listPartnerships, partnershipId } from '../domains/partnerships/index.js';
import { createTestUser } from '../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../testing/db.js';
import { orgId } from './catalog/ids.js';
import { demoCatalog } from './catalog/index.js';
import { demoClusters } from './clusters/index.js';
import { seedDemo } from './index.js';
import { demoPartnerships } from './partnerships.js';

describe('demo partnerships', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDemo(database.db);
  });
  afterAll(() => database.close());

  it('gives every demo cluster its own partnership, led by the cluster’s lead, with a signed agreement in force', async () => {
    const partnerships = await listPartnerships(database.db);
    const clusters = demoClusters();
    expect(partnerships.map((p) => p.key).sort()).toEqual(clusters.map((c) => c.definition.key).sort());
    const rows = await database.db
      .selectFrom('cluster')
      .select(['key', 'partnership_id', 'status'])
      .execute();
    for (const { definition, lifecycle } of clusters) {
      const partnership = partnerships.find((p) => p.key === definition.key)!;
      expect(partnership.parties.find((p) => p.role === 'lead')?.organization_id).toBe(
        definition.lead_organization_id,
      );
      expect(partnership.parties.length).toBeGreaterThanOrEqual(2);
      const row = rows.find((r) => r.key === definition.key)!;
      expect(row).toMatchObject({ partnership_id: partnership.id, status: lifecycle.status });
      const agreement = await getAgreementInForce(
        database.db,
        partnership.id,
        new Date().toISOString().slice(0, 10),
      );
      expect(agreement?.clauses.scope.clusters).toEqual([definition.key]);
      expect(agreement).toMatchObject({
        starts_on: '2026-04-01',
        ends_on: '2029-03-31',
        review_on: '2027-03-31',
      });
    }
    const baby = demoPartnerships().find((p) => p.partnership.key === 'having-a-baby')!;
    expect(baby.partnership.name).toEqual({
      en: 'Having a baby partnership',
      fr: 'Partenariat «\u00a0Avoir un bébé\u00a0»',
    });
  });

  it('has as members the other owners of the cluster’s services, in the agreement’s co-brand order', () => {
    const owners = new Map(demoCatalog().services!.map((service) => [service.id, service.organization_id]));
    const clusters = new Map(demoClusters().map((cluster) => [cluster.definition.key, cluster.definition]));
    for (const { partnership, agreement } of demoPartnerships()) {
      const definition = clusters.get(partnership.key)!;
      const lead = definition.lead_organization_id;
      const members = [
        ...new Set(
          definition.stages.flatMap((stage) =>
            stage.steps.flatMap((step) => step.service_ids.map((id) => owners.get(id))),
          ),
        ),
      ].filter((id) => id !== lead);
      expect(partnership.parties, partnership.key).toEqual([
        { organization_id: lead, role: 'lead' },
        ...members.map((organization_id) => ({ organization_id, role: 'member' })),
      ]);
      expect(agreement.clauses.branding).toMatchObject({
        lead_organization_id: lead,
        co_brand_order: members,
      });
    }
  });

  it('changes nothing when seeded again', async () => {
    const count = async () =>
      (await database.db.selectFrom('agreement').select('id').execute()).length +
      (await database.db.selectFrom('cluster_version').select('cluster_id').execute()).length;
    const before = await count();
    await seedDemo(database.db);
    expect(await count()).toBe(before);
  });

  it('lets the moving cluster manager take the pilot to production after the lead signs off', async () => {
    const db = database.db;
    const manager = await createTestUser(db, [
      { role: 'cluster_manager', partnershipId: partnershipId('moving') },
    ]);
    const lead = await createTestUser(db, [{ role: 'partner_admin', organizationId: orgId('canada-post') }]);
    expect(
      (await getClusterGovernance(db, manager, 'moving')).readiness.blockers.map((b) => b.reason),
    ).toEqual(['no_signoff']);
    await signOffProduction(db, lead, 'moving');
    await setClusterLifecycle(db, manager, 'moving', { status: 'production' });
    expect((await getClusterGovernance(db, manager, 'moving')).cluster.status).toBe('production');
  });
});
