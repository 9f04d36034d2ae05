import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../catalog/index.js';
import { systemActor, type Actor } from '../../../platform/auth/index.js';
import { createTestUser } from '../../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../../testing/db.js';
import { anOrganization, text } from '../../../testing/factories.js';
import { createPartnership, getPeopleScreen } from '../index.js';

const ours = anOrganization({ name: text('Ours', 'Le nôtre') });
const theirs = anOrganization({ name: text('Theirs', 'Le leur') });

describe('getPeopleScreen', () => {
  let database: TestDatabase;
  let admin: Actor;
  let partnerAdmin: Actor;
  let theirEditor: Actor;
  let ourEditor: Actor;
  let moving: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const db = database.db;
    await importCatalog(db, { organizations: [ours, theirs] }, { source: 'test', actor: 'test' });
    const { id: movingId } = await createPartnership(db, systemActor('test'), {
      key: 'moving',
      name: text('Moving partners', 'Partenaires du déménagement'),
      parties: [
        { organization_id: ours.id, role: 'lead' },
        { organization_id: theirs.id, role: 'member' },
      ],
    });
    moving = movingId;
    await createTestUser(db, [{ role: 'cluster_manager', partnershipId: moving }], 'Cleo');
    admin = await createTestUser(db, [{ role: 'platform_admin' }], 'Ada Admin');
    partnerAdmin = await createTestUser(db, [{ role: 'partner_admin', organizationId: ours.id }], 'Pat');
    ourEditor = await createTestUser(db, [{ role: 'partner_editor', organizationId: ours.id }], 'Eve');
    theirEditor = await createTestUser(db, [{ role: 'partner_editor', organizationId: theirs.id }], 'Tom');
  });
  afterAll(() => database.close());

  it('gives a platform administrator every account, every organisation and the names of every scope', async () => {
    const screen = await getPeopleScreen(database.db, admin);
    expect(screen.manages_everyone).toBe(true);
    expect(screen.accounts.map((account) => account.name)).toEqual([
      'Ada Admin',
      'Cleo',
      'Eve',
      'Pat',
      'Tom',
    ]);
    expect(screen.organizations).toEqual([
      { id: ours.id, name: text('Ours', 'Le nôtre') },
      { id: theirs.id, name: text('Theirs', 'Le leur') },
    ]);
    expect(screen.scopes).toEqual(
      expect.arrayContaining([
        { id: ours.id, name: text('Ours', 'Le nôtre') },
        { id: theirs.id, name: text('Theirs', 'Le leur') },
        { id: moving, name: text('Moving partners', 'Partenaires du déménagement') },
      ]),
    );
  });

  it('gives a partner administrator their organisation’s people and only their organisation to grant in', async () => {
    const screen = await getPeopleScreen(database.db, partnerAdmin);
    expect(screen.manages_everyone).toBe(false);
    expect(screen.accounts.map((account) => account.name)).toEqual(['Eve', 'Pat']);
    expect(screen.organizations).toEqual([{ id: ours.id, name: text('Ours', 'Le nôtre') }]);
    expect(screen.scopes).toEqual([{ id: ours.id, name: text('Ours', 'Le nôtre') }]);
  });

  it('refuses an editor', async () => {
    await expect(getPeopleScreen(database.db, ourEditor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPeopleScreen(database.db, theirEditor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
