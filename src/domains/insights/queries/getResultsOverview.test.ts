import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { recordInteraction, refreshInteractionRollup } from '../../measurement/index.js';
import { recordSearch } from '../../search/index.js';
import { publicActor, type Actor, type RoleGrant } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { aCostSharingCluster } from '../../../testing/costSharing.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { getResultsOverview } from './getResultsOverview.js';

const lead = anOrganization({ id: stableId('ov:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('ov:member'), name: text('Member office', 'Bureau membre') });
const leadService = aService({ id: stableId('ov:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('ov:svc:member'), organization_id: member.id });
const alone = aService({
  id: stableId('ov:svc:alone'),
  organization_id: member.id,
  name: text('Fishing licence', 'Permis de pêche'),
});

const user = (name: string, grants: RoleGrant[]): Actor => ({
  id: stableId(`ov:${name}`),
  kind: 'user',
  name,
  grants,
});
const analyst = user('analyst', [{ role: 'analyst' }]);
const memberEditor = user('member', [{ role: 'partner_editor', organizationId: member.id }]);
const agent = user('agent', [{ role: 'agent' }]);
const asked = { from: '2027-01-01', to: '2027-03-31', today: '2027-03-31' };

describe('getResultsOverview', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await aCostSharingCluster(database.db, {
      lead,
      member,
      leadService,
      memberService,
      transactionsAt: new Date('2027-03-31T20:00:00Z'),
    });
    await importCatalog(database.db, { services: [alone] }, { source: 'test', actor: 'test' });
    // A letter to the service in no cluster, and a search that found nothing.
    await recordInteraction(database.db, {
      channel: 'mail',
      kind: 'mail_in',
      service_id: alone.id,
      occurred_at: new Date('2027-02-10T12:00:00Z'),
    });
    await recordSearch(database.db, publicActor(), {
      q: 'Pension for my goat',
      lang: 'en',
      channel: 'web',
      results: 0,
    });
    await refreshInteractionRollup(database.db);
  });
  afterAll(() => database.close());

  it('gives an analyst the whole of government: every transaction, by department and cluster, with the gaps', async () => {
    const overview = await getResultsOverview(database.db, analyst, asked);
    expect(overview.organization).toBeNull();
    expect(overview.totals.transactions).toBe(5);
    expect(overview.byOrganization.map((entry) => [entry.name.en, entry.kpis.transactions])).toEqual([
      ['Lead office', 3],
      ['Member office', 2],
    ]);
    expect(overview.byChannel.find((entry) => entry.channel === 'mail')?.kpis.transactions).toBe(1);
    expect(overview.unclustered).toEqual({
      services: 3,
      outside: 1,
      examples: [{ id: alone.id, name: text('Fishing licence', 'Permis de pêche') }],
    });
    expect(overview.unmetNeeds.map((need) => need.need)).toEqual(['pension for my goat']);
    expect(overview.organizations.map((organization) => organization.id).sort()).toEqual(
      [lead.id, member.id].sort(),
    );
  });

  it('gives a department its own figures, and a partner its own department only', async () => {
    const department = await getResultsOverview(database.db, analyst, { ...asked, organization: member.id });
    expect(department.totals.transactions).toBe(2);
    expect(department.unclustered.outside).toBe(1);
    expect(department.byOrganization).toEqual([]);
    const own = await getResultsOverview(database.db, memberEditor, asked);
    expect(own.organization?.id).toBe(member.id);
    expect(own.totals.transactions).toBe(2);
    await expect(
      getResultsOverview(database.db, memberEditor, { ...asked, organization: lead.id }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses people with no results role and words bad filters', async () => {
    await expect(getResultsOverview(database.db, agent, asked)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      getResultsOverview(database.db, analyst, { ...asked, organization: 'nobody' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'organization' })],
    });
    await expect(
      getResultsOverview(database.db, analyst, { ...asked, from: '2027-05-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      problems: [expect.objectContaining({ path: 'to' })],
    });
  });
});
