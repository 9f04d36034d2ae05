import type { CliCommand } from '../command.js';
import { CliExit, EXIT } from '../runtime.js';
import { IMPORT_HSDS_USAGE, runImportHsds } from './hsds.js';
import { IMPORT_GC_SI_USAGE, runImportServiceInventory } from './importServiceInventory.js';
import { IMPORT_TAXONOMY_USAGE, runImportTaxonomy } from './importTaxonomy.js';

/** One sub-importer per source kind; each adds itself here. */
const IMPORTERS: Record<string, { usage: string; run(args: string[]): Promise<number> }> = {
  hsds: { usage: IMPORT_HSDS_USAGE, run: runImportHsds },
  'gc-service-inventory': { usage: IMPORT_GC_SI_USAGE, run: runImportServiceInventory },
  taxonomy: { usage: IMPORT_TAXONOMY_USAGE, run: runImportTaxonomy },
};

export const importCommand: CliCommand = {
  name: 'import',
  summary:
    'Import catalog data: hsds (Open Referral HSDS 3.0 JSON or CSV package), gc-service-inventory (GC Service Inventory CSV), taxonomy (Open Eligibility XML)',
  usage: 'stitch import <kind> <file|dir> [options]',
  async run(args) {
    const [kind, ...rest] = args;
    const importer = kind ? IMPORTERS[kind] : undefined;
    if (!importer) {
      const list = Object.values(IMPORTERS)
        .map((i) => `  ${i.usage}`)
        .join('\n');
      throw new CliExit(
        EXIT.usage,
        `${kind ? `Unknown import kind "${kind}".` : 'Say what to import.'}\n\n${list}`,
      );
    }
    return importer.run(rest);
  },
};
