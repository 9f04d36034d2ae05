import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../platform/audit/index.js';
import { systemActor, type Actor, type RoleGrant } from '../../platform/auth/index.js';
import { stableId } from '../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { anOrganization, text } from '../../testing/factories.js';
import { importCatalog } from '../catalog/index.js';
import {
  createPartnership,
  draftAgreement,
  getAgreement,
  getClusterAgreement,
  partnershipId,
  signAgreement,
  type AgreementDraftInput,
} from './index.js';

const lead = anOrganization({ id: stableId('r:lead') });
const member = anOrganization({ id: stableId('r:member') });
const outsider = anOrganization({ id: stableId('r:outsider') });

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`r:user:${name}`),
  kind: 'user',
  name,
  grants,
});
const admin = user('Ada Admin', [{ role: 'platform_admin' }]);
const manager = user('Manny Manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
const otherManager = user('Olga Other', [
  { role: 'cluster_manager', partnershipId: partnershipId('elsewhere') },
]);
const editor = user('Eddie Editor', [{ role: 'partner_editor', organizationId: lead.id }]);
const agent = user('Agnes Agent', [{ role: 'agent' }]);
const analyst = user('Andy Analyst', [{ role: 'analyst' }]);
const leadAdmin = user('Lea Lead', [{ role: 'partner_admin', organizationId: lead.id }]);
const memberAdmin = user('Mo Member', [{ role: 'partner_admin', organizationId: member.id }]);
const outsiderAdmin = user('Otto Outsider', [{ role: 'partner_admin', organizationId: outsider.id }]);

const partnership = (key: string) => ({
  key,
  name: text(`${key} partnership`, `Partenariat ${key}`),
  parties: [
    { organization_id: lead.id, role: 'lead' as const },
    { organization_id: member.id, role: 'member' as const },
  ],
});

const draft = (key: string): AgreementDraftInput => ({
  partnership_key: key,
  template: 'service-cluster',
  starts_on: '2026-01-01',
  ends_on: '2030-12-31',
  review_on: '2030-06-01',
  clauses: {
    scope: { clusters: ['moving'], forms: [] },
    branding: { lead_organization_id: lead.id, co_brand_order: [member.id], logo_use: 'lead_only' },
    cost_sharing: { formula: 'equal' },
  },
});

describe('partnership rights and signatures', () => {
  let database: TestDatabase;
  const at = new Date('2026-02-01T12:00:00Z');
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [lead, member, outsider] },
      { source: 'test', actor: 'test' },
    );
    await createPartnership(database.db, admin, partnership('moving'));
    await createPartnership(database.db, admin, partnership('elsewhere'));
  });
  afterAll(() => database.close());

  it('lets only a platform administrator or the partnership’s manager create and draft', async () => {
    for (const someone of [otherManager, editor, agent, analyst, leadAdmin]) {
      await expect(createPartnership(database.db, someone, partnership('newer'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(draftAgreement(database.db, someone, draft('moving'))).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    await expect(draftAgreement(database.db, manager, draft('elsewhere'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await draftAgreement(database.db, manager, draft('moving'))).id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('has each party sign for itself, and signs the agreement when the last party does', async () => {
    const { id } = await draftAgreement(database.db, admin, draft('moving'));
    const sign = (actor: Actor, organization: string) =>
      signAgreement(database.db, actor, id, { forOrganization: organization, at });

    // A platform administrator, an editor or another organisation's administrator cannot commit a party.
    await expect(sign(admin, lead.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sign(editor, lead.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sign(memberAdmin, lead.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sign(outsiderAdmin, outsider.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sign(manager, lead.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    expect(await sign(leadAdmin, lead.id)).toEqual({
      status: 'draft',
      signed: [lead.id],
      waiting: [member.id],
    });
    await expect(sign(leadAdmin, lead.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'already_signed' },
    });
    expect((await getAgreement(database.db, id)).agreement.status).toBe('draft');

    // With one party of their own, a partner administrator need not name it.
    expect(await signAgreement(database.db, memberAdmin, id, { at })).toEqual({
      status: 'signed',
      signed: [member.id],
      waiting: [],
    });
    const detail = await getAgreement(database.db, id);
    expect(detail.agreement).toMatchObject({ status: 'signed', signed_by: memberAdmin.id });
    expect(detail.signatures.map((s) => [s.organization_id, s.signer_name])).toEqual(
      [
        [lead.id, 'Lea Lead'],
        [member.id, 'Mo Member'],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    await expect(sign(memberAdmin, member.id)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'not_draft' },
    });

    const audit = await database.db
      .selectFrom('audit_log')
      .select(['actor', 'action', 'organization_id'])
      .where('entity_id', '=', id)
      .where('action', 'like', 'agreement.sign%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { actor: leadAdmin.id, action: 'agreement.sign_party', organization_id: lead.id },
      { actor: memberAdmin.id, action: 'agreement.sign_party', organization_id: member.id },
      { actor: memberAdmin.id, action: 'agreement.sign', organization_id: null },
    ]);
    await expect(
      database.db.deleteFrom('agreement_signature').where('agreement_id', '=', id).execute(),
    ).rejects.toThrow(/never changed or removed/);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('lets a system actor sign for every party at once, and refuses a non-party', async () => {
    const { id } = await draftAgreement(database.db, admin, draft('elsewhere'));
    await expect(
      signAgreement(database.db, systemActor('seed'), id, { forOrganization: outsider.id, at }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await signAgreement(database.db, systemActor('seed'), id, { at })).toMatchObject({
      status: 'signed',
      signed: [lead.id, member.id].sort(),
    });
    expect((await getAgreement(database.db, id)).signatures).toHaveLength(2);
  });

  it('finds a cluster’s agreement by its partnership link, else by the scope of an agreement in force', async () => {
    const byScope = await getClusterAgreement(database.db, 'moving', '2026-03-01');
    expect(byScope?.agreement.clauses.scope.clusters).toContain('moving');
    expect(byScope?.agreement.status).toBe('signed');
    expect(await getClusterAgreement(database.db, 'moving', '2031-03-01')).toBeUndefined();
    expect(await getClusterAgreement(database.db, 'nobody-has-it', '2026-03-01')).toBeUndefined();
  });
});
