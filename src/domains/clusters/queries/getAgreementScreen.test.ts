import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { createPartnership, draftAgreement, signAgreement } from '../../partnerships/index.js';
import { systemActor, type Actor, type RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { getAgreementScreen, publishCluster, saveClusterDraft, setClusterLifecycle } from '../index.js';

const lead = anOrganization({ id: stableId('as:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('as:member'), name: text('Member office', 'Bureau membre') });
const outsider = anOrganization({ id: stableId('as:outsider'), name: text('Outsider', 'Externe') });
const service = aService({ id: stableId('as:service'), organization_id: lead.id });
const seed = systemActor('test');

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`as:user:${name}`),
  kind: 'user',
  name,
  grants,
});
const leadAdmin = user('Lea Lead', [{ role: 'partner_admin', organizationId: lead.id }]);
const outsiderAdmin = user('Otto Outsider', [{ role: 'partner_admin', organizationId: outsider.id }]);

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('getAgreementScreen', () => {
  let database: TestDatabase;
  let draftId: string;
  let signedId: string;
  let otherId: string;
  const today = addDays(0);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [lead, member, outsider], services: [service] },
      { source: 'test', actor: 'test' },
    );
    for (const [key, members] of [
      ['moving', [member.id]],
      ['elsewhere', [outsider.id]],
    ] as const)
      await createPartnership(db, seed, {
        key,
        name: text(`${key} partnership`, `Partenariat ${key}`),
        parties: [
          { organization_id: lead.id, role: 'lead' },
          ...members.map((organization_id) => ({ organization_id, role: 'member' as const })),
        ],
      });
    for (const key of ['moving', 'unpublished'])
      await saveClusterDraft(db, seed, {
        key,
        kind: 'life-event',
        title: text(`Cluster ${key}`, `Grappe ${key}`),
        summary: text('s', 's'),
        slug: { en: key, fr: `${key}-fr` },
        lead_organization_id: lead.id,
        stages: [
          {
            key: 'first',
            title: text('First', 'Premier'),
            steps: [
              { key: 'a-step', title: text('A', 'A'), summary: text('s', 's'), service_ids: [service.id] },
            ],
          },
        ],
      });
    await publishCluster(db, seed, 'moving');
    await setClusterLifecycle(db, seed, 'moving', {
      status: 'pilot',
      pilot_starts_on: addDays(-10),
      pilot_ends_on: addDays(100),
    });
    const agreement = (partnership: string, ends: number, party = member.id) => ({
      partnership_key: partnership,
      template: 'service-cluster',
      starts_on: addDays(-300),
      ends_on: addDays(ends),
      review_on: addDays(ends),
      clauses: {
        scope: { clusters: ['moving', 'unpublished'], forms: [] },
        data_sharing: [
          {
            field: 'client.new_address',
            to_organization_id: party,
            authority: text('Privacy Act', 'Loi sur la protection des renseignements personnels'),
            retention_days: 30,
          },
        ],
        branding: { lead_organization_id: lead.id, co_brand_order: [party] },
        cost_sharing: { formula: 'equal' as const },
      },
    });
    signedId = (await draftAgreement(db, seed, agreement('moving', 30))).id;
    await signAgreement(db, seed, signedId);
    draftId = (await draftAgreement(db, seed, agreement('moving', 800))).id;
    otherId = (await draftAgreement(db, seed, agreement('elsewhere', 800, outsider.id))).id;
  });
  afterAll(() => database.close());

  it('gives a party’s administrator the agreement, the names it mentions and the parties they may still sign for', async () => {
    const screen = await getAgreementScreen(database.db, leadAdmin, {
      key: 'moving',
      id: draftId,
      today,
      signedFor: outsider.id,
    });
    expect(screen.agreement.id).toBe(draftId);
    expect(screen.partnership.key).toBe('moving');
    expect(screen.signatures).toEqual([]);
    expect(screen.may_sign_for).toEqual([lead.id]);
    expect(screen.organizations).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member office', 'Bureau membre') },
        { id: outsider.id, name: text('Outsider', 'Externe') },
      ]),
    );
    expect(screen.clusters).toEqual([{ key: 'moving', title: text('Cluster moving', 'Grappe moving') }]);
    expect(screen.warnings).toEqual([]);
  });

  it('offers no signature on a signed agreement and warns of its own end only', async () => {
    const screen = await getAgreementScreen(database.db, leadAdmin, { key: 'moving', id: signedId, today });
    expect(screen.signatures.map((signature) => signature.organization_id).sort()).toEqual(
      [lead.id, member.id].sort(),
    );
    expect(screen.may_sign_for).toEqual([]);
    expect(screen.warnings.map((warning) => [warning.agreement.id, warning.reason])).toEqual([
      [signedId, 'expires'],
    ]);
  });

  it('refuses an outsider, and finds no agreement under another partnership or an unknown one', async () => {
    await expect(
      getAgreementScreen(database.db, outsiderAdmin, { key: 'moving', id: draftId, today }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      getAgreementScreen(database.db, leadAdmin, { key: 'moving', id: otherId, today }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      getAgreementScreen(database.db, leadAdmin, { key: 'nowhere', id: draftId, today }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
