import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { partnershipId } from '../../partnerships/index.js';
import { systemActor, type Actor } from '../../../platform/auth/index.js';
import { stableId } from '../../../platform/ids/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { aService, anOrganization, text } from '../../../testing/factories.js';
import { aSignedPartnership } from '../../../testing/partnerships.js';
import { getClusterChangesScreen, publishCluster, saveClusterDraft } from '../index.js';

const lead = anOrganization({ id: stableId('cc:org:lead'), name: text('Lead office', 'Bureau principal') });
const member = anOrganization({ id: stableId('cc:org:member'), name: text('Member', 'Membre') });
const forward = aService({
  id: stableId('cc:svc:forward'),
  organization_id: lead.id,
  name: text('Mail forwarding', 'Réacheminement du courrier'),
});
const address = aService({
  id: stableId('cc:svc:address'),
  organization_id: member.id,
  name: text('Address change', 'Changement d’adresse'),
});

const moving = (services: string[], lead_organization_id: string) => ({
  key: 'moving',
  kind: 'life-event' as const,
  title: text('Moving', 'Déménager'),
  summary: text('s', 's'),
  slug: { en: 'moving', fr: 'demenager' },
  lead_organization_id,
  stages: [
    {
      key: 'before',
      title: text('Before', 'Avant'),
      steps: [
        { key: 'mail', title: text('Mail', 'Courrier'), summary: text('s', 's'), service_ids: services },
      ],
    },
  ],
});

describe('getClusterChangesScreen', () => {
  let database: TestDatabase;
  let manager: Actor;
  let agent: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(
      db,
      { organizations: [lead, member], services: [forward, address] },
      { source: 'test', actor: 'test' },
    );
    await aSignedPartnership(db, {
      key: 'moving',
      lead: lead.id,
      members: [member.id],
      clusters: ['moving'],
    });
    manager = await createTestUser(db, [{ role: 'cluster_manager', partnershipId: partnershipId('moving') }]);
    agent = await createTestUser(db, [{ role: 'agent' }]);
    await saveClusterDraft(db, manager, moving([forward.id], lead.id), { partnershipKey: 'moving' });
    await publishCluster(db, systemActor('test'), 'moving');
    await saveClusterDraft(db, manager, moving([address.id], member.id));
  });
  afterAll(() => database.close());

  it('gives a manager the changes to the draft with the organisations and services they name', async () => {
    const screen = await getClusterChangesScreen(database.db, manager, {
      key: 'moving',
      from: 1,
      to: 'draft',
    });
    expect(screen.cluster).toEqual({ key: 'moving', title: text('Moving', 'Déménager') });
    expect(screen.changes.map((change) => change.kind).sort()).toEqual([
      'lead_changed',
      'step_services_changed',
    ]);
    expect(screen.organizations).toEqual(
      expect.arrayContaining([
        { id: lead.id, name: text('Lead office', 'Bureau principal') },
        { id: member.id, name: text('Member', 'Membre') },
      ]),
    );
    expect(screen.services).toEqual(
      expect.arrayContaining([
        { id: forward.id, name: text('Mail forwarding', 'Réacheminement du courrier') },
        { id: address.id, name: text('Address change', 'Changement d’adresse') },
      ]),
    );
  });

  it('refuses someone who takes no part in the cluster, and finds no unknown cluster', async () => {
    await expect(
      getClusterChangesScreen(database.db, agent, { key: 'moving', from: 1, to: 'draft' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      getClusterChangesScreen(database.db, manager, { key: 'nowhere', from: 1, to: 'draft' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
