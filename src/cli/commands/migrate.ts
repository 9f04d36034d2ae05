import type { CliCommand } from '../command.js';
import { withRuntime } from '../runtime.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database schema up to date',
  usage: 'stitch migrate',
  async run() {
    await withRuntime('stitch migrate', async ({ database }) => {
      // withRuntime has migrated already; report where.
      process.stdout.write(`Database at ${database.where} (${database.kind}) is up to date.\n`);
    });
    return 0;
  },
};
