import { purgeCommand } from './commands/purge.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { isStitchError } from '../platform/errors/index.js';
import type { CliCommand } from './command.js';
import { auditCommand } from './commands/audit.js';
import { exportCommand } from './commands/export.js';
import { importCommand } from './commands/import.js';
import { migrateCommand } from './commands/migrate.js';
import { searchCommand } from './commands/search.js';
import { seedCommand } from './commands/seed.js';
import { serveCommand } from './commands/serve.js';
import { usersCommand } from './commands/users.js';
import { CliExit, EXIT, keepHeapGrowthModest } from './runtime.js';

const COMMANDS: CliCommand[] = [
  serveCommand,
  migrateCommand,
  seedCommand,
  importCommand,
  exportCommand,
  auditCommand,
  backupCommand,
  restoreCommand,
  purgeCommand,
  searchCommand,
  usersCommand,
];

function help(): string {
  // A command with several forms shows its first here; `stitch <command> --help` shows them all.
  const synopsis = (c: CliCommand) => c.usage.split('\n')[0]!.split('  ')[0]!.trim();
  const width = Math.max(...COMMANDS.map((c) => synopsis(c).length));
  return [
    'stitch — service clusters across governments',
    '',
    'Usage: stitch <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${synopsis(c).padEnd(width)}  ${c.summary}`),
    '',
    'Configuration comes from the environment, as for the server:',
    '  STITCH_DATA_DIR  embedded database directory (default ./.stitch)',
    '  DATABASE_URL     use this PostgreSQL server instead of the embedded database',
    '',
  ].join('\n');
}

export async function runCli(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${command.usage}\n\n${command.summary}\n`);
    return EXIT.ok;
  }
  if (command !== serveCommand) keepHeapGrowthModest();
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof CliExit) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    if (isStitchError(error)) {
      process.stderr.write(`${error.code}: ${error.message}\n`);
      return EXIT.failure;
    }
    process.stderr.write(`Unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return EXIT.failure;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
