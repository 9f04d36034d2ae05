import { listUnmetNeeds, rebuildSearchIndex } from '../../domains/search/index.js';
import type { CliCommand } from '../command.js';
import { CliExit, EXIT, withRuntime } from '../runtime.js';

const USAGE = 'stitch search reindex | stitch search unmet [--limit N]';

/** Rebuilds the search index, or lists the needs people searched for and did not find. */
export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Rebuild the need-search index, or list unmet needs',
  usage: USAGE,
  async run(args) {
    const [action, ...rest] = args;
    if (action === 'reindex' && rest.length === 0) {
      const report = await withRuntime('stitch search reindex', ({ database }) =>
        rebuildSearchIndex(database.db),
      );
      process.stdout.write(
        `Search index rebuilt: ${report.clusters} clusters, ${report.services} services, ${report.words} words.\n`,
      );
      return EXIT.ok;
    }
    if (action === 'unmet') {
      const limitAt = rest.indexOf('--limit');
      const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : 50;
      if (!Number.isInteger(limit) || limit < 1 || (limitAt < 0 && rest.length > 0)) {
        throw new CliExit(EXIT.usage, `Usage: ${USAGE}`);
      }
      const needs = await withRuntime('stitch search unmet', ({ database }) =>
        listUnmetNeeds(database.db, { limit }),
      );
      if (needs.length === 0) process.stdout.write('No unmet needs recorded.\n');
      for (const need of needs) {
        process.stdout.write(`${String(need.occurrences).padStart(6)}  ${need.lang}  ${need.need}\n`);
      }
      return EXIT.ok;
    }
    throw new CliExit(EXIT.usage, `Usage: ${USAGE}`);
  },
};
