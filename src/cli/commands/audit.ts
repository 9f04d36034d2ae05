import {
  AnchorDeliveryError,
  checkAnchor,
  deliverAnchor,
  makeAnchor,
  parseAnchorDestination,
  readLastAnchor,
  verifyAuditChain,
  type AnchorCheck,
  type AnchorDestination,
} from '../../platform/audit/index.js';
import type { Config } from '../../platform/config/index.js';
import type { Db } from '../../platform/db/index.js';
import { createSmtpMailer, type Mailer } from '../../platform/mail/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = [
  'stitch audit verify [--anchor <file>]   check every seal, and the trail against the last anchor',
  'stitch audit anchor [--to <file|https://…|mailto:…>]   write the signed head of the trail',
].join('\n  ');

function describeAnchorCheck(check: AnchorCheck): { line: string; ok: boolean } {
  const { anchor } = check;
  const seen = `entry ${anchor.entry} (${anchor.entries} entries), anchored ${anchor.at}`;
  switch (check.status) {
    case 'holds':
      return { line: `It still holds ${seen}.`, ok: true };
    case 'truncated':
      return {
        line:
          `Audit trail truncated: the anchor saw ${seen}, but ${check.entries} of those entries remain` +
          (check.lastEntry === undefined
            ? ' and the trail is empty.'
            : `; the trail now ends at entry ${check.lastEntry}.`),
        ok: false,
      };
    case 'rewritten':
      return { line: `Audit trail rewritten: ${seen} no longer has the seal the anchor saw.`, ok: false };
    case 'forged':
      return {
        line: `The anchor for ${seen} is not signed with this installation's audit key: it cannot be trusted.`,
        ok: false,
      };
  }
}

/**
 * Checks the audit trail's seals; the message names the first entry that no longer fits. With an anchor
 * file, also checks that the trail still holds the head the last anchor saw.
 */
export async function verifyAudit(
  db: Db,
  options: { anchorFile?: string } = {},
): Promise<{ message: string; exitCode: number }> {
  const result = await verifyAuditChain(db);
  if (!result.ok)
    return {
      message:
        `Audit trail broken at entry ${result.brokenAt}: it was changed, or an entry before it was removed ` +
        `(${result.checked} entries before it are intact).`,
      exitCode: EXIT.failure,
    };
  const lines = [`Audit trail intact: ${result.checked} entries checked.`];
  if (result.unkeyed)
    lines.push(`The first ${result.unkeyed} were sealed without a key, before keyed seals began.`);
  if (!options.anchorFile) return { message: lines.join(' '), exitCode: EXIT.ok };
  let anchor;
  try {
    anchor = readLastAnchor(options.anchorFile);
  } catch (error) {
    if (error instanceof AnchorDeliveryError) throw new CliExit(EXIT.dataError, error.message);
    throw error;
  }
  if (!anchor) {
    lines.push(`No anchor in ${options.anchorFile} yet: truncation cannot be checked.`);
    return { message: lines.join(' '), exitCode: EXIT.ok };
  }
  const checked = describeAnchorCheck(await checkAnchor(db, anchor));
  if (!checked.ok) return { message: checked.line, exitCode: EXIT.failure };
  lines.push(checked.line);
  return { message: lines.join(' '), exitCode: EXIT.ok };
}

/** Writes the signed head of the trail to its destination. */
export async function anchorAudit(
  db: Db,
  destination: AnchorDestination,
  mailer?: Mailer,
): Promise<{ message: string; exitCode: number }> {
  const anchor = await makeAnchor(db);
  if (!anchor) return { message: 'The audit trail is empty: nothing to anchor.', exitCode: EXIT.ok };
  try {
    await deliverAnchor(anchor, destination, mailer);
  } catch (error) {
    if (error instanceof AnchorDeliveryError) return { message: error.message, exitCode: EXIT.tempFail };
    throw error;
  }
  const where =
    destination.kind === 'file'
      ? destination.path
      : destination.kind === 'http'
        ? destination.url
        : destination.to;
  return {
    message: `Anchored entry ${anchor.entry} (${anchor.entries} entries, seal ${anchor.hash.slice(0, 12)}…) to ${where}.`,
    exitCode: EXIT.ok,
  };
}

/** `--name value` among the arguments; anything else is a usage error. */
function option(args: string[], name: string): string | undefined {
  if (args.length === 0) return undefined;
  if (args.length === 2 && args[0] === name && args[1]) return args[1];
  throw new CliExit(EXIT.usage, `Usage:\n  ${USAGE}`);
}

function anchorFileOf(config: Config, given: string | undefined): string | undefined {
  if (given) return given;
  const configured = config.auditAnchor ? parseAnchorDestination(config.auditAnchor) : undefined;
  return configured?.kind === 'file' ? configured.path : undefined;
}

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verify the audit trail (seals, and truncation against the last anchor), or anchor its head',
  usage: USAGE,
  async run(args) {
    const [verb, ...rest] = args;
    let outcome: { message: string; exitCode: number };
    if (verb === 'verify') {
      const given = option(rest, '--anchor');
      outcome = await withRuntime('stitch audit verify', ({ database, config }) =>
        verifyAudit(database.db, { anchorFile: anchorFileOf(config, given) }),
      );
    } else if (verb === 'anchor') {
      const given = option(rest, '--to');
      outcome = await withRuntime('stitch audit anchor', async ({ database, config }) => {
        const target = given ?? config.auditAnchor;
        if (!target)
          throw new CliExit(
            EXIT.usage,
            'Say where to anchor: --to <file|https://…|mailto:…>, or set STITCH_AUDIT_ANCHOR.',
          );
        const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : undefined;
        try {
          return await anchorAudit(database.db, parseAnchorDestination(target), mailer);
        } finally {
          mailer?.close();
        }
      });
    } else throw new CliExit(EXIT.usage, `Usage:\n  ${USAGE}`);
    (outcome.exitCode === EXIT.ok ? process.stdout : process.stderr).write(`${outcome.message}\n`);
    return outcome.exitCode;
  },
};
