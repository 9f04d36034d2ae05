import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCatalog } from '../../domains/catalog/index.js';
import { createTestUser } from '../../testing/auth.js';
import { createTestDatabase, type TestDatabase } from '../../testing/db.js';
import { anOrganization } from '../../testing/factories.js';
import { AccessDeniedError, RoleGrantProblemsError } from './errors.js';
import {
  findAccountByEmail,
  getManagedAccounts,
  grantRole,
  grantRoleByEmail,
  listAccounts,
  loadActor,
  openSession,
  resumeSession,
  revokeRole,
  setAccountDisabled,
  systemActor,
} from './index.js';

describe('role grants', () => {
  let database: TestDatabase;
  const ours = anOrganization({ name: { en: 'Ours', fr: 'Le nôtre' } });
  const theirs = anOrganization({ name: { en: 'Theirs', fr: 'Le leur' } });
  beforeAll(async () => {
    database = await createTestDatabase();
    await importCatalog(database.db, { organizations: [ours, theirs] }, { source: 'test', actor: 'test' });
  });
  afterAll(async () => database.close());

  it('lets a partner administrator manage editors of their own organisation only', async () => {
    const admin = await createTestUser(database.db, [{ role: 'partner_admin', organizationId: ours.id }]);
    const newcomer = await createTestUser(database.db, []);
    await grantRole(database.db, admin, newcomer.id, { role: 'partner_editor', organizationId: ours.id });
    expect((await loadActor(database.db, newcomer.id))!.grants).toEqual([
      { role: 'partner_editor', organizationId: ours.id, partnershipId: null },
    ]);
    await expect(
      grantRole(database.db, admin, newcomer.id, { role: 'partner_editor', organizationId: theirs.id }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      grantRole(database.db, admin, newcomer.id, { role: 'platform_admin' }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(grantRole(database.db, admin, newcomer.id, { role: 'analyst' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );

    const visible = await listAccounts(database.db, admin);
    expect(visible.map((account) => account.id).sort()).toEqual([admin.id, newcomer.id].sort());
    const grantId = visible.find((account) => account.id === newcomer.id)!.grants[0]!.id;
    await revokeRole(database.db, admin, grantId);
    expect((await loadActor(database.db, newcomer.id))!.grants).toEqual([]);
    const rows = await database.db
      .selectFrom('audit_log')
      .select(['action', 'actor'])
      .where('entity_id', '=', newcomer.id)
      .orderBy('id')
      .execute();
    expect(rows.map((row) => row.action)).toEqual(['user.create', 'user.grant_role', 'user.revoke_role']);
  });

  it('refuses a role whose scope does not fit', async () => {
    const person = await createTestUser(database.db, []);
    await expect(
      grantRole(database.db, systemActor('test'), person.id, { role: 'partner_editor' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(
      grantRole(database.db, systemActor('test'), person.id, { role: 'analyst', organizationId: ours.id }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('keeps editors and analysts from seeing or changing accounts', async () => {
    const editor = await createTestUser(database.db, [{ role: 'partner_editor', organizationId: ours.id }]);
    await expect(listAccounts(database.db, editor)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      grantRole(database.db, editor, editor.id, { role: 'partner_admin', organizationId: ours.id }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('ends the sessions of an account that is turned off', async () => {
    const admin = await createTestUser(database.db, [{ role: 'platform_admin' }]);
    const person = await createTestUser(database.db, [{ role: 'analyst' }], 'Pat Analyst');
    const session = await openSession(database.db, person.id);
    expect(await resumeSession(database.db, session.token)).toBeDefined();
    await expect(setAccountDisabled(database.db, admin, admin.id, true)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await setAccountDisabled(database.db, admin, person.id, true);
    expect(await resumeSession(database.db, session.token)).toBeUndefined();
    expect(await loadActor(database.db, person.id)).toBeUndefined();
  });

  it('finds an account by email whatever the case', async () => {
    const person = await createTestUser(database.db, [], 'Case Person');
    const row = await database.db
      .selectFrom('user_account')
      .select('email')
      .where('id', '=', person.id)
      .executeTakeFirstOrThrow();
    expect((await findAccountByEmail(database.db, row.email!.toUpperCase()))?.id).toBe(person.id);
    expect(await findAccountByEmail(database.db, 'nobody@example.test')).toBeUndefined();
  });

  describe('grantRoleByEmail', () => {
    const emailOf = async (id: string) =>
      (
        await database.db
          .selectFrom('user_account')
          .select('email')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).email!;
    const problemsOf = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error).toBeInstanceOf(RoleGrantProblemsError);
      return error instanceof RoleGrantProblemsError ? error.grantProblems : [];
    };

    it('gives the role to the account with that address, whatever its case', async () => {
      const admin = await createTestUser(database.db, [{ role: 'partner_admin', organizationId: ours.id }]);
      const person = await createTestUser(database.db, []);
      const email = (await emailOf(person.id)).toUpperCase();
      expect(
        await grantRoleByEmail(database.db, admin, {
          email: ` ${email} `,
          role: 'partner_editor',
          scope: { organizationId: ours.id },
        }),
      ).toEqual({ userId: person.id });
      expect((await loadActor(database.db, person.id))!.grants).toEqual([
        { role: 'partner_editor', organizationId: ours.id, partnershipId: null },
      ]);
    });

    it('names each field that is wrong, with a code', async () => {
      const admin = systemActor('test');
      expect(
        await problemsOf(grantRoleByEmail(database.db, admin, { email: '', role: 'boss', scope: {} })),
      ).toEqual([
        { field: 'email', code: 'email_required' },
        { field: 'role', code: 'role' },
      ]);
      expect(
        await problemsOf(
          grantRoleByEmail(database.db, admin, { email: 'nobody@example.test', role: 'analyst', scope: {} }),
        ),
      ).toEqual([{ field: 'email', code: 'no_account' }]);
      const person = await createTestUser(database.db, []);
      const email = await emailOf(person.id);
      expect(
        await problemsOf(grantRoleByEmail(database.db, admin, { email, role: 'cluster_manager', scope: {} })),
      ).toEqual([{ field: 'partnership_id', code: 'partnership_id' }]);
    });

    it('refuses a partnership or organisation that does not exist, and writes nothing', async () => {
      const admin = systemActor('test');
      const person = await createTestUser(database.db, []);
      const email = await emailOf(person.id);
      expect(
        await problemsOf(
          grantRoleByEmail(database.db, admin, {
            email,
            role: 'cluster_manager',
            scope: { partnershipId: '00000000-0000-4000-8000-00000000dead' },
          }),
        ),
      ).toEqual([{ field: 'partnership_id', code: 'unknown_partnership' }]);
      expect(
        await problemsOf(
          grantRoleByEmail(database.db, admin, {
            email,
            role: 'partner_editor',
            scope: { organizationId: 'no-such-organisation' },
          }),
        ),
      ).toEqual([{ field: 'organization_id', code: 'unknown_organization' }]);
      expect((await loadActor(database.db, person.id))!.grants).toEqual([]);
    });

    it('still refuses a partner administrator outside their organisation', async () => {
      const admin = await createTestUser(database.db, [{ role: 'partner_admin', organizationId: ours.id }]);
      const person = await createTestUser(database.db, []);
      await expect(
        grantRoleByEmail(database.db, admin, {
          email: await emailOf(person.id),
          role: 'partner_editor',
          scope: { organizationId: theirs.id },
        }),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    });
  });

  it('shows a partner administrator what they may give, and nobody may turn themselves off', async () => {
    const partner = await createTestUser(database.db, [{ role: 'partner_admin', organizationId: ours.id }]);
    const screen = await getManagedAccounts(database.db, partner);
    expect(screen.manages_everyone).toBe(false);
    expect(screen.grantable_roles).toEqual(['partner_admin', 'partner_editor']);
    expect(screen.grantable_organizations).toEqual([ours.id]);
    expect(screen.accounts.every((account) => !account.may_turn_off)).toBe(true);
    const admin = await createTestUser(database.db, [{ role: 'platform_admin' }]);
    const everything = await getManagedAccounts(database.db, admin);
    expect(everything.grantable_organizations).toBe('any');
    expect(everything.accounts.find((account) => account.id === admin.id)?.may_turn_off).toBe(false);
    expect(everything.accounts.find((account) => account.id === partner.id)?.may_turn_off).toBe(true);
  });
});
