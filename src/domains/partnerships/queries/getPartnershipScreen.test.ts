import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor, type RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { importCatalog } from '../../catalog/index.js';
import { getPartnershipScreen, partnershipId } from '../index.js';

const lead = anOrganization({ id: stableId('s:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('s:member'), name: text('Member office', 'Bureau membre') });
const outsider = anOrganization({ id: stableId('s:outsider') });

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`s:user:${name}`),
  kind: 'user',
  name,
  grants,
});
const memberAdmin = user('Mo Member', [{ role: 'partner_admin', organizationId: member.id }]);
const outsiderAdmin = user('Otto Outsider', [{ role: 'partner_admin', organizationId: outsider.id }]);
const manager = user('Manny Manager', [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);

describe('getPartnershipScreen', () => {
  let database: TestDatabase;
  const today = new Date().toISOString().slice(0, 10);
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(
      database.db,
      { organizations: [lead, member, outsider] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(database.db, {
      key: 'moving',
      lead: lead.id,
      members: [member.id],
      clusters: [],
    });
    await aSignedPartnership(database.db, {
      key: 'closing',
      lead: lead.id,
      members: [outsider.id],
      clusters: [],
      endsOn: soon,
    });
  });
  afterAll(() => database.close());

  it('gives a party’s administrator the agreements, the parties’ names and only this partnership’s warnings', async () => {
    const screen = await getPartnershipScreen(database.db, memberAdmin, { key: 'moving', today });
    expect(screen.partnership.key).toBe('moving');
    expect(screen.agreements).toHaveLength(1);
    expect(screen.agreements[0]?.status).toBe('signed');
    expect(screen.partyNames).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member office', 'Bureau membre') },
      ]),
    );
    expect(screen.warnings).toEqual([]);
    const closing = await getPartnershipScreen(database.db, systemActor('test'), { key: 'closing', today });
    expect(closing.warnings.map((warning) => [warning.partnership_key, warning.reason])).toEqual([
      ['closing', 'expires'],
    ]);
  });

  it('refuses someone who neither manages the partnership nor administers a party, and names an unknown one', async () => {
    await expect(
      getPartnershipScreen(database.db, outsiderAdmin, { key: 'moving', today }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPartnershipScreen(database.db, manager, { key: 'moving', today })).resolves.toBeDefined();
    await expect(getPartnershipScreen(database.db, manager, { key: 'nowhere', today })).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
  });
});
