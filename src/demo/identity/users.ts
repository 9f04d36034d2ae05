/**
 * The demo people: one account per role. The development identity provider signs them in (it reads
 * this list), and seedDemoUsers gives the same accounts their roles in Stitch, so signing in as
 * "Service Canada Editor" lands in the back office as an editor of Service Canada.
 */
import { partnershipId } from '../../domains/partnerships/index.js';
import { appendAudit } from '../../platform/audit/index.js';
import { grantRole, systemActor, type Role, type RoleGrant } from '../../platform/auth/index.js';
import { withTransaction, type Db, type Tx } from '../../platform/db/index.js';
import type { Lang } from '../../platform/i18n/index.js';
import { newId } from '../../platform/ids/index.js';
import { orgId } from '../catalog/ids.js';

/** Shown on the development provider's sign-in page: these accounts exist only for demonstrations. */
export const DEMO_PASSWORD = 'stitch-demo';

/** A grant as the demo states it: organisations and partnerships by their demo keys. */
export interface DemoGrant {
  role: Role;
  organization?: string;
  partnership?: string;
}

export interface DemoAccount {
  /** The username on the provider's form and the `sub` claim. */
  id: string;
  name: string;
  email: string;
  /** The `locale` claim: the language Stitch uses for this person by default. */
  locale: 'en-CA' | 'fr-CA';
  grants: DemoGrant[];
}

const account = (id: string, name: string, locale: DemoAccount['locale'], grants: DemoGrant[]) => ({
  id,
  name,
  email: `${id}@demo.stitch.invalid`,
  locale,
  grants,
});

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  account('platform-admin', 'Platform Admin', 'en-CA', [{ role: 'platform_admin' }]),
  account('service-canada-admin', 'Service Canada Admin', 'en-CA', [
    { role: 'partner_admin', organization: 'service-canada' },
  ]),
  account('service-canada-editor', 'Service Canada Editor', 'fr-CA', [
    { role: 'partner_editor', organization: 'service-canada' },
  ]),
  account('serviceontario-editor', 'ServiceOntario Editor', 'en-CA', [
    { role: 'partner_editor', organization: 'serviceontario' },
  ]),
  account('canada-post-admin', 'Canada Post Admin', 'fr-CA', [
    { role: 'partner_admin', organization: 'canada-post' },
  ]),
  account('cluster-manager', 'Cluster Manager', 'en-CA', [
    { role: 'cluster_manager', partnership: 'moving' },
    { role: 'cluster_manager', partnership: 'having-a-baby' },
  ]),
  account('front-line-agent', 'Front-line Agent', 'fr-CA', [{ role: 'agent' }]),
  account('program-analyst', 'Program Analyst', 'en-CA', [{ role: 'analyst' }]),
];

export function findDemoAccount(id: string): DemoAccount | undefined {
  return DEMO_ACCOUNTS.find((candidate) => candidate.id === id);
}

export function demoAccountLang(account: DemoAccount): Lang {
  return account.locale.startsWith('fr') ? 'fr' : 'en';
}

/** The grant as Stitch stores it: demo keys turned into the seeded rows' ids. */
export function roleGrantOf(grant: DemoGrant): RoleGrant {
  return {
    role: grant.role,
    organizationId: grant.organization ? orgId(grant.organization) : null,
    partnershipId: grant.partnership ? partnershipId(grant.partnership) : null,
  };
}

export interface DemoUsersReport {
  created: number;
  granted: number;
  /** Grants left out because their organisation or partnership is not in the database (yet). */
  notes: string[];
}

const SEED_ACTOR = systemActor('seed-demo');

async function exists(tx: Tx, grant: RoleGrant): Promise<boolean> {
  if (grant.organizationId) {
    const row = await tx
      .selectFrom('organization')
      .select('id')
      .where('id', '=', grant.organizationId)
      .executeTakeFirst();
    if (!row) return false;
  }
  if (grant.partnershipId) {
    const row = await tx
      .selectFrom('partnership')
      .select('id')
      .where('id', '=', grant.partnershipId)
      .executeTakeFirst();
    if (!row) return false;
  }
  return true;
}

/**
 * Creates the demo accounts for the identity provider `issuer` (the development provider's) and gives
 * them their roles. Idempotent; a grant whose organisation or partnership does not exist is skipped
 * and noted, so running it again after those are seeded completes the set.
 */
export async function seedDemoUsers(db: Db | Tx, issuer: string): Promise<DemoUsersReport> {
  return withTransaction(db, async (tx) => {
    const report: DemoUsersReport = { created: 0, granted: 0, notes: [] };
    for (const demo of DEMO_ACCOUNTS) {
      const id = newId();
      const inserted = await tx
        .insertInto('user_account')
        .values({
          id,
          issuer,
          subject: demo.id,
          email: demo.email,
          name: demo.name,
          preferred_lang: demoAccountLang(demo),
        })
        .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (inserted) {
        report.created += 1;
        await appendAudit(tx, {
          actor: SEED_ACTOR.id,
          action: 'user.create',
          entity_type: 'user',
          entity_id: id,
          detail: { issuer, subject: demo.id },
        });
      }
      const userId =
        inserted?.id ??
        (
          await tx
            .selectFrom('user_account')
            .select('id')
            .where('issuer', '=', issuer)
            .where('subject', '=', demo.id)
            .executeTakeFirstOrThrow()
        ).id;
      for (const grant of demo.grants) {
        const roleGrant = roleGrantOf(grant);
        if (!(await exists(tx, roleGrant))) {
          report.notes.push(
            `${demo.id}: ${grant.role} for ${grant.organization ?? grant.partnership} skipped (not seeded yet)`,
          );
          continue;
        }
        const before = await countGrants(tx, userId);
        await grantRole(tx, SEED_ACTOR, userId, roleGrant);
        if ((await countGrants(tx, userId)) > before) report.granted += 1;
      }
    }
    return report;
  });
}

async function countGrants(tx: Tx, userId: string): Promise<number> {
  const row = await tx
    .selectFrom('role_grant')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
