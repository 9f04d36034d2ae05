import { verifyAuditChain } from '../../platform/audit/index.js';
import type { Db } from '../../platform/db/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = 'stitch audit verify';

/** Checks the audit trail's hash chain; the message names the first entry that no longer fits. */
export async function verifyAudit(db: Db): Promise<{ message: string; exitCode: number }> {
  const result = await verifyAuditChain(db);
  if (result.ok)
    return { message: `Audit trail intact: ${result.checked} entries checked.`, exitCode: EXIT.ok };
  return {
    message:
      `Audit trail broken at entry ${result.brokenAt}: it was changed, or an entry before it was removed ` +
      `(${result.checked} entries before it are intact).`,
    exitCode: EXIT.failure,
  };
}

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'Verify the audit trail: exits non-zero and names the first broken entry',
  usage: USAGE,
  async run(args) {
    if (args[0] !== 'verify' || args.length > 1) throw new CliExit(EXIT.usage, `Usage: ${USAGE}`);
    const { message, exitCode } = await withRuntime('stitch audit verify', ({ database }) =>
      verifyAudit(database.db),
    );
    (exitCode === EXIT.ok ? process.stdout : process.stderr).write(`${message}\n`);
    return exitCode;
  },
};
