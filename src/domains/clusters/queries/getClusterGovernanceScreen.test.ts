import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { getClusterGovernanceScreen, requestClusterChange, saveClusterDraft } from '../index.js';

const lead = anOrganization({ id: stableId('gs:org:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('gs:org:member'), name: text('Member', 'Membre') });
const leadService = aService({ id: stableId('gs:svc:lead'), organization_id: lead.id });
const memberService = aService({ id: stableId('gs:svc:member'), organization_id: member.id });

const step = (key: string, service: string) => ({
  key,
  title: text(`Step ${key}`, `Étape ${key}`),
  summary: text('s', 's'),
  service_ids: [service],
});

describe('getClusterGovernanceScreen', () => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [lead, member], services: [leadService, memberService] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(db, {
      key: 'gov',
      lead: lead.id,
      members: [member.id],
      clusters: ['gov'],
      endsOn: soon,
    });
    await aSignedPartnership(db, {
      key: 'other',
      lead: lead.id,
      members: [member.id],
      clusters: [],
      endsOn: soon,
    });
    manager = await createTestUser(
      db,
      [{ role: 'cluster_manager', partnershipId: partnershipId('gov') }],
      'Mia Manager',
    );
    agent = await createTestUser(db, [{ role: 'agent' }]);
    await saveClusterDraft(
      db,
      manager,
      {
        key: 'gov',
        kind: 'life-event',
        title: text('Cluster gov', 'Grappe gov'),
        summary: text('s', 's'),
        slug: { en: 'gov', fr: 'gov-fr' },
        lead_organization_id: lead.id,
        stages: [
          {
            key: 'first',
            title: text('First', 'Premier'),
            steps: [step('a-step', leadService.id), step('b-step', memberService.id)],
          },
        ],
      },
      { partnershipKey: 'gov' },
    );
    await requestClusterChange(db, manager, 'gov');
  });
  afterAll(() => database.close());

  it('names the organisations and people the governance mentions, and warns only of its own partnership', async () => {
    const screen = await getClusterGovernanceScreen(database.db, manager, { key: 'gov', today: new Date() });
    expect(screen.governance.cluster.key).toBe('gov');
    expect(screen.organizations).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member', 'Membre') },
      ]),
    );
    expect(screen.people).toEqual([{ id: manager.id, name: 'Mia Manager' }]);
    expect(screen.warnings.map((warning) => [warning.partnership_key, warning.reason])).toEqual([
      ['gov', 'expires'],
    ]);
  });

  it('refuses someone who takes no part in the cluster', async () => {
    await expect(
      getClusterGovernanceScreen(database.db, agent, { key: 'gov', today: new Date() }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
