import { applyRetention } from '../../domains/retention/index.js';
import { retentionPolicyOf } from '../../platform/config/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = 'stitch purge';

export const purgeCommand: CliCommand = {
  name: 'purge',
  summary: 'Remove personal data past its retention period (STITCH_RETAIN_*_DAYS); the server does it daily',
  usage: USAGE,
  async run(args) {
    if (args.length > 0) throw new CliExit(EXIT.usage, `Usage: ${USAGE}`);
    const message = await withRuntime('stitch purge', async ({ database, config }) => {
      const policy = retentionPolicyOf(config);
      const report = await applyRetention(database.db, policy);
      return (
        `Purged: ${report.comments} survey comments older than ${policy.commentDays} days, ` +
        `${report.unmetNeeds} unmet needs not searched for in ${policy.unmetNeedDays} days, ` +
        `the names and emails of ${report.accounts} accounts disabled and unused for ${policy.disabledAccountDays} days, ` +
        `${report.sessions} expired sessions and ${report.signInRequests} abandoned sign-ins.`
      );
    });
    process.stdout.write(`${message}\n`);
    return EXIT.ok;
  },
};
