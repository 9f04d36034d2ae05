import { systemActor } from '../../platform/auth/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../catalog/index.js';
import { publishCluster, saveClusterDraft } from '../clusters/index.js';
import { recordInteraction } from '../measurement/index.js';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { aService, anOrganization, text } from '../../testing/factories.js';
import {
  createPartnership,
  draftAgreement,
  expireAgreements,
  getAgreementInForce,
  getPartnership,
  listAgreementsNeedingAttention,
  reportCostSharing,
  signAgreement,
  type AgreementDraftInput,
} from './index.js';

const actor = systemActor('manager');
const lead = anOrganization({ id: stableId('p:lead') });
const member = anOrganization({ id: stableId('p:member') });
const funder = anOrganization({ id: stableId('p:funder') });
const outsider = anOrganization({ id: stableId('p:outsider') });
const leadService = aService({ id: stableId('p:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('p:svc:member'), organization_id: member.id });

function agreement(overrides: Partial<AgreementDraftInput> = {}): AgreementDraftInput {
  return {
    partnership_key: 'baby-partnership',
    template: 'service-cluster',
    starts_on: '2026-01-01',
    ends_on: '2026-12-31',
    review_on: '2026-12-01',
    clauses: {
      scope: { clusters: ['having-a-baby'], forms: [] },
      data_sharing: [
        {
          field: 'child.birth_date',
          to_organization_id: member.id,
          authority: text('Vital Statistics Act', 'Loi sur les statistiques de l’état civil'),
          retention_days: 365,
        },
      ],
      branding: {
        lead_organization_id: lead.id,
        co_brand_order: [member.id, funder.id],
        logo_use: 'all_parties',
      },
      cost_sharing: { formula: 'by_volume' },
      commitments: [
        {
          kpi: 'completion_rate',
          description: text('Completion', 'Achèvement'),
          target: 80,
          unit: 'percent',
        },
      ],
    },
    ...overrides,
  };
}

describe('partnerships and agreements', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [lead, member, funder, outsider], services: [leadService, memberService] },
      { source: 'test', actor: 'test' },
    );
  });
  afterAll(() => database.close());

  it('needs exactly one lead and known organisations', async () => {
    await expect(
      createPartnership(database.db, actor, {
        key: 'x',
        name: text('X', 'X'),
        parties: [
          { organization_id: lead.id, role: 'member' },
          { organization_id: member.id, role: 'member' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      createPartnership(database.db, actor, {
        key: 'x',
        name: text('X', 'X'),
        parties: [
          { organization_id: lead.id, role: 'lead' },
          { organization_id: stableId('p:nobody'), role: 'member' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await createPartnership(database.db, actor, {
      key: 'baby-partnership',
      name: text('Baby partnership', 'Partenariat bébé'),
      parties: [
        { organization_id: lead.id, role: 'lead' },
        { organization_id: member.id, role: 'member' },
        { organization_id: funder.id, role: 'funder' },
      ],
    });
    expect((await getPartnership(database.db, 'baby-partnership')).parties).toHaveLength(3);
  });

  it('refuses clauses that name an organisation outside the partnership, or shares that do not add up', async () => {
    const outside = agreement();
    outside.clauses.data_sharing![0]!.to_organization_id = outsider.id;
    await expect(draftAgreement(database.db, actor, outside)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [{ path: 'clauses.data_sharing.0.to_organization_id' }],
    });
    const bad = agreement();
    bad.clauses.cost_sharing = { formula: 'fixed', shares: { [lead.id]: 60, [member.id]: 30 } };
    await expect(draftAgreement(database.db, actor, bad)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(
      draftAgreement(database.db, actor, agreement({ template: 'handshake' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('binds only once signed, never changes a signed agreement, and expires it after its term', async () => {
    const { id } = await draftAgreement(database.db, actor, agreement());
    const partnership = await getPartnership(database.db, 'baby-partnership');
    expect(await getAgreementInForce(database.db, partnership.id, '2026-06-01')).toBeUndefined();
    await signAgreement(database.db, actor, id, { at: new Date('2026-01-02T12:00:00Z') });
    expect((await getAgreementInForce(database.db, partnership.id, '2026-06-01'))?.id).toBe(id);
    await expect(signAgreement(database.db, actor, id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(
      database.db.updateTable('agreement').set({ ends_on: '2030-01-01' }).where('id', '=', id).execute(),
    ).rejects.toThrow(/never changed/);

    const warnings = await listAgreementsNeedingAttention(database.db, { on: '2026-11-20', withinDays: 30 });
    expect(warnings).toMatchObject([
      { partnership_key: 'baby-partnership', reason: 'review', due_on: '2026-12-01', days_left: 11 },
    ]);
    expect(await listAgreementsNeedingAttention(database.db, { on: '2026-06-01', withinDays: 30 })).toEqual(
      [],
    );

    expect(await expireAgreements(database.db, '2026-12-31')).toEqual([]);
    expect(await expireAgreements(database.db, '2027-01-01')).toEqual([id]);
    expect(await getAgreementInForce(database.db, partnership.id, '2026-06-01')).toBeUndefined();
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('splits a cluster’s costs by measured volume under the agreement in force', async () => {
    const { id } = await draftAgreement(
      database.db,
      actor,
      agreement({ starts_on: '2027-01-01', ends_on: '2027-12-31', review_on: '2027-12-01' }),
    );
    await signAgreement(database.db, actor, id, { at: new Date('2026-12-15T12:00:00Z') });
    await saveClusterDraft(database.db, actor, {
      key: 'having-a-baby',
      kind: 'life-event',
      title: text('Having a baby', 'Avoir un bébé'),
      summary: text('s', 's'),
      slug: { en: 'having-a-baby', fr: 'avoir-un-bebe' },
      lead_organization_id: lead.id,
      stages: [
        {
          key: 'one',
          title: text('One', 'Un'),
          steps: [
            { key: 'a', title: text('A', 'A'), summary: text('s', 's'), service_ids: [leadService.id] },
            { key: 'b', title: text('B', 'B'), summary: text('s', 's'), service_ids: [memberService.id] },
          ],
        },
      ],
    });
    await publishCluster(database.db, actor, 'having-a-baby');
    const at = new Date('2027-02-01T12:00:00Z');
    for (let i = 0; i < 3; i++)
      await recordInteraction(database.db, {
        channel: 'web',
        kind: 'complete',
        service_id: leadService.id,
        occurred_at: at,
      });
    // Views and searches are information, not transactions: they never weigh on a split.
    for (const kind of ['view', 'view', 'search', 'start', 'abandon'] as const)
      await recordInteraction(database.db, {
        channel: 'web',
        kind,
        service_id: memberService.id,
        occurred_at: at,
      });
    await recordInteraction(database.db, {
      channel: 'phone',
      kind: 'call',
      service_id: memberService.id,
      occurred_at: at,
    });
    await recordInteraction(database.db, {
      channel: 'web',
      kind: 'complete',
      service_id: memberService.id,
      occurred_at: new Date('2028-01-01T00:00:00Z'),
    });
    const report = await reportCostSharing(database.db, {
      partnershipKey: 'baby-partnership',
      clusterKey: 'having-a-baby',
      serviceIds: [leadService.id, memberService.id],
      from: '2027-01-01',
      to: '2027-04-01',
      totalCents: 10_000_00,
    });
    expect(report.formula).toBe('by_volume');
    expect(report.split).toBe('formula');
    expect(report.volumes).toEqual({ [lead.id]: 3, [member.id]: 1, [funder.id]: 0 });
    expect(Object.fromEntries(report.shares.map((s) => [s.organization_id, s.cents]))).toEqual({
      [lead.id]: 7_500_00,
      [member.id]: 2_500_00,
      [funder.id]: 0,
    });
    await expect(
      reportCostSharing(database.db, {
        partnershipKey: 'baby-partnership',
        clusterKey: 'having-a-baby',
        serviceIds: [leadService.id, memberService.id],
        from: '2030-01-01',
        to: '2030-02-01',
        totalCents: 1,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});
