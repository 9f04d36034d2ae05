import { newId } from '../ids/index.js';
import { withTransaction, type Db, type Tx } from '../db/index.js';
import { appendAudit } from '../audit/index.js';
import { ROLES, type Actor, type Role } from './actor.js';

export interface Claims {
  issuer: string;
  subject: string;
  email?: string | null;
  name?: string | null;
  preferredLang?: 'en' | 'fr' | null;
}

/** Finds or creates the account for an identity provider's subject and refreshes its name and email. */
export async function recordSignIn(
  db: Db | Tx,
  claims: Claims,
): Promise<{ userId: string; disabled: boolean }> {
  return withTransaction(db, async (tx) => {
    const name = claims.name?.trim() || claims.email || claims.subject;
    const existing = await tx
      .selectFrom('user_account')
      .select(['id', 'disabled'])
      .where('issuer', '=', claims.issuer)
      .where('subject', '=', claims.subject)
      .executeTakeFirst();
    if (existing) {
      await tx
        .updateTable('user_account')
        .set({ name, email: claims.email ?? null, last_sign_in_at: new Date() })
        .where('id', '=', existing.id)
        .execute();
      return { userId: existing.id, disabled: existing.disabled };
    }
    const id = newId();
    await tx
      .insertInto('user_account')
      .values({
        id,
        issuer: claims.issuer,
        subject: claims.subject,
        email: claims.email ?? null,
        name,
        preferred_lang: claims.preferredLang ?? null,
        last_sign_in_at: new Date(),
      })
      .execute();
    await appendAudit(tx, { actor: id, action: 'user.create', entity_type: 'user', entity_id: id });
    return { userId: id, disabled: false };
  });
}

/** The actor for a user: their name and every role they hold. */
export async function loadActor(db: Db | Tx, userId: string): Promise<Actor | undefined> {
  const user = await db
    .selectFrom('user_account')
    .select(['id', 'name', 'disabled'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user || user.disabled) return undefined;
  const grants = await db
    .selectFrom('role_grant')
    .select(['role', 'organization_id', 'partnership_id'])
    .where('user_id', '=', userId)
    .orderBy('role')
    .execute();
  return {
    id: user.id,
    kind: 'user',
    name: user.name,
    grants: grants
      .filter((grant) => (ROLES as readonly string[]).includes(grant.role))
      .map((grant) => ({
        role: grant.role as Role,
        organizationId: grant.organization_id,
        partnershipId: grant.partnership_id,
      })),
  };
}

/** The names of these accounts (turned-off ones included: a record keeps naming who acted). */
export async function findAccountNames(db: Db | Tx, ids: readonly string[]): Promise<Map<string, string>> {
  const uuids = [...new Set(ids)].filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  if (uuids.length === 0) return new Map();
  const rows = await db.selectFrom('user_account').select(['id', 'name']).where('id', 'in', uuids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
