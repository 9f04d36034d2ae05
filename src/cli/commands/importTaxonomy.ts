/**
 * `stitch import taxonomy [<taxonomy.xml>]`: the Open Eligibility taxonomy (Aunt Bertha XML) with Stitch's
 * French names, in one transaction. Without a file it reads STITCH_TAXONOMY_XML or the copy in data/reference.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  defaultOpenEligibilityPath,
  loadOpenEligibility,
  TaxonomySourceMissingError,
} from '../../domains/catalog/index.js';
import { formatSummary } from '../progress.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

export const IMPORT_TAXONOMY_USAGE = 'stitch import taxonomy [<taxonomy.xml>]';

export async function runImportTaxonomy(args: string[]): Promise<number> {
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown) throw new CliExit(EXIT.usage, `Unknown option ${unknown}.\n\n${IMPORT_TAXONOMY_USAGE}`);
  if (args.length > 1) throw new CliExit(EXIT.usage, IMPORT_TAXONOMY_USAGE);
  const xmlPath = args[0] ? resolve(args[0]) : defaultOpenEligibilityPath();
  // Say so before opening (and migrating) the database.
  if (!existsSync(xmlPath)) throw new CliExit(EXIT.noInput, new TaxonomySourceMissingError(xmlPath).message);
  const started = Date.now();
  const report = await withRuntime('stitch import taxonomy', ({ database }) =>
    loadOpenEligibility(database.db, { xmlPath, actor: 'cli:import-taxonomy' }),
  );
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(`${formatSummary(`Open Eligibility taxonomy (${seconds} s)`, report)}\n`);
  return EXIT.ok;
}
