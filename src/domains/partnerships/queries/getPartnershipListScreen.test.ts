import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor, type RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { importCatalog } from '../../catalog/index.js';
import { getPartnershipListScreen, partnershipId } from '../index.js';

const lead = anOrganization({ id: stableId('pl:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('pl:member'), name: text('Member office', 'Bureau membre') });
const outsider = anOrganization({ id: stableId('pl:outsider'), name: text('Outsider', 'Externe') });

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`pl:user:${name}`),
  kind: 'user',
  name,
  grants,
});
const memberAdmin = user('Mo Member', [{ role: 'partner_admin', organizationId: member.id }]);
const memberEditor = user('Ed Editor', [{ role: 'partner_editor', organizationId: member.id }]);
const manager = user('Manny Manager', [{ role: 'cluster_manager', partnershipId: partnershipId('closing') }]);

describe('getPartnershipListScreen', () => {
  let database: TestDatabase;
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
    });
  });
  afterAll(() => database.close());

  it('gives a party’s administrator their partnerships and the parties’ names only', async () => {
    const screen = await getPartnershipListScreen(database.db, memberAdmin);
    expect(screen.partnerships.map((partnership) => partnership.key)).toEqual(['moving']);
    expect(screen.partyNames).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member office', 'Bureau membre') },
      ]),
    );
    expect(screen.partyNames).toHaveLength(2);
  });

  it('gives a manager the partnership they manage, everyone’s to a system actor, and an editor none', async () => {
    const managed = await getPartnershipListScreen(database.db, manager);
    expect(managed.partnerships.map((partnership) => partnership.key)).toEqual(['closing']);
    const all = await getPartnershipListScreen(database.db, systemActor('test'));
    expect(all.partnerships.map((partnership) => partnership.key).sort()).toEqual(['closing', 'moving']);
    expect(await getPartnershipListScreen(database.db, memberEditor)).toEqual({
      partnerships: [],
      partyNames: [],
    });
  });
});
