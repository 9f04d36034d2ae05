import { seedDemo } from '../../demo/index.js';
import type { CliCommand } from '../command.js';
import { formatSummary } from '../progress.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = 'stitch seed demo';

export const seedCommand: CliCommand = {
  name: 'seed',
  summary: 'Load the bilingual demonstration catalog (running it again updates it)',
  usage: USAGE,
  async run(args) {
    const [what, ...rest] = args;
    if (what !== 'demo' || rest.length > 0) {
      throw new CliExit(
        EXIT.usage,
        `${what && what !== 'demo' ? `Unknown seed "${what}".` : 'Say what to seed.'}\n\n  ${USAGE}`,
      );
    }
    const report = await withRuntime('stitch seed demo', ({ database }) => seedDemo(database.db));
    process.stdout.write(`${formatSummary('Demo catalog', report)}\n`);
    return report.rejected.length > 0 ? EXIT.dataError : EXIT.ok;
  },
};
