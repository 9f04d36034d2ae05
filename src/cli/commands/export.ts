import type { CliCommand } from '../command.js';
import { CliExit, EXIT } from '../runtime.js';
import { EXPORT_HSDS_USAGE, runExportHsds } from './hsds.js';

const EXPORTERS: Record<string, { usage: string; run(args: string[]): Promise<number> }> = {
  hsds: { usage: EXPORT_HSDS_USAGE, run: runExportHsds },
};

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'Export the catalog: hsds (Open Referral HSDS 3.0 JSON files and/or CSV data package)',
  usage: 'stitch export hsds <dir> [--format json|csv|both]',
  async run(args) {
    const [kind, ...rest] = args;
    const exporter = kind ? EXPORTERS[kind] : undefined;
    if (!exporter)
      throw new CliExit(
        EXIT.usage,
        `${kind ? `Unknown export kind "${kind}".` : 'Say what to export.'}\n\n  ${EXPORT_HSDS_USAGE}`,
      );
    return exporter.run(rest);
  },
};
