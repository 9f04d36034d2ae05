import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { partnershipId } from '../../partnerships/index.js';
import type { Actor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { getClusterListScreen, saveClusterDraft } from '../index.js';

const lead = anOrganization({ id: stableId('cl:org:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('cl:org:member'), name: text('Member', 'Membre') });
const service = aService({ id: stableId('cl:svc'), organization_id: lead.id });

describe('getClusterListScreen', () => {
  let database: TestDatabase;
  let manager: Actor;
  let otherManager: Actor;
  let agent: Actor;
  const soon = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [lead, member], services: [service] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(db, {
      key: 'moving',
      lead: lead.id,
      members: [member.id],
      clusters: ['moving'],
    });
    await aSignedPartnership(db, {
      key: 'ending',
      lead: lead.id,
      members: [member.id],
      clusters: [],
      endsOn: soon,
    });
    manager = await createTestUser(db, [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
    otherManager = await createTestUser(db, [
      { role: 'cluster_manager', partnershipId: partnershipId('ending') },
    ]);
    agent = await createTestUser(db, [{ role: 'agent' }]);
    await saveClusterDraft(
      db,
      manager,
      {
        key: 'moving',
        kind: 'life-event',
        title: text('Moving', 'Déménagement'),
        summary: text('s', 's'),
        slug: { en: 'moving', fr: 'demenagement' },
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
      },
      { partnershipKey: 'moving' },
    );
  });
  afterAll(() => database.close());

  it('lists a manager’s clusters with the names of the partnerships it mentions', async () => {
    const screen = await getClusterListScreen(database.db, manager, { today: new Date() });
    expect(
      screen.clusters.map((cluster) => [cluster.key, cluster.partnership_key, cluster.has_draft]),
    ).toEqual([['moving', 'moving', true]]);
    expect(screen.warnings).toEqual([]);
    expect(screen.partnerships).toEqual([
      { key: 'moving', name: text('moving partnership', 'Partenariat moving') },
    ]);
  });

  it('shows another manager only their partnership’s warning, and someone taking part in none nothing', async () => {
    const other = await getClusterListScreen(database.db, otherManager, { today: new Date() });
    expect(other.clusters).toEqual([]);
    expect(other.warnings.map((warning) => [warning.partnership_key, warning.reason])).toEqual([
      ['ending', 'expires'],
    ]);
    expect(other.partnerships.map((partnership) => partnership.key)).toEqual(['ending']);
    expect(await getClusterListScreen(database.db, agent, { today: new Date() })).toEqual({
      clusters: [],
      warnings: [],
      partnerships: [],
    });
  });
});
