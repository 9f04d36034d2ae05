/**
 * `stitch import gc-service-inventory <services.csv> [<standards.csv>] [--organizations <igoc.csv>]`: the
 * Government of Canada Service Inventory (2016–2020 yearly files or the 2024 files) into the catalog and its
 * yearly figures, in one transaction. Re-running the same files updates in place. Department names,
 * descriptions and websites are read from IGOC at run time; a missing IGOC file is noted, not refused.
 */
import { resolve } from 'node:path';
import { serviceInventory } from '../../domains/interchange/index.js';
import { createProgress, formatSummary } from '../progress.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

/** `--organizations`: the IGOC file (default `STITCH_IGOC_CSV`, else data/reference/gc-departments/igoc.csv). */
export const IMPORT_GC_SI_USAGE =
  'stitch import gc-service-inventory <services.csv> [<standards.csv>] [--strict] [--organizations <igoc.csv>]';

const STEPS = ['parsed', 'mapped', 'catalog', 'figures'];

export function parseServiceInventoryArgs(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): {
  services: string;
  standards?: string;
  strict: boolean;
  /** The IGOC file: `--organizations`, else `STITCH_IGOC_CSV`, else the extract in data/reference. */
  organizations: string;
} {
  const files: string[] = [];
  let strict = false;
  let organizations: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--strict') strict = true;
    else if (arg === '--organizations' || arg.startsWith('--organizations=')) {
      const value = arg === '--organizations' ? args[(i += 1)] : arg.slice('--organizations='.length);
      if (!value || value.startsWith('-'))
        throw new CliExit(EXIT.usage, `--organizations needs a file.\n\n${IMPORT_GC_SI_USAGE}`);
      organizations = resolve(value);
    } else if (arg.startsWith('-'))
      throw new CliExit(EXIT.usage, `Unknown option ${arg}.\n\n${IMPORT_GC_SI_USAGE}`);
    else files.push(arg);
  }
  if (files.length === 0 || files.length > 2) throw new CliExit(EXIT.usage, IMPORT_GC_SI_USAGE);
  return {
    services: resolve(files[0]!),
    ...(files[1] ? { standards: resolve(files[1]) } : {}),
    strict,
    organizations: organizations ?? serviceInventory.defaultIgocPath(env),
  };
}

export async function runImportServiceInventory(args: string[]): Promise<number> {
  const { services, standards, strict, organizations } = parseServiceInventoryArgs(args);
  const started = Date.now();
  let files: serviceInventory.ServiceInventoryFiles;
  let igoc: serviceInventory.IgocTable;
  try {
    files = await serviceInventory.readServiceInventoryFiles(services, standards);
    igoc = await serviceInventory.readIgoc(organizations);
  } catch (error) {
    if (error instanceof serviceInventory.InventoryFileError) {
      throw new CliExit(error.problem === 'not_found' ? EXIT.noInput : EXIT.dataError, error.message);
    }
    throw error;
  }
  const report = await withRuntime('stitch import gc-service-inventory', async ({ database }) => {
    const progress = createProgress();
    progress.start(STEPS.length, 'Importing the GC Service Inventory');
    try {
      return await serviceInventory.importServiceInventory(database.db, files, {
        actor: 'cli:import-gc-service-inventory',
        skipInvalid: !strict,
        organizations: igoc,
        onProgress: () => progress.increment(),
      });
    } finally {
      progress.stop();
    }
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${formatSummary(`GC Service Inventory: ${[files.services.name, files.standards?.name].filter(Boolean).join(' + ')} (${seconds} s)`, report)}\n`,
  );
  return report.rejected.length > 0 && strict ? EXIT.dataError : EXIT.ok;
}
