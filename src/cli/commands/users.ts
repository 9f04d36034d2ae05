import { parseArgs } from 'node:util';
import { partnershipId } from '../../domains/partnerships/index.js';
import {
  findAccountByEmail,
  grantRole,
  listAccounts,
  revokeRole,
  ROLES,
  setAccountDisabled,
  systemActor,
  type Role,
  type RoleGrant,
} from '../../platform/auth/index.js';
import type { Db } from '../../platform/db/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = [
  'stitch users list',
  'stitch users grant <email> <role> [--organization <id>] [--partnership <key>]',
  'stitch users revoke <email> <role> [--organization <id>] [--partnership <key>]',
  'stitch users disable|enable <email>',
].join('\n       ');

const ACTOR = systemActor('cli');

function usage(): never {
  throw new CliExit(EXIT.usage, `Usage: ${USAGE}\nRoles: ${ROLES.join(', ')}`);
}

async function accountId(db: Db, email: string): Promise<string> {
  const account = await findAccountByEmail(db, email);
  if (!account)
    throw new CliExit(
      EXIT.dataError,
      `No single account has the address ${email}. The person signs in once first, then gets a role.`,
    );
  return account.id;
}

function grantFrom(role: string, values: { organization?: string; partnership?: string }): RoleGrant {
  if (!(ROLES as readonly string[]).includes(role)) usage();
  return {
    role: role as Role,
    organizationId: values.organization ?? null,
    partnershipId: values.partnership ? partnershipId(values.partnership) : null,
  };
}

/** Lists accounts, gives and takes roles, turns accounts off: how the first platform admin is made. */
export async function runUsers(db: Db, args: string[], out: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { organization: { type: 'string' }, partnership: { type: 'string' } },
  });
  const [action, email, role] = positionals;
  if (action === 'list' && positionals.length === 1) {
    const accounts = await listAccounts(db, ACTOR);
    if (!accounts.length) out('No accounts yet: people appear here after their first sign-in.');
    for (const account of accounts) {
      const roles = account.grants
        .map((grant) => [grant.role, grant.organizationId, grant.partnershipId].filter(Boolean).join(':'))
        .join(', ');
      out(
        `${account.email ?? '-'}  ${account.name}${account.disabled ? '  (disabled)' : ''}  ${roles || 'no role'}`,
      );
    }
    return EXIT.ok;
  }
  if ((action === 'grant' || action === 'revoke') && email && role && positionals.length === 3) {
    const userId = await accountId(db, email);
    const grant = grantFrom(role, values);
    if (action === 'grant') {
      await grantRole(db, ACTOR, userId, grant);
      out(`Granted ${role} to ${email}.`);
      return EXIT.ok;
    }
    const held = (await listAccounts(db, ACTOR))
      .find((account) => account.id === userId)
      ?.grants.find(
        (g) =>
          g.role === grant.role &&
          (g.organizationId ?? null) === grant.organizationId &&
          (g.partnershipId ?? null) === grant.partnershipId,
      );
    if (!held) throw new CliExit(EXIT.dataError, `${email} does not hold that role.`);
    await revokeRole(db, ACTOR, held.id);
    out(`Revoked ${role} from ${email}.`);
    return EXIT.ok;
  }
  if ((action === 'disable' || action === 'enable') && email && positionals.length === 2) {
    await setAccountDisabled(db, ACTOR, await accountId(db, email), action === 'disable');
    out(`${action === 'disable' ? 'Disabled' : 'Enabled'} ${email}.`);
    return EXIT.ok;
  }
  return usage();
}

export const usersCommand: CliCommand = {
  name: 'users',
  summary: 'List accounts, grant or revoke roles, disable accounts',
  usage: USAGE,
  async run(args) {
    return withRuntime('stitch users', ({ database }) =>
      runUsers(database.db, args, (line) => process.stdout.write(`${line}\n`)),
    );
  },
};
